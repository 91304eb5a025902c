package org.echolab.protocol;

/** A record carried a nonce other than the expected direction and sequence. */
public final class ReplayedRecordException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    ReplayedRecordException(String key, Object... args) {
        super(key, args);
    }
}
