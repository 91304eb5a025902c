package org.echolab.sniffer.analyze;

import org.echolab.sniffer.decode.NetAddress;

/**
 * The live state of one TCP conversation: Wireshark's {@code struct tcp_analysis} (two flows,
 * stream index, completeness, handshake RTT) plus what the kit needs for phases and the
 * end-of-run summary. Side A is the first sender seen; which side is "flow1" does not change any
 * Wireshark rule, because both flows are treated alike.
 */
final class Conversation {
    final ConversationKey key;
    final int stream;
    final NetAddress addrA;
    final int portA;
    final NetAddress addrB;
    final int portB;
    final Flow a = new Flow();
    final Flow b = new Flow();
    /** True when side A opened the conversation (sent the SYN, or received the SYN-ACK). */
    boolean initiatorIsA = true;

    /** tcp.completeness bits accumulated so far (1 SYN, 2 SYN-ACK, 4 ACK, 8 DATA, 16 FIN, 32 RST). */
    int completeness;
    /** Time of the most recent pure SYN (ts_mru_syn); 0 means none, as nstime_is_zero does. */
    long mruSynNanos;
    /** The handshake round trip (ts_first_rtt); 0 means not measured yet. */
    long firstRttNanos;

    boolean synSeen;
    boolean synAckSeen;
    boolean handshakeDone;
    boolean finSeen;
    boolean resetSeen;
    /** null until the first FIN. */
    Boolean firstFinFromInitiator;

    long packets;
    long firstFrame;
    long lastFrame;
    long startNanos;
    long lastNanos;
    long bytesFromA;
    long bytesFromB;

    /** Queued for release once quiet (closed by RST or by both FINs being acknowledged). */
    boolean queuedForRelease;
    /** The table's live entry for its 4-tuple is this conversation (not yet replaced or released). */
    boolean inTable;

    Conversation(ConversationKey key, int stream, NetAddress addrA, int portA, NetAddress addrB, int portB) {
        this.key = key;
        this.stream = stream;
        this.addrA = addrA;
        this.portA = portA;
        this.addrB = addrB;
        this.portB = portB;
    }

    boolean isFromA(NetAddress src, int srcPort) {
        return srcPort == portA && src.equals(addrA) && !(portA == portB && addrA.equals(addrB));
    }

    boolean isClosed() {
        return resetSeen || (a.finAcked && b.finAcked);
    }

    ConversationSummary summary() {
        boolean aIsClient = initiatorIsA;
        return new ConversationSummary(stream, aIsClient ? addrA : addrB, aIsClient ? portA : portB,
                aIsClient ? addrB : addrA, aIsClient ? portB : portA, packets, firstFrame, lastFrame, startNanos,
                lastNanos, handshakeDone, aIsClient ? bytesFromA : bytesFromB, aIsClient ? bytesFromB : bytesFromA,
                firstFinFromInitiator, resetSeen, completeness);
    }

    /** Restores the counters of a conversation that was released and then saw more packets. */
    void restoreCounters(ConversationSummary s) {
        packets = s.packets();
        firstFrame = s.firstFrame();
        lastFrame = s.lastFrame();
        startNanos = s.startNanos();
        lastNanos = s.endNanos();
        handshakeDone = s.handshakeComplete();
        resetSeen = s.reset();
        firstFinFromInitiator = s.firstFinFromClient();
        bytesFromA = initiatorIsA ? s.bytesFromClient() : s.bytesFromServer();
        bytesFromB = initiatorIsA ? s.bytesFromServer() : s.bytesFromClient();
    }
}
