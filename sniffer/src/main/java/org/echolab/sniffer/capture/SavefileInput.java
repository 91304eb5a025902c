package org.echolab.sniffer.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;

/**
 * A buffered byte stream for the savefile readers: whole reads only, so each caller can tell a
 * clean end of file (nothing left) from a file cut off in the middle of a record.
 */
final class SavefileInput {
    private static final int BUFFER_BYTES = 1 << 20;

    private final ReadableByteChannel in;
    /**
     * Direct, so a file channel reads into it without a copy of its own: a heap array would be
     * filled through a temporary direct buffer, one more copy of every byte of the file.
     */
    private final ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER_BYTES).limit(0);

    SavefileInput(InputStream in) {
        this(Channels.newChannel(in));
    }

    SavefileInput(ReadableByteChannel in) {
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
            if (!buf.hasRemaining() && !fill()) {
                if (done == 0) {
                    return false;
                }
                throw new Truncated();
            }
            int n = Math.min(len - done, buf.remaining());
            buf.get(dst, off + done, n);
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
            if (!buf.hasRemaining() && !fill()) {
                throw new Truncated();
            }
            int n = (int) Math.min(left, buf.remaining());
            buf.position(buf.position() + n);
            left -= n;
        }
    }

    private boolean fill() {
        try {
            buf.clear();
            int n;
            do {
                n = in.read(buf);
            } while (n == 0);
            buf.flip();
            return n > 0;
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
