package org.echolab.server;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Stream wrappers that count the bytes of a connection for its closing log line. */
final class CountingStreams {
    private CountingStreams() {
    }

    static InputStream in(InputStream in, AtomicLong count) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count.addAndGet(n);
                }
                return n;
            }
        };
    }

    static OutputStream out(OutputStream out, AtomicLong count) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                count.incrementAndGet();
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
                count.addAndGet(length);
            }
        };
    }
}
