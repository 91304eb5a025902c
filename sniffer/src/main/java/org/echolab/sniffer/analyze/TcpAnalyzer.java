package org.echolab.sniffer.analyze;

import java.util.List;
import org.echolab.sniffer.decode.Packet;

/**
 * Wireshark's TCP conversation analysis, one packet at a time, in capture order. Deterministic
 * and free of I/O; time comes only from the packets' timestamps. Not thread-safe: one analyzer
 * per capture.
 */
public final class TcpAnalyzer {
    /** The analysis of {@code packet}, or null when it is not a (decodable) TCP segment. */
    public TcpAnalysis analyze(Packet packet) {
        throw new UnsupportedOperationException("TODO: analyzer");
    }

    /** Summaries of every conversation seen so far, by stream index. */
    public List<ConversationSummary> conversations() {
        throw new UnsupportedOperationException("TODO: analyzer");
    }
}
