package org.echolab.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.echolab.cli.Cli;
import org.echolab.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServerCliTest {
    @Test
    void plainServerExitsOneWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = run("plain", "--port", "" + taken.getLocalPort());
            assertEquals(ExitCodes.FAILURE, run.exitCode);
            assertEquals("error: cannot listen on port " + taken.getLocalPort(), run.err.substring(0, run.err.indexOf(" (")));
            assertEquals(1, run.err.strip().lines().count(), run.err);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("plain", "--no-such-option").exitCode);
    }

    @Test
    void helpListsTheExitCodesInKorean() {
        StringWriter out = new StringWriter();
        String[] args = {"secure", "--help", "--lang", "ko"};
        CommandLine cli = Cli.create(new EchoServerCommand(), ServerLog.BUNDLE, args);
        cli.setOut(new PrintWriter(out, true));
        assertEquals(ExitCodes.OK, cli.execute(args));
        assertTrue(out.toString().contains("종료 코드:"), out.toString());
        assertTrue(out.toString().contains("--close-after-echo"), out.toString());
    }

    private static Run run(String... args) {
        String[] argv = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--lang", "en"))
                .toArray(String[]::new);
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create(new EchoServerCommand(), ServerLog.BUNDLE, argv);
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(argv), err.toString());
    }

    private record Run(int exitCode, String err) {
    }
}
