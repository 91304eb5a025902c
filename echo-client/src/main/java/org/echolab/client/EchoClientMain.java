package org.echolab.client;

import org.echolab.cli.Cli;

/** Entry point of {@code echo-client.jar}: {@code echo-client plain|secure [options]}. */
public final class EchoClientMain {
    /** The client's message bundle. */
    public static final String BUNDLE = "org.echolab.client.Messages";

    private EchoClientMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line (stdin, stdout, stderr of the process) and returns the exit code. */
    public static int run(String... args) {
        return Cli.run(new EchoClientCommand(System.in), BUNDLE, args);
    }
}
