package org.echolab.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: print the stack trace after the one-line error (read by {@link Cli} before parsing). */
public final class DebugOption {
    @Option(names = "--debug", descriptionKey = "option.debug",
            description = "Print the stack trace after an error (for bug reports).")
    private boolean debug;

    public boolean debug() {
        return debug;
    }
}
