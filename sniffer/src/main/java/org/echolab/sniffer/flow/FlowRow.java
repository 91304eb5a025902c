package org.echolab.sniffer.flow;

import java.util.List;
import org.echolab.sniffer.analyze.Phase;

/**
 * One arrow of a ladder diagram: one TCP segment of the conversation.
 *
 * @param frame the frame number, as {@code sniffer read} and Wireshark count
 * @param relativeNanos time since the first frame of the capture
 * @param fromClient true for an arrow client → server
 * @param label flags and relative numbers, e.g. {@code PSH,ACK Seq=1 Ack=1 Len=5}
 * @param flags just the flags part of the label, e.g. {@code PSH,ACK}
 * @param numbers just the numbers part, e.g. {@code Seq=1 Ack=1 Len=5}
 * @param marks the analysis marks in the chosen language (Retransmission, Dup ACK #1 …) and,
 *     for a payload, what it is (quoted plaintext, an AES-GCM record …)
 * @param problem true when a mark signals trouble (a retransmission, a lost segment …) rather
 *     than a normal event such as a window update
 */
public record FlowRow(long frame, long relativeNanos, boolean fromClient, String label, String flags,
        String numbers, List<String> marks, Phase phase, boolean problem) {
    public FlowRow {
        marks = List.copyOf(marks);
    }
}
