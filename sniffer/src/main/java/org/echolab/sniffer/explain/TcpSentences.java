package org.echolab.sniffer.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.TcpOption;
import org.echolab.sniffer.decode.Transport;

/**
 * What a TA would say about one analysed TCP segment, in this order: how it fits the handshake
 * or a reset, the expert findings, the data it carries, the connection release, what its ACK
 * number means, and the window when that is the point of the segment.
 */
final class TcpSentences {
    private static final long MASK32 = 0xffffffffL;
    private static final int MAX_SHIFT = 14;
    /** Findings whose own sentence already says what a pure ACK is for. */
    private static final Set<Finding> ACK_FINDINGS = EnumSet.of(Finding.DUPLICATE_ACK, Finding.WINDOW_UPDATE,
            Finding.KEEP_ALIVE, Finding.KEEP_ALIVE_ACK, Finding.ZERO_WINDOW_PROBE_ACK);

    private TcpSentences() {
    }

    /** Adds the sentences for {@code t} to {@code out}. */
    static void explain(Transport.Tcp t, TcpAnalysis a, PayloadView view, StreamNotes notes, List<Sentence> out) {
        boolean client = a.fromInitiator();
        Sentence me = Labels.side(client);
        Sentence peer = Labels.side(!client);
        if (t.has(TcpFlags.RST)) {
            out.add(Sentence.of("tcp.rst", me));
            boolean refused = !client && (a.completeness() & 1) != 0 && (a.completeness() & 2) == 0;
            out.add(refused ? Sentence.of("tcp.rst.refused", t.srcPort()) : Sentence.of("tcp.rst.why"));
            findings(a, out);
            return;
        }
        handshake(t, a, me, out);
        findings(a, out);
        int len = t.segmentLength();
        if (len > 0) {
            out.add(Sentence.of("tcp.data", me, len, a.relSeq(), a.relSeq() + len - 1, a.relSeq() + len));
            if (t.has(TcpFlags.PSH)) {
                out.add(Sentence.of("tcp.psh"));
            }
            PayloadSentences.of(view, out);
        }
        boolean ackExplained = a.handshakeStep() == 3 || t.has(TcpFlags.SYN);
        int side = client ? 0 : 1;
        if (t.has(TcpFlags.FIN)) {
            ackExplained |= fin(notes.fin(side, a.relSeq() + len, t.has(TcpFlags.ACK), a.relAck()), a, len, me,
                    peer, out);
        } else if (t.has(TcpFlags.ACK) && !t.has(TcpFlags.SYN)) {
            ackExplained |= finAck(notes.ack(side, a.relAck()), a, notes, me, peer, out);
        }
        if (t.has(TcpFlags.ACK) && !ackExplained) {
            ack(t, a, len, peer, out);
        }
        window(t, a, me, out);
    }

    /** The sentence for one finding; every finding key takes the same arguments. */
    static Sentence finding(Finding f, TcpAnalysis a) {
        return Sentence.of(Labels.explainKeyOf(f), Labels.side(a.fromInitiator()), Labels.side(!a.fromInitiator()),
                a.dupAckNumber(), a.dupAckOfFrame(), a.calcWindow(), a.relAck(), a.relSeq());
    }

    private static void findings(TcpAnalysis a, List<Sentence> out) {
        // The set iterates in Finding's order.
        for (Finding f : a.findings()) {
            out.add(finding(f, a));
        }
    }

    private static void handshake(Transport.Tcp t, TcpAnalysis a, Sentence me, List<Sentence> out) {
        switch (a.handshakeStep()) {
            case 1 -> out.add(Sentence.of("tcp.handshake.1", t.srcPort(), t.dstPort(), t.seq()));
            case 2 -> out.add(Sentence.of("tcp.handshake.2", t.srcPort(), t.seq(), t.ack(), (t.ack() - 1) & MASK32));
            case 3 -> out.add(Sentence.of("tcp.handshake.3", t.ack(), (t.ack() - 1) & MASK32));
            default -> {
                if (t.has(TcpFlags.SYN)) {
                    out.add(Sentence.of(t.has(TcpFlags.ACK) ? "tcp.synack.other" : "tcp.syn.other", me, t.seq()));
                }
            }
        }
        if (t.has(TcpFlags.SYN)) {
            options(t, out);
        }
    }

    /** "It offers MSS 65495, window scale ×128, SACK and timestamps." */
    private static void options(Transport.Tcp t, List<Sentence> out) {
        List<Sentence> items = new ArrayList<>();
        boolean scale = false;
        for (TcpOption o : t.options()) {
            if (o instanceof TcpOption.Mss m) {
                items.add(Sentence.of("opt.mss", m.mss()));
            } else if (o instanceof TcpOption.WindowScale w) {
                scale = true;
                items.add(Sentence.of("opt.wscale", 1 << Math.min(w.shift(), MAX_SHIFT), w.shift()));
            } else if (o instanceof TcpOption.SackPermitted) {
                items.add(Sentence.of("opt.sack_perm"));
            } else if (o instanceof TcpOption.Timestamps) {
                items.add(Sentence.of("opt.timestamps"));
            }
        }
        if (!items.isEmpty()) {
            out.add(Sentence.of("tcp.syn.options", list(items)));
        }
        if (scale) {
            out.add(Sentence.of("tcp.syn.window", t.window()));
        }
    }

    /** Joins items as "a, b and c" (the bundle decides the glue). */
    static Sentence list(List<Sentence> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        Sentence joined = Sentence.of("list.pair", items.get(items.size() - 2), items.get(items.size() - 1));
        for (int i = items.size() - 3; i >= 0; i--) {
            joined = Sentence.of("list.more", items.get(i), joined);
        }
        return joined;
    }

    /** Adds the FIN's sentences; true when they also explain the segment's ACK number. */
    private static boolean fin(StreamNotes.FinStep step, TcpAnalysis a, int len, Sentence me, Sentence peer,
            List<Sentence> out) {
        long finSeq = a.relSeq() + len;
        switch (step) {
            case FIRST -> out.add(Sentence.of("tcp.fin.first", me, finSeq, peer, finSeq + 1));
            case SECOND -> out.add(Sentence.of("tcp.fin.second", me, finSeq));
            case SECOND_AND_ACK -> {
                out.add(Sentence.of("tcp.fin.second", me, finSeq));
                out.add(Sentence.of("tcp.fin.second.combined", me, peer, a.relAck()));
                return true;
            }
            case AGAIN -> out.add(Sentence.of("tcp.fin.again", me, finSeq));
        }
        return false;
    }

    private static boolean finAck(StreamNotes.AckStep step, TcpAnalysis a, StreamNotes notes, Sentence me,
            Sentence peer, List<Sentence> out) {
        switch (step) {
            case OF_FIRST_FIN -> out.add(Sentence.of("tcp.fin.ack", me, peer, a.relAck()));
            case LAST -> {
                out.add(Sentence.of("tcp.fin.last", me, peer, a.relAck()));
                out.add(Sentence.of("tcp.fin.time_wait", Labels.side(notes.firstFinFromClient())));
            }
            case NONE -> {
                return false;
            }
        }
        return true;
    }

    private static void ack(Transport.Tcp t, TcpAnalysis a, int len, Sentence peer, List<Sentence> out) {
        boolean pure = len == 0 && !t.has(TcpFlags.FIN);
        if (pure && !Collections.disjoint(ACK_FINDINGS, a.findings())) {
            return;
        }
        if (pure) {
            out.add(Sentence.of("tcp.ack.pure", Labels.side(a.fromInitiator())));
            if (a.ackedFrame() > 0) {
                out.add(Sentence.of("tcp.ack.frame", a.ackedFrame()));
            }
        }
        out.add(a.relAck() <= 1 ? Sentence.of("tcp.ack.syn_only", peer)
                : Sentence.of("tcp.ack.meaning", a.relAck(), a.relAck() - 1));
        if (pure && a.ackedFrame() > 0 && a.ackRttNanos() >= 0) {
            out.add(Sentence.of("tcp.ack.rtt", a.ackRttNanos() / 1e6));
        }
    }

    /** The window, scaled, when it is what the segment is about: handshake 3/3 and window updates. */
    private static void window(Transport.Tcp t, TcpAnalysis a, Sentence me, List<Sentence> out) {
        if (a.handshakeStep() != 3 && !a.has(Finding.WINDOW_UPDATE)) {
            return;
        }
        int scale = a.windowScale();
        if (scale >= 2) {
            out.add(Sentence.of("tcp.window.scaled", t.window(), scale, a.calcWindow(), me));
        } else if (scale == -1) {
            out.add(Sentence.of("tcp.window.unknown", t.window()));
        } else {
            out.add(Sentence.of("tcp.window.plain", a.calcWindow(), me));
        }
    }
}
