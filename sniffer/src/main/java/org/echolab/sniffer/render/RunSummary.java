package org.echolab.sniffer.render;

import java.util.List;
import org.echolab.sniffer.capture.CaptureStats;

/**
 * The end of a run: how many frames, one rendered paragraph per conversation, libpcap's counters
 * (null for a file) and any error that ended the run early (null when none).
 */
public record RunSummary(long frames, List<String> conversations, long moreConversations, CaptureStats stats) {
    public RunSummary {
        conversations = List.copyOf(conversations);
    }
}
