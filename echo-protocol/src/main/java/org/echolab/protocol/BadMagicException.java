package org.echolab.protocol;

/** The first bytes are not the magic the protocol starts with. */
public final class BadMagicException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    BadMagicException(String key, Object... args) {
        super(key, args);
    }
}
