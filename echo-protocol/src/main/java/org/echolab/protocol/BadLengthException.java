package org.echolab.protocol;

/** A length field is outside its allowed range; nothing was allocated for it. */
public final class BadLengthException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    BadLengthException(String key, Object... args) {
        super(key, args);
    }
}
