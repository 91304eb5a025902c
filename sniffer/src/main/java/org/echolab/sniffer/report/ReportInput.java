package org.echolab.sniffer.report;

import java.util.List;
import java.util.Set;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.analyze.ConversationSummary;
import org.echolab.sniffer.explain.Explanation;

/**
 * What a report shows: every dissected packet of one capture (dissected with the full payload, so
 * the comparison measures every byte), the conversations and their explanations.
 *
 * @param captureName the file name, shown as the title
 * @param summaries one explanation per conversation, in the order of {@code conversations}
 * @param kitPorts the ports whose conversations get the plaintext-vs-encrypted comparison
 */
public record ReportInput(String captureName, List<Dissection> packets, List<ConversationSummary> conversations,
        List<Explanation> summaries, Set<Integer> kitPorts) {
    public ReportInput {
        packets = List.copyOf(packets);
        conversations = List.copyOf(conversations);
        summaries = List.copyOf(summaries);
        kitPorts = Set.copyOf(kitPorts);
    }
}
