package org.echolab.sniffer.lab;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echolab.cli.Cli;

/** Runs {@code sniffer ARGS} in-process and keeps the exit code, stdout and stderr. */
record LabRun(int code, String out, String err) {
    static final String BUNDLE = "org.echolab.sniffer.cli.Messages";

    static LabRun of(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        var cl = Cli.create(newSnifferCommand(), BUNDLE, all.toArray(String[]::new));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all.toArray(String[]::new));
        return new LabRun(code, out.toString(), err.toString());
    }

    static Path demoCapture() {
        try {
            return Path.of(LabRun.class.getResource("/captures/kit-demo.pcap").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object newSnifferCommand() {
        try {
            var c = Class.forName("org.echolab.sniffer.cli.SnifferCommand").getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
