package org.echolab.sniffer.capture;

import org.echolab.cli.ExitCodes;
import org.echolab.cli.UserException;

/**
 * A capture problem the user can act on, as a message key from the sniffer's bundle
 * ({@code capture.error.*}) plus arguments.
 */
public final class CaptureException extends UserException {
    private static final long serialVersionUID = 1L;

    public CaptureException(int exitCode, String key, Object... args) {
        super(exitCode, key, args);
    }

    public CaptureException(String key, Object... args) {
        super(ExitCodes.FAILURE, key, args);
    }
}
