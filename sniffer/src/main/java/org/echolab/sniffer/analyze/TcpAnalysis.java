package org.echolab.sniffer.analyze;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the conversation analysis says about one TCP segment, as Wireshark's
 * {@code packet-tcp.c} computes it in a single pass (tshark without {@code -2}).
 *
 * @param stream tcp.stream: 0-based, in order of first appearance
 * @param fromInitiator true when the segment travels from the side that sent the first SYN (or,
 *     without a SYN, the side seen first)
 * @param relSeq tcp.seq (relative to the sender's ISN)
 * @param relAck tcp.ack (relative to the receiver's ISN); when the ACK flag is clear, the raw
 *     acknowledgment field as tshark shows it (usually 0)
 * @param rawSeq tcp.seq_raw
 * @param rawAck tcp.ack_raw
 * @param nextSeq tcp.nxtseq, relative: seq + len, plus 1 for SYN or FIN (tshark 4.0 shows it on
 *     every segment, pure ACKs included); -1 when Wireshark shows none
 * @param calcWindow tcp.window_size: the window after scaling
 * @param windowScale the multiplier applied (tcp.window_size_scalefactor): -1 unknown, -2 no
 *     scaling was negotiated; 0 on SYN segments, whose window is never scaled and for which
 *     tshark shows no scale factor
 * @param findings the expert analysis flags set on this segment, in {@link Finding}'s order (tshark's tcp.analysis.flags
 *     bits; note that tshark also shows the tcp.analysis.retransmission field on fast and spurious
 *     retransmissions, while this set then holds only the specific finding)
 * @param dupAckNumber n of "Dup ACK #n", 0 when not a duplicate ACK
 * @param dupAckOfFrame the frame this duplicates, 0 when none
 * @param ackedFrame the frame whose data this ACK acknowledges (tcp.analysis.acks_frame), 0 when none
 * @param ackRttNanos tcp.analysis.ack_rtt in nanoseconds, -1 when none (tshark omits a zero RTT)
 * @param bytesInFlight tcp.analysis.bytes_in_flight, -1 when none
 * @param phase handshake / data / teardown / reset
 * @param handshakeStep 1, 2 or 3 for the 3-way handshake segments, else 0
 * @param completeness tcp.completeness exactly as tshark prints it in a single pass: the bits
 *     accumulated from the segments <em>before</em> this one (the first SYN shows 0); the final
 *     value is in {@link ConversationSummary#completeness()}
 */
public record TcpAnalysis(int stream, boolean fromInitiator, long relSeq, long relAck, long rawSeq, long rawAck,
        long nextSeq, long calcWindow, int windowScale, Set<Finding> findings, int dupAckNumber, long dupAckOfFrame,
        long ackedFrame, long ackRttNanos, long bytesInFlight, Phase phase, int handshakeStep, int completeness) {
    /** Most segments have no finding: one shared empty set, an EnumSet like the others. */
    private static final Set<Finding> NO_FINDINGS = Collections.unmodifiableSet(EnumSet.noneOf(Finding.class));

    public TcpAnalysis {
        // An EnumSet: in Finding's order, the same on every run (Set.copyOf's order changes from
        // one JVM to the next), and a lookup is a bit test (the explainer asks for all 15 per segment).
        findings = findings.isEmpty() ? NO_FINDINGS : Collections.unmodifiableSet(EnumSet.copyOf(findings));
    }

    public boolean has(Finding f) {
        return findings.contains(f);
    }
}
