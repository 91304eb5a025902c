package org.echolab.sniffer.analyze;

import java.util.EnumSet;
import java.util.Set;

/**
 * The per-segment results of the sequence analysis while they are being worked out: the
 * {@code struct tcp_acked} that {@code tcp_analyze_get_acked_struct} creates for a frame.
 * One instance is reused for every packet, so the hot path allocates nothing here.
 */
final class Verdict {
    static final int RETRANSMISSION = bit(Finding.RETRANSMISSION);
    static final int FAST_RETRANSMISSION = bit(Finding.FAST_RETRANSMISSION);
    static final int SPURIOUS_RETRANSMISSION = bit(Finding.SPURIOUS_RETRANSMISSION);
    static final int OUT_OF_ORDER = bit(Finding.OUT_OF_ORDER);
    static final int LOST_SEGMENT = bit(Finding.LOST_SEGMENT);
    static final int ACK_LOST_SEGMENT = bit(Finding.ACK_LOST_SEGMENT);
    static final int DUPLICATE_ACK = bit(Finding.DUPLICATE_ACK);
    static final int ZERO_WINDOW = bit(Finding.ZERO_WINDOW);
    static final int ZERO_WINDOW_PROBE = bit(Finding.ZERO_WINDOW_PROBE);
    static final int ZERO_WINDOW_PROBE_ACK = bit(Finding.ZERO_WINDOW_PROBE_ACK);
    static final int WINDOW_UPDATE = bit(Finding.WINDOW_UPDATE);
    static final int WINDOW_FULL = bit(Finding.WINDOW_FULL);
    static final int KEEP_ALIVE = bit(Finding.KEEP_ALIVE);
    static final int KEEP_ALIVE_ACK = bit(Finding.KEEP_ALIVE_ACK);
    static final int REUSED_PORTS = bit(Finding.REUSED_PORTS);

    private static final Finding[] FINDINGS = Finding.values();

    int flags;
    int dupAckNum;
    long dupAckFrame;
    long ackedFrame;
    long ackRttNanos;
    long bytesInFlight;

    void reset() {
        flags = 0;
        dupAckNum = 0;
        dupAckFrame = 0;
        ackedFrame = 0;
        ackRttNanos = 0;
        bytesInFlight = 0;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The flags as a set; the empty set is shared, so segments without findings allocate nothing. */
    Set<Finding> findings() {
        if (flags == 0) {
            return Set.of();
        }
        EnumSet<Finding> set = EnumSet.noneOf(Finding.class);
        for (Finding f : FINDINGS) {
            if ((flags & bit(f)) != 0) {
                set.add(f);
            }
        }
        return set;
    }

    private static int bit(Finding f) {
        return 1 << f.ordinal();
    }
}
