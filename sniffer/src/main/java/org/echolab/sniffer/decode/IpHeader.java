package org.echolab.sniffer.decode;

/**
 * An IPv4 or IPv6 header. {@link #payloadLength()} is what the header says its payload is
 * (IPv4 total length minus header length; the IPv6 payload length minus extension headers),
 * not what was captured: TCP's {@code Len=} is computed from it, as tshark does.
 */
public sealed interface IpHeader {
    int offset();

    int headerLength();

    NetAddress src();

    NetAddress dst();

    /** The upper-layer protocol number (6 TCP, 17 UDP …) after any IPv6 extension headers. */
    int protocol();

    int payloadLength();

    int ttlOrHopLimit();

    record Ipv4(int offset, int headerLength, int dscp, int ecn, int totalLength, int identification,
            int flags, int fragmentOffset, int ttl, int protocol, int checksum, NetAddress src, NetAddress dst,
            Bytes options) implements IpHeader {
        public static final int FLAG_RESERVED = 0x4;
        public static final int FLAG_DONT_FRAGMENT = 0x2;
        public static final int FLAG_MORE_FRAGMENTS = 0x1;

        @Override
        public int payloadLength() {
            return totalLength - headerLength;
        }

        @Override
        public int ttlOrHopLimit() {
            return ttl;
        }

        /** A fragment other than the first, or a first fragment with more to come. */
        public boolean isFragment() {
            return fragmentOffset != 0 || (flags & FLAG_MORE_FRAGMENTS) != 0;
        }
    }

    /**
     * IPv6; {@code headerLength} includes the extension headers that were skipped to reach
     * {@code protocol}.
     */
    record Ipv6(int offset, int headerLength, int trafficClass, int flowLabel, int declaredPayloadLength,
            int nextHeader, int hopLimit, NetAddress src, NetAddress dst, int protocol) implements IpHeader {
        @Override
        public int payloadLength() {
            return declaredPayloadLength - (headerLength - 40);
        }

        @Override
        public int ttlOrHopLimit() {
            return hopLimit;
        }
    }
}
