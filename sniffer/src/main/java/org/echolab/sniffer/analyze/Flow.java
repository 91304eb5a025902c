package org.echolab.sniffer.analyze;

import java.util.Arrays;

/**
 * One direction of a conversation: the {@code tcp_flow_t} of {@code packet-tcp.c} together with
 * its {@code tcp_analyze_seq_flow_info_t}. All sequence numbers are raw 32-bit values.
 *
 * <p>Wireshark treats a {@code nextSeq}, {@code lastAck} or {@code maxSeqToBeAcked} of 0 as
 * "not seen yet"; this class keeps that convention so that the rules match bit for bit.
 */
final class Flow {
    /** Wireshark stores at most this many unacknowledged segments per flow (TCP_MAX_UNACKED_SEGMENTS). */
    static final int MAX_UNACKED = 10_000;
    /** The SACK option parser keeps blocks 1..3 of {@code sack_left_edge[MAX_TCP_SACK_RANGES]}. */
    static final int MAX_SACK = 3;
    /** No window seen yet: Wireshark initialises {@code window} to G_MAXUINT32. */
    static final int WINDOW_UNSEEN = -1;
    /** Marks an unacked slot for removal; frame numbers start at 1. */
    private static final long DROPPED = -1;

    int baseSeq;
    boolean baseSeqSet;
    /** The shift from this side's window scale option; -1 unknown, -2 no scaling in use. */
    int winScale = -1;
    /** The last raw (unscaled) window this side sent. */
    int window = WINDOW_UNSEEN;
    /** Set by a SYN; cleared by this side's first ACK without SYN (issue 14690: SYN windows are unscaled). */
    boolean firstAck;
    /** Bytes in flight are valid until a gap is seen, and again after the peer ACKs. */
    boolean validBif = true;
    boolean closingInitiator;

    int nextSeq;
    long nextSeqFrame;
    long nextSeqTime;
    int lastAck;
    long lastAckTime;
    long lastNonDupAck;
    int dupAckNum;
    int maxSeqToBeAcked;
    /** The analysis flags of this side's previous segment (keep-alive ACK and probe ACK look back at it). */
    int lastSegmentFlags;

    boolean finSeen;
    int finNext;
    boolean finAcked;

    /** The unacknowledged segments, oldest first (Wireshark's list is newest first). */
    int unackedCount;
    long[] unackedFrame = new long[4];
    int[] unackedSeq = new int[4];
    int[] unackedNext = new int[4];
    long[] unackedTime = new long[4];

    int sackCount;
    final int[] sackLeft = new int[MAX_SACK];
    final int[] sackRight = new int[MAX_SACK];

    void addUnacked(long frame, int seq, int next, long time) {
        if (unackedCount == unackedFrame.length) {
            int n = unackedCount * 2;
            unackedFrame = Arrays.copyOf(unackedFrame, n);
            unackedSeq = Arrays.copyOf(unackedSeq, n);
            unackedNext = Arrays.copyOf(unackedNext, n);
            unackedTime = Arrays.copyOf(unackedTime, n);
        }
        unackedFrame[unackedCount] = frame;
        unackedSeq[unackedCount] = seq;
        unackedNext[unackedCount] = next;
        unackedTime[unackedCount] = time;
        unackedCount++;
    }

    /**
     * Drops the segments that {@code ack} covers, walking newest to oldest as Wireshark does; a
     * partly acknowledged segment keeps only its unacknowledged tail. The oldest segment whose end
     * equals {@code ack} is reported to {@code verdict} as the acknowledged frame, with its RTT.
     */
    void acknowledge(int ack, long now, Verdict verdict) {
        boolean dropped = false;
        for (int i = unackedCount - 1; i >= 0; i--) {
            int next = unackedNext[i];
            if (ack == next) {
                verdict.ackedFrame = unackedFrame[i];
                verdict.ackRttNanos = now - unackedTime[i];
            } else if (Seq32.gt(ack, unackedSeq[i]) && Seq32.le(ack, next)) {
                unackedSeq[i] = ack;
                continue;
            } else if (Seq32.gt(next, ack)) {
                continue;
            }
            unackedFrame[i] = DROPPED;
            dropped = true;
        }
        if (dropped) {
            compact();
        }
    }

    private void compact() {
        int w = 0;
        for (int r = 0; r < unackedCount; r++) {
            if (unackedFrame[r] != DROPPED) {
                unackedFrame[w] = unackedFrame[r];
                unackedSeq[w] = unackedSeq[r];
                unackedNext[w] = unackedNext[r];
                unackedTime[w] = unackedTime[r];
                w++;
            }
        }
        unackedCount = w;
    }

    /** Sequence space from the lowest unacked start to the highest unacked end, relative to the ISN. */
    long unackedSpan() {
        int first = unackedSeq[unackedCount - 1] - baseSeq;
        int last = unackedNext[unackedCount - 1] - baseSeq;
        for (int i = 0; i < unackedCount; i++) {
            int s = unackedSeq[i] - baseSeq;
            int e = unackedNext[i] - baseSeq;
            if (Integer.compareUnsigned(e, last) > 0) {
                last = e;
            }
            if (Integer.compareUnsigned(s, first) < 0) {
                first = s;
            }
        }
        return Seq32.unsigned(last - first);
    }
}
