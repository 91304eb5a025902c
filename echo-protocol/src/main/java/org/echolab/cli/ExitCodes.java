package org.echolab.cli;

/** The exit codes of every echo-lab program, listed by {@code --help}. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The operation failed (bad input file, no server, rejected key …); the message says why. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** Live capture is not permitted for this user (see the message for how to fix it). */
    public static final int NO_CAPTURE_PERMISSION = 3;
    /** libpcap (Npcap on Windows) is not installed. */
    public static final int NO_LIBPCAP = 4;

    private ExitCodes() {
    }
}
