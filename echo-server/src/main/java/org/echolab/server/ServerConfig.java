package org.echolab.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * How an echo server listens and what it tolerates.
 *
 * <pre>
 * PlainEchoServer server = PlainEchoServer.start(ServerConfig.loopback(), ServerLog.discard());
 * int port = server.port();
 * </pre>
 *
 * @param bind the local address to listen on ({@code 0.0.0.0} serves a LAN)
 * @param port the port, 0 for an ephemeral one (tests)
 * @param maxClients connections served at once; one more is accepted and closed at once
 * @param idleTimeout a connection with no traffic for this long is closed by the server
 * @param closeAfterEcho close each connection from the server side after the first echo
 */
public record ServerConfig(InetAddress bind, int port, int maxClients, Duration idleTimeout,
                           boolean closeAfterEcho) {
    public static final int DEFAULT_MAX_CLIENTS = 2000;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(300);

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("maxClients must be positive: " + maxClients);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
    }

    /** 127.0.0.1, an ephemeral port and the default limits: what tests want. */
    public static ServerConfig loopback() {
        return new ServerConfig(InetAddress.getLoopbackAddress(), 0, DEFAULT_MAX_CLIENTS,
                DEFAULT_IDLE_TIMEOUT, false);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bind, newPort, maxClients, idleTimeout, closeAfterEcho);
    }

    public ServerConfig withMaxClients(int limit) {
        return new ServerConfig(bind, port, limit, idleTimeout, closeAfterEcho);
    }

    public ServerConfig withIdleTimeout(Duration timeout) {
        return new ServerConfig(bind, port, maxClients, timeout, closeAfterEcho);
    }

    public ServerConfig withCloseAfterEcho(boolean close) {
        return new ServerConfig(bind, port, maxClients, idleTimeout, close);
    }

    InetSocketAddress address() {
        return new InetSocketAddress(bind, port);
    }
}
