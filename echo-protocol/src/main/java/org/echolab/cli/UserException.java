package org.echolab.cli;

/**
 * A failure the user caused or can fix, reported as one translated line and an exit code,
 * never as a stack trace.
 *
 * <p>The message is a bundle key plus arguments; {@link #render(Messages)} fills it in.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;
    private final int exitCode;

    public UserException(int exitCode, String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
        this.exitCode = exitCode;
    }

    public UserException(String key, Object... args) {
        this(ExitCodes.FAILURE, key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public int exitCode() {
        return exitCode;
    }

    public String render(Messages messages) {
        return messages.get(key, args);
    }
}
