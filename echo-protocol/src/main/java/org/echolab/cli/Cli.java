package org.echolab.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Builds a picocli {@link CommandLine} with the kit's conventions: a one-line error instead of a
 * stack trace (the trace only with {@code --debug}), exit codes from {@link ExitCodes}, and
 * messages from the program's own bundle in the language of {@code --lang}.
 */
public final class Cli {
    private Cli() {
    }

    /**
     * @param command the top command object
     * @param bundleBase the program's message bundle (must hold {@code error.prefix},
     *     {@code error.io} and {@code error.unexpected})
     * @param args the raw arguments, used to find {@code --lang} and {@code --debug} before parsing
     */
    public static CommandLine create(Object command, String bundleBase, String[] args) {
        Lang lang = langFromArgs(args);
        Messages messages = Messages.load(bundleBase, lang.locale());
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(command);
        cl.setResourceBundle(messages.bundle());
        // picocli asks this mapper for parse errors too: those stay usage errors (exit 2).
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                : t instanceof UserException u ? u.exitCode() : ExitCodes.FAILURE);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText(
                    messages.get("error.prefix", describe(ex, messages))));
            if (debug) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return ex instanceof UserException u ? u.exitCode() : ExitCodes.FAILURE;
        });
        return cl;
    }

    /** Runs {@code args} and returns the exit code (only {@code main} calls {@code System.exit}). */
    public static int run(Object command, String bundleBase, String[] args) {
        return create(command, bundleBase, args).execute(args);
    }

    static String describe(Throwable ex, Messages messages) {
        if (ex instanceof UserException u) {
            return u.render(messages);
        }
        if (ex instanceof IOException) {
            return messages.get("error.io", String.valueOf(ex.getMessage()));
        }
        return messages.get("error.unexpected", ex.getClass().getSimpleName() + ": " + ex.getMessage());
    }

    static Lang langFromArgs(String[] args) {
        Function<String, Lang> parse = v -> "ko".equalsIgnoreCase(v) ? Lang.ko : "en".equalsIgnoreCase(v) ? Lang.en : null;
        for (int i = 0; i < args.length; i++) {
            Lang l = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                l = parse.apply(args[i + 1]);
            } else if (args[i].startsWith("--lang=")) {
                l = parse.apply(args[i].substring("--lang=".length()));
            }
            if (l != null) {
                return l;
            }
        }
        return Lang.fromSystem();
    }
}
