package org.echolab.sniffer.explain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the explainer remembers about one TCP conversation to tell the four steps of the
 * connection release apart, and which payload kinds it carried (for the summary).
 *
 * <p>A FIN consumes one sequence number, so the ACK that acknowledges a FIN carries
 * {@code Ack = FIN's Seq + 1}; {@link #finAck} stores that value per side (relative numbers).
 */
final class StreamNotes {
    /** Index 0: the client (initiator), 1: the server. */
    private final long[] finAck = {-1, -1};
    private int firstFinSide = -1;
    private boolean firstFinAcked;
    private boolean secondFinAcked;
    private final EnumSet<PayloadKind> kinds = EnumSet.noneOf(PayloadKind.class);

    /** The teardown step a FIN from {@code side} is. */
    enum FinStep {
        FIRST, SECOND, SECOND_AND_ACK, AGAIN
    }

    /** The teardown step an ACK from {@code side} is, or NONE. */
    enum AckStep {
        NONE, OF_FIRST_FIN, LAST
    }

    FinStep fin(int side, long finSeq, boolean hasAck, long relAck) {
        if (finAck[side] >= 0) {
            return FinStep.AGAIN;
        }
        finAck[side] = finSeq + 1;
        if (firstFinSide < 0) {
            firstFinSide = side;
            return FinStep.FIRST;
        }
        if (hasAck && !firstFinAcked && relAck == finAck[1 - side]) {
            firstFinAcked = true;
            return FinStep.SECOND_AND_ACK;
        }
        return FinStep.SECOND;
    }

    AckStep ack(int side, long relAck) {
        int peer = 1 - side;
        if (finAck[peer] < 0 || relAck != finAck[peer]) {
            return AckStep.NONE;
        }
        if (peer == firstFinSide && !firstFinAcked) {
            firstFinAcked = true;
            return AckStep.OF_FIRST_FIN;
        }
        if (peer != firstFinSide && !secondFinAcked) {
            secondFinAcked = true;
            return AckStep.LAST;
        }
        return AckStep.NONE;
    }

    /** True when the client sent the first FIN; only meaningful once a FIN was seen. */
    boolean firstFinFromClient() {
        return firstFinSide == 0;
    }

    void sawPayload(PayloadKind kind) {
        if (kind != PayloadKind.NONE) {
            kinds.add(kind);
        }
    }

    /** The kinds of payload seen so far, never {@link PayloadKind#NONE}; empty when none. */
    Set<PayloadKind> kinds() {
        return EnumSet.copyOf(kinds);
    }
}
