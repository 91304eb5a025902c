package org.echolab.sniffer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echolab.cli.Messages;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.Transport;
import org.echolab.sniffer.explain.Entropy;
import org.echolab.sniffer.explain.Labels;
import org.echolab.sniffer.explain.PayloadKind;
import org.echolab.sniffer.explain.PayloadView;

/**
 * The plaintext-vs-encrypted table: for each conversation on one of the kit's ports, what its
 * payload bytes are and how random they look (Shannon entropy over all of the stream's bytes,
 * which a single short segment cannot show), with a sample a bystander would see.
 */
final class Comparison {
    /** Characters of a plaintext sample, or bytes of a ciphertext sample shown as hex. */
    static final int SAMPLE = 24;

    record Row(int stream, int port, String kinds, long bytes, double entropy, String sample) {
    }

    private Comparison() {
    }

    static List<Row> of(ReportInput in, Messages explain) {
        Map<Integer, List<Dissection>> byStream = new LinkedHashMap<>();
        for (Dissection d : in.packets()) {
            Transport.Tcp t = d.packet().tcp();
            if (t != null && d.tcp() != null
                    && (in.kitPorts().contains(t.srcPort()) || in.kitPorts().contains(t.dstPort()))) {
                byStream.computeIfAbsent(d.tcp().stream(), s -> new ArrayList<>()).add(d);
            }
        }
        List<Row> rows = new ArrayList<>();
        byStream.forEach((stream, list) -> rows.add(row(stream, list, in, explain)));
        return rows;
    }

    private static Row row(int stream, List<Dissection> list, ReportInput in, Messages explain) {
        Transport.Tcp first = list.get(0).packet().tcp();
        int port = in.kitPorts().contains(first.dstPort()) ? first.dstPort() : first.srcPort();
        Map<PayloadKind, Long> kinds = new LinkedHashMap<>();
        long[] counts = new long[256];
        long total = 0;
        String sample = null;
        for (Dissection d : list) {
            PayloadView v = d.payload();
            if (v == null || v.isEmpty() || v.resent()) {
                continue;
            }
            kinds.merge(v.payloadKind(), (long) v.bytes(), Long::sum);
            Bytes b = v.shown();
            for (int i = 0; i < b.length(); i++) {
                counts[b.get(i)]++;
            }
            total += b.length();
            if (sample == null) {
                sample = sample(v);
            }
        }
        List<String> names = new ArrayList<>();
        kinds.forEach((k, n) -> names.add(Labels.payloadKindName(k, explain) + " " + n));
        return new Row(stream, port, String.join(", ", names), total, Entropy.bitsPerByte(counts, total),
                sample == null ? "" : sample);
    }

    private static String sample(PayloadView v) {
        if (v.text() != null) {
            String q = v.quotedText();
            return q.length() <= SAMPLE + 2 ? q : q.substring(0, q.offsetByCodePoints(0, SAMPLE + 1)) + "…\"";
        }
        Bytes b = v.shown();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(b.length(), SAMPLE / 2); i++) {
            sb.append(String.format("%02x ", b.get(i)));
        }
        return sb.append('…').toString();
    }
}
