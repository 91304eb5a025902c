package org.echolab.sniffer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.echolab.cli.Cli;
import picocli.CommandLine;

/** Entry point of {@code sniffer}: the only place that calls {@link System#exit}. */
public final class SnifferMain {
    static final String BUNDLE = "org.echolab.sniffer.cli.Messages";

    private SnifferMain() {
    }

    public static void main(String[] args) {
        CommandLine cl = Cli.create(new SnifferCommand(), BUNDLE, args);
        // UTF-8 whatever the platform default, buffered: a 1M-packet read must not flush per line.
        PrintWriter out = new Utf8PrintWriter(new FileOutputStream(FileDescriptor.out), 1 << 16);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
