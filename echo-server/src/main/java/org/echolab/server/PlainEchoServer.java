package org.echolab.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The plain echo server: writes back every byte as it arrives, no framing.
 *
 * <p>One acceptor thread hands each connection to one of N event loops (N = number of cores),
 * each a non-blocking {@link java.nio.channels.Selector}. Every connection has one bounded
 * buffer; while the peer does not read its echo, the server stops reading from it
 * (back-pressure) instead of buffering without limit.
 *
 * <pre>
 * try (PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard())) {
 *     connect to 127.0.0.1:server.port() ...
 * }
 * </pre>
 */
public final class PlainEchoServer implements AutoCloseable {
    private static final int BACKLOG = 1024;

    private static final long ACCEPT_RETRY_NANOS = 100_000_000L;

    private final ServerConfig config;
    private final ServerLog log;
    private final ServerSocketChannel listener;
    private final List<PlainEventLoop> loops = new ArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Thread acceptor;

    private PlainEchoServer(ServerConfig config, ServerLog log) throws IOException {
        this.config = config;
        this.log = log;
        this.listener = ServerSocketChannel.open();
        listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        listener.bind(config.address(), BACKLOG);
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < cores; i++) {
            loops.add(new PlainEventLoop(config, log, open::decrementAndGet));
        }
        this.acceptor = new Thread(this::acceptLoop, "plain-echo-accept");
    }

    /** Binds, starts the loops and returns; {@link #port()} tells the port actually bound. */
    public static PlainEchoServer start(ServerConfig config, ServerLog log) throws IOException {
        PlainEchoServer server = new PlainEchoServer(config, log);
        for (int i = 0; i < server.loops.size(); i++) {
            Thread loop = new Thread(server.loops.get(i), "plain-echo-loop-" + i);
            loop.setDaemon(true);
            loop.start();
        }
        server.acceptor.setDaemon(true);
        server.acceptor.start();
        log.line("server.listening.plain", ServerLog.peer(server.listener.getLocalAddress()),
                config.maxClients(), config.idleTimeout().toSeconds());
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return listenerAddress().getPort();
    }

    /** The number of connections currently open. */
    public int openConnections() {
        return open.get();
    }

    private InetSocketAddress listenerAddress() {
        try {
            return (InetSocketAddress) listener.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void acceptLoop() {
        int next = 0;
        while (listener.isOpen()) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                log.line("server.acceptFailed", log.reason(e));
                // Out of file descriptors, for example: wait a little instead of spinning.
                LockSupport.parkNanos(ACCEPT_RETRY_NANOS);
                continue;
            }
            if (open.incrementAndGet() > config.maxClients()) {
                open.decrementAndGet();
                refuse(channel);
                continue;
            }
            loops.get(next).register(channel);
            next = (next + 1) % loops.size();
        }
    }

    private void refuse(SocketChannel channel) {
        log.line("server.refused", ServerLog.peer(channel.socket().getRemoteSocketAddress()), config.maxClients());
        try {
            channel.close();
        } catch (IOException e) {
            log.line("server.acceptFailed", log.reason(e));
        }
    }

    /** Stops accepting, closes every connection and waits for the threads to finish. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (PlainEventLoop loop : loops) {
            loop.shutdown();
        }
        try {
            acceptor.join(2000);
            for (PlainEventLoop loop : loops) {
                loop.awaitTermination();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.line("server.stopped");
    }
}
