package org.echolab.sniffer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.echolab.cli.Cli;
import picocli.CommandLine;

/** Runs the {@code sniffer} command line in-process, as a user would, and keeps what it printed. */
final class Sniffer {
    record Result(int exitCode, String out, String err) {
        List<JsonNode> jsonLines() throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(mapper.readTree(line));
                }
            }
            return nodes;
        }
    }

    private Sniffer() {
    }

    static Result run(String... args) {
        CommandLine cl = Cli.create(new SnifferCommand(), SnifferMain.BUNDLE, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
