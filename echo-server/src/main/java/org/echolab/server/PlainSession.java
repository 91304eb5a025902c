package org.echolab.server;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One plain connection: reads whatever arrives and writes it back. The buffer is bounded;
 * while it holds bytes the peer has not taken yet, the session waits for the socket to become
 * writable and does not read more.
 */
final class PlainSession {
    private static final int BUFFER_SIZE = 16 * 1024;

    private final SocketChannel channel;
    private final ServerConfig config;
    private final ServerLog log;
    private final Runnable onClosed;
    // Direct: a heap buffer would be copied through a temporary direct buffer on every read
    // and write. At most maxClients of them exist (16 KiB each).
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE);
    private final SocketAddress peer;
    private long received;
    private long sent;
    private long lastActivity = System.nanoTime();
    private boolean inputEnded;
    private boolean closed;

    PlainSession(SocketChannel channel, ServerConfig config, ServerLog log, Runnable onClosed) {
        this.channel = channel;
        this.config = config;
        this.log = log;
        this.onClosed = onClosed;
        this.peer = channel.socket().getRemoteSocketAddress();
    }

    void opened() {
        log.line("server.opened", ServerLog.peer(peer));
    }

    long lastActivity() {
        return lastActivity;
    }

    void handle(SelectionKey key) {
        try {
            if (key.isReadable()) {
                read(key);
            } else if (key.isWritable()) {
                flush(key);
            }
        } catch (IOException e) {
            close(key, "closedBy.error", log.reason(e));
        }
    }

    private void read(SelectionKey key) throws IOException {
        int n = channel.read(buffer);
        if (n < 0) {
            inputEnded = true;
        } else {
            received += n;
            lastActivity = System.nanoTime();
        }
        flush(key);
    }

    private void flush(SelectionKey key) throws IOException {
        buffer.flip();
        int n = channel.write(buffer);
        buffer.compact();
        if (n > 0) {
            sent += n;
            lastActivity = System.nanoTime();
        }
        if (buffer.position() > 0) {
            interest(key, SelectionKey.OP_WRITE);
        } else if (inputEnded) {
            close(key, "closedBy.client");
        } else if (config.closeAfterEcho() && sent > 0) {
            close(key, "closedBy.closeAfterEcho");
        } else {
            interest(key, SelectionKey.OP_READ);
        }
    }

    /** Changes the interest set only when it differs: each change is queued for the selector. */
    private static void interest(SelectionKey key, int ops) {
        if (key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }

    /** Closes the connection once and writes its closing line; {@code key} may be null. */
    void close(SelectionKey key, String byKey, Object... byArgs) {
        if (closed) {
            return;
        }
        closed = true;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            byArgs = new Object[] {log.reason(e)};
            byKey = "closedBy.error";
        }
        onClosed.run();
        log.closed(peer, received, sent, byKey, byArgs);
    }
}
