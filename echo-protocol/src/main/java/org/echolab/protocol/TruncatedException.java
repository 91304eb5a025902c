package org.echolab.protocol;

/** The stream ended (or timed out) in the middle of a protocol unit. */
public final class TruncatedException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    TruncatedException(String key, Object... args) {
        super(key, args);
    }
}
