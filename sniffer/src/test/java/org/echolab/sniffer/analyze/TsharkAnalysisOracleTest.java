package org.echolab.sniffer.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.echolab.sniffer.decode.Decoder;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.render.TcpInfoColumn;
import org.echolab.sniffer.testing.Tshark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the analysis and the TCP Info column with tshark 4.0, frame by frame, on the captures
 * in {@code src/test/resources/captures} (see the README there for how each was made). tshark
 * runs live, so it stays the oracle; without it the test is skipped, or fails under CI=true.
 *
 * <p>tshark runs with {@code -n} (numeric ports, as the kit prints them). The capture ports
 * (40123 … 40201) have no registered dissector and the payloads match no heuristic one, so
 * tshark's Info column is the TCP dissector's own text.
 */
class TsharkAnalysisOracleTest {
    private static final Path CAPTURES = Path.of("src/test/resources/captures");
    private static final String[] FIELDS = {"frame.number", "tcp.stream", "tcp.completeness", "tcp.seq",
        "tcp.ack", "tcp.seq_raw", "tcp.ack_raw", "tcp.nxtseq", "tcp.len", "tcp.window_size",
        "tcp.window_size_scalefactor", "tcp.analysis.acks_frame", "tcp.analysis.ack_rtt",
        "tcp.analysis.bytes_in_flight", "tcp.analysis.duplicate_ack_num", "tcp.analysis.duplicate_ack_frame",
        "_ws.col.Info"};
    private static final int FIRST_FLAG_COLUMN = FIELDS.length;
    private static final Finding[] FLAGS = Finding.values();
    private static final String[] ALL_CAPTURES = {"echo-ipv4", "echo-ipv6", "zero-window", "rst", "keepalive",
        "port-reuse", "crafted"};

    @ParameterizedTest
    @ValueSource(strings = {"echo-ipv4", "echo-ipv6", "zero-window", "rst", "keepalive", "port-reuse", "crafted"})
    void everyFrameMatchesTshark(String name) throws Exception {
        List<String> mismatches = compare(name, EnumSet.noneOf(Finding.class));
        assertTrue(mismatches.isEmpty(), name + ".pcap differs from tshark:\n" + String.join("\n", mismatches));
    }

    @Test
    void theCapturesExerciseEveryExpertFlag() throws Exception {
        Set<Finding> seen = EnumSet.noneOf(Finding.class);
        for (String name : ALL_CAPTURES) {
            compare(name, seen);
        }
        assertEquals(EnumSet.allOf(Finding.class), seen);
    }

    private static List<String> compare(String name, Set<Finding> seen) throws Exception {
        Path file = CAPTURES.resolve(name + ".pcap");
        List<String[]> rows = runTshark(file);
        PcapReader.Capture capture = PcapReader.read(file);
        assertEquals(capture.records().size(), rows.size(), "frames in " + file);
        TcpAnalyzer analyzer = new TcpAnalyzer();
        List<String> mismatches = new ArrayList<>();
        for (PcapReader.Record r : capture.records()) {
            Packet p = Decoder.decode(r.number(), r.timestampNanos(), capture.linkType(), r.data(),
                    r.originalLength());
            TcpAnalysis a = analyzer.analyze(p);
            assertNotNull(a, "frame " + r.number() + " of " + file + " is not analysed as TCP");
            seen.addAll(a.findings());
            String[] row = rows.get((int) r.number() - 1);
            String[] ours = ourRow(p, a);
            assertEquals(ours.length, row.length, "tshark columns for frame " + r.number());
            for (int i = 1; i < row.length; i++) {
                if (!row[i].equals(ours[i])) {
                    mismatches.add("frame " + r.number() + " " + column(i) + ": tshark '" + row[i] + "', ours '"
                            + ours[i] + "'");
                }
            }
        }
        return mismatches;
    }

    private static String column(int i) {
        return i < FIELDS.length ? FIELDS[i] : "tcp.analysis." + FLAGS[i - FIRST_FLAG_COLUMN].field();
    }

    /** Our values, formatted as tshark -T fields prints them (empty when tshark shows no field). */
    private static String[] ourRow(Packet p, TcpAnalysis a) {
        String[] v = new String[FIELDS.length + FLAGS.length];
        v[0] = Long.toString(p.number());
        v[1] = Integer.toString(a.stream());
        v[2] = Integer.toString(a.completeness());
        v[3] = Long.toString(a.relSeq());
        v[4] = Long.toString(a.relAck());
        v[5] = Long.toString(a.rawSeq());
        v[6] = Long.toString(a.rawAck());
        v[7] = a.nextSeq() < 0 ? "" : Long.toString(a.nextSeq());
        v[8] = Integer.toString(p.tcp().segmentLength());
        v[9] = Long.toString(a.calcWindow());
        v[10] = a.windowScale() == 0 ? "" : Integer.toString(a.windowScale());
        v[11] = a.ackedFrame() == 0 ? "" : Long.toString(a.ackedFrame());
        v[12] = a.ackRttNanos() < 0 ? "" : BigDecimal.valueOf(a.ackRttNanos(), 9).toPlainString();
        v[13] = a.bytesInFlight() < 0 ? "" : Long.toString(a.bytesInFlight());
        v[14] = a.dupAckNumber() == 0 ? "" : Integer.toString(a.dupAckNumber());
        v[15] = a.dupAckNumber() == 0 ? "" : Long.toString(a.dupAckOfFrame());
        v[16] = TcpInfoColumn.format(p, a);
        for (int i = 0; i < FLAGS.length; i++) {
            boolean shown = a.has(FLAGS[i]);
            if (FLAGS[i] == Finding.RETRANSMISSION) {
                // tshark adds the retransmission expert item to fast and spurious ones too.
                shown |= a.has(Finding.FAST_RETRANSMISSION) || a.has(Finding.SPURIOUS_RETRANSMISSION);
            }
            v[FIRST_FLAG_COLUMN + i] = shown ? "1" : "";
        }
        return v;
    }

    private static List<String[]> runTshark(Path file) throws IOException, InterruptedException {
        List<String> fields = new ArrayList<>(List.of(FIELDS));
        for (Finding f : FLAGS) {
            fields.add("tcp.analysis." + f.field());
        }
        return Tshark.fields(file, fields);
    }
}
