package org.echolab.server;

import java.net.InetAddress;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options both servers share (a picocli mixin); each command adds its own port. */
final class ServerOptions {
    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", descriptionKey = "option.bind")
    InetAddress bind;

    @Option(names = "--max-clients", paramLabel = "N", defaultValue = "2000", descriptionKey = "option.maxClients")
    int maxClients;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "300", descriptionKey = "option.idleTimeout")
    long idleTimeoutSeconds;

    @Option(names = "--close-after-echo", descriptionKey = "option.closeAfterEcho")
    boolean closeAfterEcho;

    ServerConfig config(int port) {
        return new ServerConfig(bind, port, maxClients, Duration.ofSeconds(idleTimeoutSeconds), closeAfterEcho);
    }
}
