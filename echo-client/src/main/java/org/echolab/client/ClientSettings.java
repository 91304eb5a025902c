package org.echolab.client;

import java.time.Duration;
import java.util.Locale;

/**
 * Where a client connects and how long it waits.
 *
 * @param host the server's host name or address
 * @param port the server's port
 * @param timeout how long to wait for the connection and for each answer
 * @param locale the language for protocol errors reported to the user
 */
public record ClientSettings(String host, int port, Duration timeout, Locale locale) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** 127.0.0.1 at {@code port}, the default timeout, English. */
    public static ClientSettings loopback(int port) {
        return new ClientSettings("127.0.0.1", port, DEFAULT_TIMEOUT, Locale.ENGLISH);
    }

    int timeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }

    /** The timeout in whole seconds, as the messages show it (at least 1). */
    long timeoutSeconds() {
        return Math.max(1, timeout.toSeconds());
    }

    String address() {
        return host + ":" + port;
    }
}
