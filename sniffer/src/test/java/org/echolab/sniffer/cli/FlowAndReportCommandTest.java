package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.echolab.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sniffer flow} and {@code sniffer report} as a user runs them, bad input included. */
class FlowAndReportCommandTest {
    private static final Path PLAIN = Path.of("src/test/resources/captures/kit-plain.pcap");

    @Test
    void flowDrawsTheLadderAndWritesTheSvg(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("flow.svg");
        Sniffer.Result r = Sniffer.run("flow", PLAIN.toString(), "--ascii", "--lang", "en", "--svg", svg.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("SYN Seq=0 Len=0"), r.out());
        assertTrue(r.out().contains("\"HELLO\""), r.out());
        assertTrue(r.out().chars().allMatch(c -> c < 128), "--ascii is pure ASCII");
        assertTrue(Files.readString(svg).contains("<svg"), "SVG written");
    }

    @Test
    void flowOfAStreamThatDoesNotExistIsAUsageError() {
        Sniffer.Result r = Sniffer.run("flow", PLAIN.toString(), "--stream", "9", "--lang", "en");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertFalse(r.err().strip().contains("\n"), "one line: " + r.err());
    }

    @Test
    void reportIsOneSelfContainedFileWithTheSummaries(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        Sniffer.Result r = Sniffer.run("report", PLAIN.toString(), "-o", html.toString(), "--lang", "en");
        assertEquals(0, r.exitCode(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("client 127.0.0.1:"), "conversation summaries are in the report");
        assertFalse(page.contains("src=\"http"), "nothing loaded from the network");
    }

    @Test
    void reportOfAMissingCaptureIsOneLine(@TempDir Path dir) {
        Sniffer.Result r = Sniffer.run("report", dir.resolve("none.pcap").toString(), "-o",
                dir.resolve("r.html").toString(), "--lang", "en");
        assertEquals(ExitCodes.FAILURE, r.exitCode());
        assertTrue(r.err().contains("none.pcap: no such file"), r.err());
        assertFalse(Files.exists(dir.resolve("r.html")), "no half-written report");
    }
}
