package org.echolab.protocol;

/** A record failed GCM authentication: it was modified or encrypted with another key. */
public final class TamperedRecordException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    TamperedRecordException(String key, Object... args) {
        super(key, args);
    }
}
