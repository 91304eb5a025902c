package org.echolab.protocol;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.echolab.cli.Messages;

/**
 * The peer broke the wire protocol. The reason is a bundle key plus arguments, so that the
 * server log and the client can render it in the user's language ({@link #describe}); the
 * exception message is the English rendering, with the expected and the actual value.
 */
public class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;
    /** The bundle that holds every protocol error text. */
    public static final String BUNDLE = "org.echolab.protocol.Messages";

    private final String key;
    private final transient Object[] args;

    ProtocolException(String key, Object... args) {
        super(Messages.load(BUNDLE, Locale.ENGLISH).get(key, plain(args)));
        this.key = key;
        this.args = plain(args);
    }

    /** The bundle key of the reason, e.g. {@code protocol.replayed}. */
    public String key() {
        return key;
    }

    /** The reason in the language of {@code locale}. */
    public String describe(Locale locale) {
        return Messages.load(BUNDLE, locale).get(key, args);
    }

    /** Numbers as plain digits: byte counts and sequence numbers read badly as "65,536". */
    private static Object[] plain(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
    }
}
