package org.echolab.sniffer.analyze;

import org.echolab.sniffer.decode.NetAddress;

/**
 * What remains of a released conversation: enough to decide port reuse as Wireshark does (a new
 * SYN whose sequence number differs from the old base sequence number opens a new stream) and to
 * resume the same stream index, relative numbers and window scaling if a straggler arrives.
 *
 * @param bits {@link #BASE_A_SET}, {@link #BASE_B_SET}, {@link #INITIATOR_A}, {@link #SYN_SEEN},
 *     {@link #SYN_ACK_SEEN}, {@link #FIN_SEEN}, {@link #HANDSHAKE_DONE}, {@link #RESET_SEEN}
 */
record Tombstone(int stream, NetAddress addrA, int portA, int baseA, int baseB, byte winScaleA, byte winScaleB,
        byte completeness, byte bits) {
    static final int BASE_A_SET = 1;
    static final int BASE_B_SET = 2;
    static final int INITIATOR_A = 4;
    static final int SYN_SEEN = 8;
    static final int SYN_ACK_SEEN = 16;
    static final int FIN_SEEN = 32;
    static final int HANDSHAKE_DONE = 64;
    static final int RESET_SEEN = 128;

    static Tombstone of(Conversation c) {
        int bits = (c.a.baseSeqSet ? BASE_A_SET : 0) | (c.b.baseSeqSet ? BASE_B_SET : 0)
                | (c.initiatorIsA ? INITIATOR_A : 0) | (c.synSeen ? SYN_SEEN : 0)
                | (c.synAckSeen ? SYN_ACK_SEEN : 0) | (c.finSeen ? FIN_SEEN : 0)
                | (c.handshakeDone ? HANDSHAKE_DONE : 0) | (c.resetSeen ? RESET_SEEN : 0);
        return new Tombstone(c.stream, c.addrA, c.portA, c.a.baseSeq, c.b.baseSeq, (byte) c.a.winScale,
                (byte) c.b.winScale, (byte) c.completeness, (byte) bits);
    }

    /** A fresh conversation with the old stream index, base sequence numbers and window scaling. */
    Conversation revive(ConversationKey key) {
        boolean aIsLow = addrA.equals(key.lowAddr()) && portA == key.lowPort();
        Conversation c = aIsLow
                ? new Conversation(key, stream, addrA, portA, key.highAddr(), key.highPort())
                : new Conversation(key, stream, addrA, portA, key.lowAddr(), key.lowPort());
        c.a.baseSeq = baseA;
        c.b.baseSeq = baseB;
        c.a.baseSeqSet = (bits & BASE_A_SET) != 0;
        c.b.baseSeqSet = (bits & BASE_B_SET) != 0;
        c.a.winScale = winScaleA;
        c.b.winScale = winScaleB;
        c.completeness = completeness;
        c.initiatorIsA = (bits & INITIATOR_A) != 0;
        c.synSeen = (bits & SYN_SEEN) != 0;
        c.synAckSeen = (bits & SYN_ACK_SEEN) != 0;
        c.finSeen = (bits & FIN_SEEN) != 0;
        c.handshakeDone = (bits & HANDSHAKE_DONE) != 0;
        c.resetSeen = (bits & RESET_SEEN) != 0;
        return c;
    }
}
