package org.echolab.sniffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.testing.Tshark;

/**
 * Compares the sniffer's {@code jsonl} with {@code tshark -T fields} on the same file, frame by
 * frame: stream, flags, relative and raw seq/ack, len, window, calculated window, analysis flags
 * and the Info column must all agree.
 */
final class TsharkAgreementTest {
    private static final List<String> FIELDS = fields();

    private TsharkAgreementTest() {
    }

    private static List<String> fields() {
        List<String> f = new ArrayList<>(List.of("frame.number", "tcp.stream", "tcp.flags", "tcp.seq", "tcp.ack",
                "tcp.seq_raw", "tcp.ack_raw", "tcp.len", "tcp.window_size_value", "tcp.window_size", "_ws.col.Info"));
        for (Finding finding : Finding.values()) {
            f.add("tcp.analysis." + finding.field());
        }
        return f;
    }

    /** Asserts agreement on every frame and returns the union of analysis flags seen. */
    static Set<String> assertAgrees(Path file, int... kitPorts) throws Exception {
        List<String> args = new ArrayList<>(List.of("read", file.toString(), "--format", "jsonl", "--lang", "en"));
        if (kitPorts.length > 0) {
            args.add("--ports");
            args.add(join(kitPorts));
        }
        Sniffer.Result r = Sniffer.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> ours = r.jsonLines();
        List<String[]> theirs = Tshark.fields(file, FIELDS, kitPorts);
        assertEquals(theirs.size(), ours.size(), "frames in " + file);
        assertTrue(ours.size() > 0, "no frames captured in " + file);
        List<String> mismatches = new ArrayList<>();
        Set<String> flagsSeen = new TreeSet<>();
        for (int i = 0; i < ours.size(); i++) {
            JsonNode o = ours.get(i);
            String[] t = theirs.get(i);
            String frame = "frame " + t[0] + ": ";
            check(mismatches, frame + "stream", t[1], o.get("stream").asText());
            check(mismatches, frame + "flags", String.join(",", TcpFlags.names(Integer.decode(t[2]))),
                    String.join(",", texts(o.get("flags"))));
            check(mismatches, frame + "seq", t[3], o.get("seq").asText());
            check(mismatches, frame + "ack", t[4].isEmpty() ? "0" : t[4], o.get("ack").asText());
            check(mismatches, frame + "seqRaw", t[5], o.get("seqRaw").asText());
            check(mismatches, frame + "ackRaw", t[6], o.get("ackRaw").asText());
            check(mismatches, frame + "len", t[7], o.get("len").asText());
            check(mismatches, frame + "win", t[8], o.get("win").asText());
            check(mismatches, frame + "calcWin", t[9], o.get("calcWin").asText());
            check(mismatches, frame + "info", t[10], o.get("info").asText());
            Set<String> theirFlags = new TreeSet<>();
            for (int f = 11; f < t.length; f++) {
                if (!t[f].isEmpty()) {
                    theirFlags.add(FIELDS.get(f).substring("tcp.analysis.".length()));
                }
            }
            Set<String> ourFlags = new TreeSet<>(texts(o.get("analysis")));
            check(mismatches, frame + "analysis", theirFlags.toString(), ourFlags.toString());
            flagsSeen.addAll(ourFlags);
        }
        assertEquals(List.of(), mismatches, "sniffer vs tshark on " + file);
        return flagsSeen;
    }

    private static void check(List<String> mismatches, String what, String tshark, String ours) {
        if (!tshark.equals(ours)) {
            mismatches.add(what + ": tshark '" + tshark + "', sniffer '" + ours + "'");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String join(int... ports) {
        StringBuilder sb = new StringBuilder();
        for (int p : ports) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
