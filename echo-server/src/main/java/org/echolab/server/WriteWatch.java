package org.echolab.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A write deadline for one blocking connection. {@link Socket#setSoTimeout} bounds reads
 * only: a client that sends records but never reads its echoes fills the socket buffers, and
 * the session thread then blocks in {@code write} forever. The stream returned by
 * {@link #guard} records when a write started; the server's watchdog calls {@link #expire}
 * periodically and closes the socket once a single write has been blocked longer than the
 * limit, which makes the blocked write fail at once.
 */
final class WriteWatch {
    private final Socket socket;
    private final long limitNanos;
    /** When the write in progress started, or 0 when no write is in progress. */
    private volatile long writingSince;
    private volatile boolean expired;

    WriteWatch(Socket socket, long limitNanos) {
        this.socket = socket;
        this.limitNanos = limitNanos;
    }

    OutputStream guard(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                writingSince = nonZero(System.nanoTime());
                try {
                    out.write(buffer, offset, length);
                } finally {
                    writingSince = 0;
                }
            }
        };
    }

    /** Closes the socket if a write has been blocked too long; true if it did (now or before). */
    boolean expire(long now) throws IOException {
        long since = writingSince;
        if (!expired && since != 0 && now - since > limitNanos) {
            expired = true;
            socket.close();
        }
        return expired;
    }

    /** True once {@link #expire} closed the socket: the session's failure is the write timeout. */
    boolean expired() {
        return expired;
    }

    private static long nonZero(long nanos) {
        return nanos == 0 ? 1 : nanos;
    }
}
