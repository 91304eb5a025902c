package org.echolab.sniffer.analyze;

import org.echolab.sniffer.decode.NetAddress;

/**
 * A TCP 4-tuple with the two endpoints in a fixed order, so that both directions of a
 * conversation find the same entry (Wireshark's {@code find_conversation} matches either way).
 */
record ConversationKey(NetAddress lowAddr, int lowPort, NetAddress highAddr, int highPort) {
    static ConversationKey of(NetAddress src, int srcPort, NetAddress dst, int dstPort) {
        int c = src.compareTo(dst);
        if (c < 0 || (c == 0 && srcPort <= dstPort)) {
            return new ConversationKey(src, srcPort, dst, dstPort);
        }
        return new ConversationKey(dst, dstPort, src, srcPort);
    }

    // Written out rather than left to the record: every packet looks its conversation up by
    // this key, and the generated methods go through method handles.
    @Override
    public boolean equals(Object o) {
        return o instanceof ConversationKey k && lowPort == k.lowPort && highPort == k.highPort
                && lowAddr.equals(k.lowAddr) && highAddr.equals(k.highAddr);
    }

    @Override
    public int hashCode() {
        return ((lowAddr.hashCode() * 31 + lowPort) * 31 + highAddr.hashCode()) * 31 + highPort;
    }
}
