package org.echolab.sniffer.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A buffered byte stream for the savefile readers: whole reads only, so each caller can tell a
 * clean end of file (nothing left) from a file cut off in the middle of a record.
 */
final class SavefileInput {
    private static final int BUFFER_BYTES = 1 << 20;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;

    SavefileInput(InputStream in) {
        this.in = in;
    }

    /** Thrown when the file ends inside a record. */
    static final class Truncated extends Exception {
        private static final long serialVersionUID = 1L;

        Truncated() {
            super(null, null, false, false);
        }
    }

    /**
     * Fills {@code dst[off, off+len)}.
     *
     * @return false when the file ended before the first byte (a clean end of file)
     * @throws Truncated when it ended after some but not all of the bytes
     */
    boolean read(byte[] dst, int off, int len) throws Truncated {
        int done = 0;
        while (done < len) {
            if (pos == limit && !fill()) {
                if (done == 0) {
                    return false;
                }
                throw new Truncated();
            }
            int n = Math.min(len - done, limit - pos);
            System.arraycopy(buf, pos, dst, off + done, n);
            pos += n;
            done += n;
        }
        return true;
    }

    /** Like {@link #read} but an end of file before the first byte is also a truncation. */
    void readFully(byte[] dst, int off, int len) throws Truncated {
        if (len > 0 && !read(dst, off, len)) {
            throw new Truncated();
        }
    }

    /** Skips {@code len} bytes (padding, unknown blocks). */
    void skip(long len) throws Truncated {
        long left = len;
        while (left > 0) {
            if (pos == limit && !fill()) {
                throw new Truncated();
            }
            int n = (int) Math.min(left, limit - pos);
            pos += n;
            left -= n;
        }
    }

    private boolean fill() {
        try {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
