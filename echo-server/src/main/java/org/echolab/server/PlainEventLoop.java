package org.echolab.server;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One selector thread serving many plain connections without blocking. It also closes
 * connections that stayed idle longer than the configured timeout.
 */
final class PlainEventLoop implements Runnable {
    private static final long IDLE_CHECK_MILLIS = 250;

    private final ServerConfig config;
    private final ServerLog log;
    private final Runnable onClosed;
    private final Selector selector;
    private final Queue<SocketChannel> incoming = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean running = true;

    PlainEventLoop(ServerConfig config, ServerLog log, Runnable onClosed) throws IOException {
        this.config = config;
        this.log = log;
        this.onClosed = onClosed;
        this.selector = Selector.open();
    }

    /** Hands a freshly accepted connection to this loop (called from the acceptor thread). */
    void register(SocketChannel channel) {
        incoming.add(channel);
        selector.wakeup();
    }

    void shutdown() {
        running = false;
        selector.wakeup();
    }

    void awaitTermination() throws InterruptedException {
        finished.await(2, TimeUnit.SECONDS);
    }

    @Override
    public void run() {
        try {
            long nextIdleCheck = System.nanoTime();
            while (running) {
                selector.select(IDLE_CHECK_MILLIS);
                registerIncoming();
                for (SelectionKey key : selector.selectedKeys()) {
                    ((PlainSession) key.attachment()).handle(key);
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - nextIdleCheck >= 0) {
                    closeIdle(now);
                    nextIdleCheck = now + TimeUnit.MILLISECONDS.toNanos(IDLE_CHECK_MILLIS);
                }
            }
        } catch (IOException e) {
            log.line("server.loopFailed", log.reason(e));
        } finally {
            closeAll();
            finished.countDown();
        }
    }

    private void registerIncoming() {
        SocketChannel channel;
        while ((channel = incoming.poll()) != null) {
            PlainSession session = new PlainSession(channel, config, log, onClosed);
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.register(selector, SelectionKey.OP_READ, session);
                session.opened();
            } catch (IOException e) {
                session.close(null, "closedBy.error", log.reason(e));
            }
        }
    }

    private void closeIdle(long now) {
        long limit = config.idleTimeout().toNanos();
        for (SelectionKey key : selector.keys()) {
            PlainSession session = (PlainSession) key.attachment();
            if (session != null && now - session.lastActivity() > limit) {
                session.close(key, "closedBy.idle", config.idleTimeout().toSeconds());
            }
        }
    }

    private void closeAll() {
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof PlainSession session) {
                session.close(key, "closedBy.shutdown");
            }
        }
        SocketChannel channel;
        while ((channel = incoming.poll()) != null) {
            new PlainSession(channel, config, log, onClosed).close(null, "closedBy.shutdown");
        }
        try {
            selector.close();
        } catch (IOException e) {
            log.line("server.loopFailed", log.reason(e));
        }
    }
}
