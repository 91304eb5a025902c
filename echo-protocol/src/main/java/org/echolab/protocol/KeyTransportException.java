package org.echolab.protocol;

/** The key transport could not be decrypted with the server's private key. */
public final class KeyTransportException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    KeyTransportException(String key, Object... args) {
        super(key, args);
    }
}
