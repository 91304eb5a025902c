package org.echolab.sniffer.flow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echolab.cli.Messages;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.NetAddress;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.Transport;
import org.echolab.sniffer.explain.Labels;
import org.echolab.sniffer.explain.PayloadKind;
import org.echolab.sniffer.explain.PayloadView;

/** Builds the ladder diagrams of a capture's TCP conversations from its dissections. */
public final class FlowDiagrams {
    /** Characters of plaintext quoted next to an arrow; the rest is cut with an ellipsis. */
    static final int QUOTE_CHARS = 16;

    /** Findings that mean something went wrong (drawn in red), as opposed to normal events. */
    private static final Set<Finding> PROBLEMS = EnumSet.complementOf(EnumSet.of(Finding.WINDOW_UPDATE,
            Finding.KEEP_ALIVE, Finding.KEEP_ALIVE_ACK, Finding.REUSED_PORTS));

    private final FlowTexts texts;

    public FlowDiagrams(FlowTexts texts) {
        this.texts = texts;
    }

    /** One diagram per TCP stream, in stream order; non-TCP frames are left out. */
    public List<FlowDiagram> build(List<Dissection> dissections) {
        Map<Integer, List<Dissection>> byStream = new LinkedHashMap<>();
        for (Dissection d : dissections) {
            if (d.tcp() != null && d.packet().tcp() != null) {
                byStream.computeIfAbsent(d.tcp().stream(), s -> new ArrayList<>()).add(d);
            }
        }
        List<FlowDiagram> out = new ArrayList<>(byStream.size());
        byStream.forEach((stream, list) -> out.add(diagram(stream, list)));
        return out;
    }

    private FlowDiagram diagram(int stream, List<Dissection> list) {
        Dissection first = list.get(0);
        Packet p = first.packet();
        String src = endpoint(p.ip().src(), p.tcp().srcPort());
        String dst = endpoint(p.ip().dst(), p.tcp().dstPort());
        boolean srcIsClient = first.tcp().fromInitiator();
        List<FlowRow> rows = new ArrayList<>(list.size());
        for (Dissection d : list) {
            rows.add(row(d));
        }
        return new FlowDiagram(stream, srcIsClient ? src : dst, srcIsClient ? dst : src, rows);
    }

    FlowRow row(Dissection d) {
        Transport.Tcp t = d.packet().tcp();
        TcpAnalysis a = d.tcp();
        String flags = String.join(",", TcpFlags.names(t.flags()));
        if (flags.isEmpty()) {
            flags = texts.flow().get("flow.noFlags");
        }
        String numbers = t.has(TcpFlags.ACK)
                ? texts.flow().get("flow.numbers.ack", Long.toString(a.relSeq()), Long.toString(a.relAck()),
                        Integer.toString(t.segmentLength()))
                : texts.flow().get("flow.numbers", Long.toString(a.relSeq()), Integer.toString(t.segmentLength()));
        List<String> marks = new ArrayList<>();
        boolean problem = false;
        for (Finding f : Finding.values()) {
            if (!a.has(f)) {
                continue;
            }
            problem |= PROBLEMS.contains(f);
            String name = Labels.findingName(f, texts.explain());
            marks.add(f == Finding.DUPLICATE_ACK && a.dupAckNumber() > 0
                    ? texts.flow().get("flow.mark.numbered", name, Integer.toString(a.dupAckNumber()))
                    : name);
        }
        String payload = payloadMark(d.payload());
        if (payload != null) {
            marks.add(payload);
        }
        return new FlowRow(d.packet().number(), d.relativeNanos(), a.fromInitiator(), flags + " " + numbers, flags,
                numbers, marks, a.phase(), problem);
    }

    /** Plaintext is quoted and the kit's messages named; other bytes get no mark (too noisy). */
    private String payloadMark(PayloadView v) {
        if (v == null || v.isEmpty() || v.payloadKind() == PayloadKind.NONE
                || v.payloadKind() == PayloadKind.BINARY) {
            return null;
        }
        if (v.text() != null) {
            String q = v.quotedText();
            int cps = q.codePointCount(0, q.length());
            return cps <= QUOTE_CHARS + 2 ? q : q.substring(0, q.offsetByCodePoints(0, QUOTE_CHARS + 1)) + "…\"";
        }
        return Labels.payloadKindName(v.payloadKind(), texts.explain());
    }

    /** True when one of the segment's findings means trouble rather than a normal event. */
    public static boolean isProblem(TcpAnalysis a) {
        for (Finding f : a.findings()) {
            if (PROBLEMS.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** The same diagram cut to its first {@code max} rows (the report's diagram stays small). */
    public static FlowDiagram head(FlowDiagram d, int max) {
        return d.rows().size() <= max ? d
                : new FlowDiagram(d.stream(), d.client(), d.server(), d.rows().subList(0, max));
    }

    static String endpoint(NetAddress addr, int port) {
        return addr.isIpv6() ? "[" + addr + "]:" + port : addr + ":" + port;
    }
}
