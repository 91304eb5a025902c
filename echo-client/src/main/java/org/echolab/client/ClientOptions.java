package org.echolab.client;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options both clients share (a picocli mixin); each command adds its own port. */
final class ClientOptions {
    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", descriptionKey = "option.host")
    String host;

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT", descriptionKey = "option.message")
    String message;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5", descriptionKey = "option.timeout")
    long timeoutSeconds;

    ClientSettings settings(int port, Locale locale) {
        return new ClientSettings(host, port, Duration.ofSeconds(Math.max(1, timeoutSeconds)), locale);
    }
}
