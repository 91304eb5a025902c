package org.echolab.sniffer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.Dissector;
import org.echolab.sniffer.DissectorOptions;
import org.echolab.sniffer.analyze.ConversationSummary;
import org.echolab.sniffer.capture.FrameSource;
import org.echolab.sniffer.capture.Captures;
import org.echolab.sniffer.capture.RawFrame;
import org.echolab.sniffer.explain.Explanation;

/**
 * A whole capture file dissected in memory, for the views that need every packet before they
 * can draw anything (the flow diagram, the HTML report).
 *
 * @param summaries the explanation of each conversation, in the order of {@code conversations}
 */
record CaptureLoad(List<Dissection> packets, List<ConversationSummary> conversations,
        List<Explanation> summaries) {

    static CaptureLoad read(Path file, DissectorOptions options) {
        Dissector dissector = new Dissector(options);
        List<Dissection> packets = new ArrayList<>();
        try (FrameSource source = Captures.openFile(file, null)) {
            RawFrame f;
            while ((f = source.next()) != null) {
                packets.add(dissector.dissectOwned(f.linkType(), f.timestampNanos(), f.originalLength(), f.data()));
            }
        }
        List<ConversationSummary> conversations = dissector.conversations();
        List<Explanation> summaries = new ArrayList<>(conversations.size());
        for (ConversationSummary c : conversations) {
            summaries.add(dissector.summarize(c));
        }
        return new CaptureLoad(List.copyOf(packets), conversations, List.copyOf(summaries));
    }
}
