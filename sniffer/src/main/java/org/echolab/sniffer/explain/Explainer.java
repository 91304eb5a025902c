package org.echolab.sniffer.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echolab.sniffer.analyze.ConversationSummary;
import org.echolab.sniffer.analyze.StreamMap;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.Transport;

/**
 * Explains packets the way a networking TA would, as {@link Explanation}s (keys and arguments;
 * the words are in the {@value Explanation#BUNDLE} bundle). One explainer per capture, fed every
 * packet once, in capture order; deterministic and free of I/O. Not thread-safe.
 *
 * <pre>
 * Explainer explainer = new Explainer(Set.of(12321, 12345));
 * PayloadView view = explainer.payload(packet, analysis, false);   // optional, before explain
 * Explanation why = explainer.explain(packet, analysis);
 * ...
 * Explanation end = explainer.summarize(conversation);
 * explainer.release(conversation.stream());
 * </pre>
 *
 * <p>It remembers, per TCP stream, which FINs were seen and acknowledged (to number the steps of
 * the 4-way handshake), the secure pair's framing state, and the payload kinds seen (for the
 * summary). {@link #release(int)} forgets a stream.
 */
public final class Explainer {
    private final PayloadClassifier classifier;
    /** Streams beyond this index are never listed in a summary, so their kinds are not kept. */
    static final int KEPT_KINDS_LIMIT = 10_000;

    private final StreamMap<StreamNotes> notes = new StreamMap<>();
    /** Where {@link #explain} collects a packet's sentences before the explanation copies them. */
    private final List<Sentence> scratch = new ArrayList<>(16);
    private final Map<Integer, Set<PayloadKind>> releasedKinds = new HashMap<>();
    private long viewFrame = -1;
    private PayloadView view;

    /** @param kitPorts the kit's ports, where the secure pair's key exchange and records are recognised */
    public Explainer(Set<Integer> kitPorts) {
        this.classifier = new PayloadClassifier(kitPorts);
    }

    /** With the kit's default ports, 12321 and 12345. */
    public Explainer() {
        this.classifier = new PayloadClassifier();
    }

    /**
     * The payload view of {@code p} (null without a transport layer). Classifies each packet
     * once: calling it again, or {@link #explain} afterwards, reuses the same view.
     *
     * @param a the TCP analysis, null for non-TCP
     * @param full dump every byte instead of the first {@value PayloadView#PREVIEW_BYTES}
     */
    public PayloadView payload(Packet p, TcpAnalysis a, boolean full) {
        if (p.number() != viewFrame) {
            viewFrame = p.number();
            view = classifier.classify(p, a, full);
            if (a != null && view != null) {
                notesOf(a.stream()).sawPayload(view.payloadKind());
            }
        }
        return view;
    }

    /** Explains one packet; {@code a} is its TCP analysis, or null when it is not TCP. */
    public Explanation explain(Packet p, TcpAnalysis a) {
        PayloadView v = payload(p, a, false);
        List<Sentence> out = scratch;
        out.clear();
        if (p.isMalformed()) {
            out.add(FrameSentences.malformed(p.number(), p.malformed()));
        }
        Transport.Tcp t = p.tcp();
        if (t != null) {
            FrameSentences.tcpOptions(t, out);
            if (a != null) {
                TcpSentences.explain(t, a, v, notesOf(a.stream()), out);
            } else {
                out.addAll(FrameSentences.tcpUnanalysed(t, v));
            }
        } else if (p.udp() != null) {
            out.addAll(FrameSentences.udp(p.udp(), v));
        } else if (!p.isMalformed()) {
            if (p.ip() != null) {
                out.add(FrameSentences.ip(p));
            } else if (p.link() != null) {
                out.add(FrameSentences.link(p));
            } else {
                out.add(FrameSentences.undecoded(p));
            }
        }
        return new Explanation(out);
    }

    /** The end-of-run paragraph for {@code s}, using the payload kinds this explainer saw in it. */
    public Explanation summarize(ConversationSummary s) {
        return summarize(s, payloadKinds(s.stream()));
    }

    /**
     * The end-of-run paragraph for {@code s}: endpoints, whether the handshake was complete, bytes
     * each way, plaintext or ciphertext only, who closed first, and the completeness in words.
     *
     * @param kinds the payload kinds seen in the conversation
     */
    public Explanation summarize(ConversationSummary s, Set<PayloadKind> kinds) {
        return new Explanation(SummarySentences.of(s, kinds));
    }

    /** The payload kinds seen so far in {@code stream} ({@link PayloadKind#NONE} never included). */
    public Set<PayloadKind> payloadKinds(int stream) {
        StreamNotes n = notes.get(stream);
        if (n == null) {
            Set<PayloadKind> kept = releasedKinds.get(stream);
            return kept == null ? Set.of() : kept;
        }
        return n.kinds();
    }

    /** How many streams have per-packet state right now (memory tests watch this stay bounded). */
    public int trackedStreams() {
        return notes.size();
    }

    /** Forgets everything about {@code stream}; call after its summary. */
    public void release(int stream) {
        notes.remove(stream);
        classifier.release(stream);
        releasedKinds.remove(stream);
    }

    /**
     * Forgets a stream's per-packet state when its conversation is over, but keeps its payload
     * kinds for the end-of-run summary if it is one of the first {@link #KEPT_KINDS_LIMIT} streams
     * (the ones a summary can list), so memory stays flat on long captures.
     */
    public void conversationReleased(int stream) {
        StreamNotes n = notes.remove(stream);
        classifier.release(stream);
        if (n != null && stream < KEPT_KINDS_LIMIT) {
            releasedKinds.put(stream, n.kinds());
        }
    }

    /** The bundle key of {@code f}'s explanation sentence. */
    public static String explainKeyOf(Finding f) {
        return Labels.explainKeyOf(f);
    }

    /** The explanation sentence of one finding of {@code a}, on its own (for a detail tree). */
    public static Sentence explainFinding(Finding f, TcpAnalysis a) {
        return TcpSentences.finding(f, a);
    }

    private StreamNotes notesOf(int stream) {
        // payload() and explain() ask for the same stream, one after the other.
        return notes.computeIfAbsent(stream, StreamNotes::new);
    }
}
