package org.echolab.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.echolab.protocol.Fingerprint;
import org.echolab.protocol.KeyRecord;

/**
 * The secure echo server: RSA key transport, then AES-GCM records (see PROTOCOL.md).
 *
 * <p>One thread per connection, at most {@code maxClients} of them: the RSA decryption of the
 * key transport costs milliseconds, so blocking threads are simple and fast enough here.
 * A protocol violation closes only the offending connection, with one log line. The idle
 * timeout bounds each read (socket timeout), and {@link SessionWatch} (checked by a watchdog
 * thread) bounds each write and the arrival of each whole record, so neither a silent client,
 * nor one that never reads its echoes, nor one that trickles bytes keeps a thread.
 *
 * <pre>
 * try (SecureEchoServer server = SecureEchoServer.start(ServerConfig.loopback(),
 *         Crypto.newRsaKeyPair(), ServerLog.discard())) {
 *     connect to 127.0.0.1:server.port() ...
 * }
 * </pre>
 */
public final class SecureEchoServer implements AutoCloseable {
    private static final long ACCEPT_RETRY_NANOS = 100_000_000L;
    private static final long WATCHDOG_PERIOD_MILLIS = 100;

    private final ServerConfig config;
    private final KeyPair keys;
    private final byte[] keyRecord;
    private final ServerLog log;
    private final ServerSocket listener;
    private final ExecutorService sessions;
    private final Map<Socket, SessionWatch> open = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final Thread acceptor;
    private final ScheduledExecutorService watchdog;

    private SecureEchoServer(ServerConfig config, KeyPair keys, ServerLog log) throws IOException {
        this.config = config;
        this.keys = keys;
        this.keyRecord = KeyRecord.encode(keys.getPublic());
        this.log = log;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(config.address(), 128);
        this.sessions = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "secure-echo-session");
            thread.setDaemon(true);
            return thread;
        });
        this.acceptor = new Thread(this::acceptLoop, "secure-echo-accept");
        acceptor.setDaemon(true);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "secure-echo-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Binds, starts accepting and returns; {@link #port()} tells the port actually bound. */
    public static SecureEchoServer start(ServerConfig config, KeyPair keys, ServerLog log) throws IOException {
        SecureEchoServer server = new SecureEchoServer(config, keys, log);
        server.acceptor.start();
        server.watchdog.scheduleWithFixedDelay(server::expireBlockedWrites,
                WATCHDOG_PERIOD_MILLIS, WATCHDOG_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        log.line("server.listening.secure", ServerLog.peer(server.listener.getLocalSocketAddress()),
                config.maxClients(), config.idleTimeout().toSeconds());
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The number of connections currently served. */
    public int openConnections() {
        return count.get();
    }

    /** The fingerprint clients will see, {@code SHA256:…}. */
    public String fingerprint() {
        return Fingerprint.of(keys.getPublic());
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.line("server.acceptFailed", log.reason(e));
                }
                // Out of file descriptors, for example: wait a little instead of spinning.
                LockSupport.parkNanos(ACCEPT_RETRY_NANOS);
                continue;
            }
            if (count.incrementAndGet() > config.maxClients()) {
                count.decrementAndGet();
                refuse(socket);
                continue;
            }
            SessionWatch watch = new SessionWatch(socket, config.idleTimeout().toNanos());
            open.put(socket, watch);
            sessions.execute(() -> serve(socket, watch));
        }
    }

    private void expireBlockedWrites() {
        long now = System.nanoTime();
        for (SessionWatch watch : open.values()) {
            try {
                watch.expire(now);
            } catch (IOException e) {
                log.line("server.loopFailed", log.reason(e));
            }
        }
    }

    private void refuse(Socket socket) {
        log.line("server.refused", ServerLog.peer(socket.getRemoteSocketAddress()), config.maxClients());
        try {
            socket.close();
        } catch (IOException e) {
            log.line("server.acceptFailed", log.reason(e));
        }
    }

    private void serve(Socket socket, SessionWatch watch) {
        AtomicLong received = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        String byKey;
        Object[] byArgs = {};
        log.line("server.opened", ServerLog.peer(socket.getRemoteSocketAddress()));
        try (socket) {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, config.idleTimeout().toMillis()));
            socket.setTcpNoDelay(true);
            SecureSession.Ending ending = new SecureSession(keys, keyRecord, config.closeAfterEcho(), watch::unitReceived)
                    .run(CountingStreams.in(watch.guard(socket.getInputStream()), received),
                            CountingStreams.out(watch.guard(socket.getOutputStream()), sent));
            byKey = ending == SecureSession.Ending.CLOSE_AFTER_ECHO ? "closedBy.closeAfterEcho" : "closedBy.client";
        } catch (SocketTimeoutException e) {
            byKey = "closedBy.idle";
            byArgs = new Object[] {config.idleTimeout().toSeconds()};
        } catch (IOException | RuntimeException e) {
            if (watch.expired() == SessionWatch.Expiry.WRITE_BLOCKED) {
                byKey = "closedBy.writeTimeout";
                byArgs = new Object[] {config.idleTimeout().toSeconds()};
            } else if (watch.expired() == SessionWatch.Expiry.TOO_SLOW) {
                byKey = "closedBy.tooSlow";
                byArgs = new Object[] {2 * config.idleTimeout().toSeconds()};
            } else {
                byKey = e instanceof SocketException && listener.isClosed() ? "closedBy.shutdown" : "closedBy.error";
                byArgs = new Object[] {log.reason(e)};
            }
        } finally {
            open.remove(socket);
            count.decrementAndGet();
        }
        log.closed(socket.getRemoteSocketAddress(), received.get(), sent.get(), byKey, byArgs);
    }

    /** Stops accepting, closes every connection and waits briefly for the sessions to end. */
    @Override
    public void close() throws IOException {
        listener.close();
        watchdog.shutdownNow();
        for (Socket socket : open.keySet()) {
            socket.close();
        }
        sessions.shutdown();
        try {
            sessions.awaitTermination(2, TimeUnit.SECONDS);
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.line("server.stopped");
    }
}
