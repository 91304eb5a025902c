package org.echolab.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/** Exact reads that turn a short stream into a {@link TruncatedException} naming what was cut. */
final class StreamIo {
    private StreamIo() {
    }

    /**
     * Reads exactly {@code buffer.length} bytes.
     *
     * @param unitKey bundle key prefix of the unit being read; {@code .eof} or {@code .timeout}
     *     is appended, with arguments (bytes received, bytes expected)
     * @return false if the stream ended cleanly before the first byte
     * @throws SocketTimeoutException if the read timed out before the first byte
     */
    static boolean readFully(InputStream in, byte[] buffer, String unitKey) throws IOException {
        int got = 0;
        while (got < buffer.length) {
            int n;
            try {
                n = in.read(buffer, got, buffer.length - got);
            } catch (SocketTimeoutException e) {
                if (got == 0) {
                    throw e;
                }
                throw new TruncatedException(unitKey + ".timeout", got, buffer.length);
            }
            if (n < 0) {
                if (got == 0) {
                    return false;
                }
                throw new TruncatedException(unitKey + ".eof", got, buffer.length);
            }
            got += n;
        }
        return true;
    }

    /** Like {@link #readFully} but a clean end before the first byte is also truncation. */
    static void readRequired(InputStream in, byte[] buffer, String unitKey) throws IOException {
        if (!readFully(in, buffer, unitKey)) {
            throw new TruncatedException(unitKey + ".eof", 0, buffer.length);
        }
    }
}
