package org.echolab.server;

import java.io.IOException;
import java.net.SocketAddress;
import java.time.LocalTime;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import org.echolab.cli.Messages;
import org.echolab.protocol.ProtocolException;

/**
 * The server's log: one translated line per event, prefixed with a short timestamp.
 * Thread-safe as long as the sink is.
 */
public final class ServerLog {
    /** The server's message bundle. */
    public static final String BUNDLE = "org.echolab.server.Messages";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Messages messages;
    private final Consumer<String> sink;

    public ServerLog(Locale locale, Consumer<String> sink) {
        this.messages = Messages.load(BUNDLE, locale);
        this.sink = sink;
    }

    /** Lines to standard output in the language of {@code locale}. */
    public static ServerLog stdout(Locale locale) {
        return new ServerLog(locale, System.out::println);
    }

    /** English lines to {@code sink} (tests collect them). */
    public static ServerLog english(Consumer<String> sink) {
        return new ServerLog(Locale.ENGLISH, sink);
    }

    /** A log that drops every line. */
    public static ServerLog discard() {
        return new ServerLog(Locale.ENGLISH, line -> { });
    }

    /** Writes the message {@code key} with {@code args}. */
    public void line(String key, Object... args) {
        String text = messages.get(key, plain(args));
        synchronized (this) {
            sink.accept(LocalTime.now().format(TIME) + " " + text);
        }
    }

    /** The message {@code key} with {@code args}, as text in the log's language. */
    public String text(String key, Object... args) {
        return messages.get(key, plain(args));
    }

    /** The closing line of a connection: who closed it and the bytes each way. */
    void closed(SocketAddress peer, long received, long sent, String byKey, Object... byArgs) {
        line("server.closed", peer(peer), messages.get(byKey, plain(byArgs)), received, sent);
    }

    /** A failure as a reason for the log, in the log's language. */
    String reason(Throwable failure) {
        if (failure instanceof ProtocolException p) {
            return p.describe(messages.locale());
        }
        if (failure instanceof IOException) {
            return String.valueOf(failure.getMessage());
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /** Numbers as plain digits: ports and byte counts read badly as "12,345". */
    private static Object[] plain(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
    }

    /** {@code 127.0.0.1:53122} rather than {@code /127.0.0.1:53122}. */
    static String peer(SocketAddress address) {
        String text = String.valueOf(address);
        return text.startsWith("/") ? text.substring(1) : text;
    }
}
