package org.echolab.server;

import org.echolab.cli.Cli;

/** Entry point of {@code echo-server.jar}: {@code echo-server plain|secure [options]}. */
public final class EchoServerMain {
    private EchoServerMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code instead of exiting. */
    public static int run(String... args) {
        return Cli.run(new EchoServerCommand(), ServerLog.BUNDLE, args);
    }
}
