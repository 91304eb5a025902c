package org.echolab.server;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * The deadlines of one blocking secure connection that a socket timeout cannot express.
 * {@link Socket#setSoTimeout} bounds each read only, so two kinds of client could otherwise
 * hold a session thread for ever:
 * <ul>
 *   <li>one that sends records but never reads its echoes: the session thread blocks in
 *       {@code write} once the socket buffers are full (write deadline: one write may stay
 *       blocked for at most the idle timeout);</li>
 *   <li>a slowloris that trickles one byte just before each read timeout (unit deadline: the
 *       key transport, and each record from its first byte, must arrive completely within
 *       twice the idle timeout; twice, so that a client that simply stops is still reported
 *       as idle by the read timeout).</li>
 * </ul>
 * The server's watchdog calls {@link #expire} periodically; it closes the socket, which makes
 * the blocked read or write fail at once, and {@link #expired} then tells why.
 */
final class SessionWatch {
    /** Why the watchdog closed the connection. */
    enum Expiry {
        NONE,
        WRITE_BLOCKED,
        TOO_SLOW
    }

    private final Socket socket;
    private final long writeLimitNanos;
    private final long unitLimitNanos;
    /** When the write in progress started, or 0 when no write is in progress. */
    private volatile long writingSince;
    /** When the unit being received started, or 0 between units. */
    private volatile long unitSince;
    private volatile Expiry expired = Expiry.NONE;

    SessionWatch(Socket socket, long idleTimeoutNanos) {
        this.socket = socket;
        this.writeLimitNanos = idleTimeoutNanos;
        this.unitLimitNanos = 2 * idleTimeoutNanos;
        // The key transport is due from the moment the connection is accepted.
        this.unitSince = nonZero(System.nanoTime());
    }

    InputStream guard(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && unitSince == 0) {
                    unitSince = nonZero(System.nanoTime());
                }
                return n;
            }
        };
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

    /** The session has read a whole unit (key transport or record): the next one starts with its first byte. */
    void unitReceived() {
        unitSince = 0;
    }

    /** Closes the socket if a deadline has passed. */
    void expire(long now) throws IOException {
        if (expired != Expiry.NONE) {
            return;
        }
        long write = writingSince;
        long unit = unitSince;
        if (write != 0 && now - write > writeLimitNanos) {
            expired = Expiry.WRITE_BLOCKED;
        } else if (unit != 0 && now - unit > unitLimitNanos) {
            expired = Expiry.TOO_SLOW;
        } else {
            return;
        }
        socket.close();
    }

    /** Why {@link #expire} closed the socket, or {@link Expiry#NONE}. */
    Expiry expired() {
        return expired;
    }

    private static long nonZero(long nanos) {
        return nanos == 0 ? 1 : nanos;
    }
}
