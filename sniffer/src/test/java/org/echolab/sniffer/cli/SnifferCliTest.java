package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.echolab.cli.ExitCodes;
import org.echolab.sniffer.analyze.TcpAnalyzer;
import org.echolab.sniffer.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sniffer's command line: outputs, languages, and one clear line for every bad input. */
class SnifferCliTest {
    private static final Path ECHO = Path.of("src/test/resources/captures/echo-ipv4.pcap");
    private static final List<String> JSON_KEYS = List.of("frame", "time", "src", "dst", "proto", "length",
            "stream", "srcPort", "dstPort", "flags", "seq", "ack", "seqRaw", "ackRaw", "len", "win", "calcWin",
            "analysis", "info", "dns", "http", "payload", "explain", "malformed");

    @Test
    void jsonLinesHaveTheStableKeysInOrder() throws Exception {
        Sniffer.Result r = Sniffer.run("read", ECHO.toString(), "--format", "jsonl", "--lang", "en");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> frames = r.jsonLines();
        assertFalse(frames.isEmpty());
        for (JsonNode f : frames) {
            Iterator<String> names = f.fieldNames();
            for (String key : JSON_KEYS) {
                assertEquals(key, names.next());
            }
            assertFalse(names.hasNext());
        }
        assertEquals(0.0, frames.get(0).get("time").asDouble());
        assertTrue(r.err().contains("Summary"), "the summary goes to stderr, keeping stdout pure JSON");
    }

    @Test
    void textOutputExplainsInTheChosenLanguage() {
        Sniffer.Result en = Sniffer.run("read", ECHO.toString(), "--lang", "en");
        Sniffer.Result ko = Sniffer.run("read", ECHO.toString(), "--lang", "ko");
        assertEquals(0, en.exitCode(), en.err());
        assertTrue(en.out().contains("3-way handshake 1/3"), en.out());
        assertTrue(en.out().contains("--- Summary:"), en.out());
        assertTrue(ko.out().contains("초기 시퀀스 번호"), ko.out());
        assertTrue(ko.out().contains("--- 요약:"), ko.out());
        assertFalse(en.out().contains("!") && en.out().matches("(?s).*![a-z.]+!.*"), "no missing message keys");
        assertFalse(ko.out().contains("\u001b["), "no colours when not on a terminal");
    }

    @Test
    void detailTreeShowsRelativeAndRawNumbersAndFlagBits() {
        Sniffer.Result r = Sniffer.run("read", ECHO.toString(), "--format", "detail", "--lang", "en", "-c", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Sequence Number: 0    (relative sequence number)"), r.out());
        assertTrue(r.out().contains("Sequence Number (raw): "), r.out());
        assertTrue(r.out().contains(".... .... ..1. = Syn: Set"), r.out());
        assertTrue(r.out().contains("TCP Option - Maximum segment size"), r.out());
        assertTrue(r.out().contains("[This is an ACK to the segment in frame: 1]"), r.out());
    }

    @Test
    void pcapngReadsTheSameAsPcap(@TempDir Path dir) throws Exception {
        Path editcap = Tools.requireTool("editcap");
        Path ng = dir.resolve("echo.pcapng");
        Process p = new ProcessBuilder(editcap.toString(), "-F", "pcapng", ECHO.toString(), ng.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        Sniffer.Result fromPcap = Sniffer.run("read", ECHO.toString(), "--format", "jsonl");
        Sniffer.Result fromNg = Sniffer.run("read", ng.toString(), "--format", "jsonl");
        assertEquals(0, fromNg.exitCode(), fromNg.err());
        assertEquals(fromPcap.out(), fromNg.out());
    }

    @Test
    void summaryCountsPrintWithoutGroupingSeparators() {
        Sniffer.Result r = Sniffer.run("read", "src/test/resources/captures/kit-many.pcap", "--lang", "en");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("--- Summary: 2322 frames"), "no '2,322'");
    }

    @Test
    void summaryCountsEveryConversationAlsoPastTheOnesKeptInFull(@TempDir Path dir) throws Exception {
        int streams = TcpAnalyzer.DEFAULT_SUMMARY_LIMIT + 7;
        Path file = dir.resolve("many-syns.pcap");
        Files.write(file, synsFromDistinctPorts(streams));
        Sniffer.Result r = Sniffer.run("read", file.toString(), "--lang", "en", "--format", "jsonl");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("--- Summary: " + streams + " frames, " + streams + " TCP conversations ---"),
                r.err().lines().filter(l -> l.contains("Summary")).findFirst().orElse(r.err()));
        assertTrue(r.err().contains("… and " + (streams - SnifferRun.SUMMARY_LIMIT) + " more conversations"));
    }

    /** A pcap of {@code n} Ethernet/IPv4 SYNs to port 12321, each from its own client port: n streams. */
    private static byte[] synsFromDistinctPorts(int n) {
        int frame = 14 + 20 + 20;
        ByteBuffer b = ByteBuffer.allocate(24 + n * (16 + frame)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        for (int i = 0; i < n; i++) {
            b.order(ByteOrder.LITTLE_ENDIAN).putInt(1_700_000_000).putInt(i).putInt(frame).putInt(frame);
            b.order(ByteOrder.BIG_ENDIAN);
            b.put(new byte[12]).putShort((short) 0x0800);
            b.put((byte) 0x45).put((byte) 0).putShort((short) 40).putInt(0).put((byte) 64).put((byte) 6).putShort((short) 0)
                    .putInt(0x7f000001).putInt(0x7f000001);
            b.putShort((short) (1024 + i)).putShort((short) 12321).putInt(1000 + i).putInt(0)
                    .put((byte) 0x50).put((byte) 0x02).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
        }
        return b.array();
    }

    @Test
    void countStopsAfterThatManyFrames() throws Exception {
        Sniffer.Result r = Sniffer.run("read", ECHO.toString(), "--format", "jsonl", "-c", "3");
        assertEquals(3, r.jsonLines().size());
    }

    @Test
    void missingFileIsOneLineAndExitOne(@TempDir Path dir) {
        Sniffer.Result r = Sniffer.run("read", dir.resolve("nope.pcap").toString(), "--lang", "en");
        assertEquals(ExitCodes.FAILURE, r.exitCode());
        assertOneLine(r.err(), "nope.pcap: no such file");
    }

    @Test
    void everySubcommandTakesDebugAndThenAddsTheStackTrace(@TempDir Path dir) {
        String missing = dir.resolve("nope.pcap").toString();
        for (String[] args : List.of(new String[] {"read", missing}, new String[] {"flow", missing},
                new String[] {"compare", missing}, new String[] {"worksheet", missing},
                new String[] {"grade", missing, dir.resolve("answers.txt").toString()})) {
            List<String> withDebug = new java.util.ArrayList<>(List.of(args));
            withDebug.addAll(List.of("--lang", "en", "--debug"));
            Sniffer.Result r = Sniffer.run(withDebug.toArray(new String[0]));
            assertEquals(ExitCodes.FAILURE, r.exitCode(), args[0] + ": " + r.err());
            assertTrue(r.err().startsWith("error: ") && r.err().contains("\tat org.echolab."),
                    args[0] + " --debug shows the one line, then the trace: " + r.err());
        }
    }

    @Test
    void notAPcapIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("notes.txt"), "this is not a capture\n");
        Sniffer.Result r = Sniffer.run("read", junk.toString(), "--lang", "en");
        assertEquals(ExitCodes.FAILURE, r.exitCode());
        assertOneLine(r.err(), "notes.txt: not a pcap or pcapng file");
    }

    @Test
    void truncatedFileKeepsThePacketsReadSoFarAndExitsOne(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(ECHO);
        Path cut = Files.write(dir.resolve("cut.pcap"), Arrays.copyOf(whole, whole.length - 10));
        Sniffer.Result r = Sniffer.run("read", cut.toString(), "--format", "jsonl", "--lang", "en");
        assertEquals(ExitCodes.FAILURE, r.exitCode());
        int all = Sniffer.run("read", ECHO.toString(), "--format", "jsonl").jsonLines().size();
        assertEquals(all - 1, r.jsonLines().size(), "every complete packet before the cut is shown");
        String[] errLines = r.err().strip().split("\n");
        // The jsonl summary goes to stderr first; the error is the one last line.
        assertOneLine(errLines[errLines.length - 1], "cut.pcap: the file ends in the middle of packet");
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void badFilterIsAUsageError() {
        Sniffer.Result r = Sniffer.run("read", ECHO.toString(), "-f", "tcp port banana", "--lang", "en");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertOneLine(r.err(), "invalid capture filter \"tcp port banana\"");
    }

    @Test
    void filterSelectsPackets() throws Exception {
        assertEquals(0, Sniffer.run("read", ECHO.toString(), "--format", "jsonl", "-f", "tcp port 1")
                .jsonLines().size());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, Sniffer.run("read", ECHO.toString(), "--no-such-option").exitCode());
    }

    @Test
    void unknownInterfaceListsTheAvailableOnes() {
        Sniffer.Result r = Sniffer.run("capture", "-i", "no-such-if0", "--lang", "en");
        if (r.exitCode() == ExitCodes.NO_LIBPCAP) {
            return;
        }
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertOneLine(r.err(), "no capture interface named \"no-such-if0\"; available: ");
        assertTrue(r.err().contains("lo"), r.err());
    }

    @Test
    void helpListsTheExitCodesInKorean() {
        Sniffer.Result r = Sniffer.run("--help", "--lang", "ko");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("종료 코드"), r.out());
    }

    private static void assertOneLine(String err, String expected) {
        String trimmed = err.strip();
        assertFalse(trimmed.contains("\n"), "one line only: " + err);
        assertTrue(trimmed.contains(expected), "expected '" + expected + "' in: " + err);
    }
}
