package org.echolab.sniffer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.echolab.sniffer.analyze.ConversationSummary;

/**
 * The end-of-run paragraph for one conversation: endpoints, handshake, bytes each way, what the
 * payload revealed, who closed, and Wireshark's completeness in words.
 */
final class SummarySentences {
    /** Wireshark's tcp.completeness bits, in order, and their keys. */
    static final int[] COMPLETENESS_BITS = {1, 2, 4, 8, 16, 32};
    static final String[] COMPLETENESS_KEYS = {"completeness.syn", "completeness.syn_ack", "completeness.ack",
        "completeness.data", "completeness.fin", "completeness.rst"};
    private static final int HANDSHAKE_BITS = 1 | 2 | 4;
    private static final int END_BITS = 16 | 32;

    private SummarySentences() {
    }

    static List<Sentence> of(ConversationSummary s, Set<PayloadKind> kinds) {
        List<Sentence> out = new ArrayList<>();
        out.add(Sentence.of("summary.endpoints", s.stream(), s.clientAddr().toString(), s.clientPort(),
                s.serverAddr().toString(), s.serverPort(), s.packets(), s.firstFrame(), s.lastFrame(),
                Math.max(0, s.endNanos() - s.startNanos()) / 1e9));
        out.add(Sentence.of(s.handshakeComplete() ? "summary.handshake.complete" : "summary.handshake.missing"));
        out.add(Sentence.of("summary.bytes", s.bytesFromClient(), s.bytesFromServer()));
        out.add(Sentence.of(contentKey(kinds)));
        if (s.firstFinFromClient() != null) {
            out.add(Sentence.of(s.firstFinFromClient() ? "summary.closed.client" : "summary.closed.server"));
        }
        if (s.reset()) {
            out.add(Sentence.of("summary.closed.reset"));
        }
        if (s.firstFinFromClient() == null && !s.reset()) {
            out.add(Sentence.of("summary.closed.open"));
        }
        out.add(completeness(s.completeness()));
        return out;
    }

    private static String contentKey(Set<PayloadKind> kinds) {
        if (kinds.contains(PayloadKind.TEXT)) {
            return "summary.plaintext";
        }
        if (kinds.stream().anyMatch(PayloadKind::isKit)) {
            return kinds.contains(PayloadKind.BINARY) ? "summary.ciphertext_and_binary" : "summary.ciphertext";
        }
        return kinds.contains(PayloadKind.BINARY) ? "summary.binary" : "summary.no_payload";
    }

    /** "Completeness 31 = complete: SYN, SYN-ACK, ACK, data and FIN." */
    static Sentence completeness(int bits) {
        List<Sentence> parts = new ArrayList<>();
        for (int i = 0; i < COMPLETENESS_BITS.length; i++) {
            if ((bits & COMPLETENESS_BITS[i]) != 0) {
                parts.add(Sentence.of(COMPLETENESS_KEYS[i]));
            }
        }
        boolean complete = (bits & HANDSHAKE_BITS) == HANDSHAKE_BITS && (bits & END_BITS) != 0;
        Sentence verdict = Sentence.of(complete ? "completeness.complete" : "completeness.incomplete");
        Sentence list = parts.isEmpty() ? Sentence.of("completeness.nothing") : TcpSentences.list(parts);
        return Sentence.of("summary.completeness", bits, verdict, list);
    }
}
