package org.echolab.sniffer;

import org.echolab.sniffer.analyze.ConversationSummary;
import org.echolab.sniffer.analyze.ConversationTotals;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.analyze.TcpAnalyzer;
import org.echolab.sniffer.app.AppLayer;
import org.echolab.sniffer.app.AppSentences;
import org.echolab.sniffer.app.AppTracker;
import org.echolab.sniffer.decode.Decoder;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.explain.Explainer;
import org.echolab.sniffer.explain.Explanation;
import org.echolab.sniffer.explain.PayloadView;
import java.util.List;

/**
 * The pure core of the sniffer: bytes in, {@link Dissection}s out. One dissector per capture, fed
 * frames in capture order; no I/O and no wall clock.
 */
public final class Dissector {
    private final TcpAnalyzer analyzer;
    private final AppTracker apps = new AppTracker();
    private final Explainer explainer;
    private final boolean fullPayload;
    private long frameNumber;
    private long firstTimestamp = Long.MIN_VALUE;

    public Dissector(DissectorOptions options) {
        this.explainer = new Explainer(options.kitPorts());
        // When the analyzer lets go of a finished conversation, the explainer and the app tracker do too.
        this.analyzer = new TcpAnalyzer(TcpAnalyzer.DEFAULT_SUMMARY_LIMIT, stream -> {
            explainer.conversationReleased(stream);
            apps.conversationReleased(stream);
        });
        this.fullPayload = options.fullPayload();
    }

    /**
     * Decodes, analyses and explains the next frame of a capture with link type {@code linkType}
     * ({@code data} is copied).
     */
    public Dissection dissect(int linkType, long timestampNanos, int originalLength, byte[] data) {
        return dissect(Decoder.decode(frameNumber + 1, timestampNanos, linkType, data, originalLength));
    }

    /**
     * Like {@link #dissect} but keeps {@code data} itself: the caller hands the array over and
     * never writes to it again (the file and live readers allocate one per frame).
     */
    public Dissection dissectOwned(int linkType, long timestampNanos, int originalLength, byte[] data) {
        return dissect(Decoder.decodeOwned(frameNumber + 1, timestampNanos, linkType, data, originalLength));
    }

    private Dissection dissect(Packet packet) {
        frameNumber++;
        long timestampNanos = packet.timestampNanos();
        if (firstTimestamp == Long.MIN_VALUE) {
            firstTimestamp = timestampNanos;
        }
        TcpAnalysis tcp = packet.tcp() != null ? analyzer.analyze(packet) : null;
        PayloadView payload = explainer.payload(packet, tcp, fullPayload);
        AppLayer app = apps.track(packet, tcp);
        Explanation explanation = explainer.explain(packet, tcp).plus(AppSentences.explain(app));
        return new Dissection(packet, tcp, timestampNanos - firstTimestamp, payload, explanation, app);
    }

    /** Streams the explainer still holds state for; bounded however long the capture. */
    int trackedStreams() {
        return explainer.trackedStreams();
    }

    public long frames() {
        return frameNumber;
    }

    /** The first {@link org.echolab.sniffer.analyze.TcpAnalyzer#DEFAULT_SUMMARY_LIMIT} conversations in full. */
    public List<ConversationSummary> conversations() {
        return analyzer.conversations();
    }

    /** Counts over every conversation, however many. */
    public ConversationTotals totals() {
        return analyzer.totals();
    }

    public Explanation summarize(ConversationSummary summary) {
        return explainer.summarize(summary);
    }
}
