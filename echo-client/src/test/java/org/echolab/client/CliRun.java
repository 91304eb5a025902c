package org.echolab.client;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.echolab.cli.Cli;
import picocli.CommandLine;

/**
 * One run of {@code echo-client} in this JVM, in English, with its exit code and output.
 *
 * @param exitCode what {@code main} would exit with
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return withInput("", args);
    }

    static CliRun withInput(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--lang");
        all.add("en");
        String[] argv = all.toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        EchoClientCommand command = new EchoClientCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = Cli.create(command, EchoClientMain.BUNDLE, argv);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(argv);
        return new CliRun(code, out.toString(), err.toString());
    }
}
