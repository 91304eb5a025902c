package org.echolab.sniffer.decode;

/**
 * BSD loopback (LINKTYPE_NULL) and OpenBSD loopback (LINKTYPE_LOOP): a 4-byte address family
 * before the IP header.
 *
 * <pre>
 *  0               4
 * +---------------+----------------
 * | family        | IPv4 or IPv6 ...
 * +---------------+----------------
 * </pre>
 *
 * NULL writes the family in the capturing host's byte order, so a little-endian read that
 * gives a small number (under 0x10000) means the host was little-endian; LOOP is always
 * big-endian. Family 2 is IPv4; 24, 28 and 30 are IPv6 (NetBSD/OpenBSD, FreeBSD, macOS).
 */
final class LoopbackDecoder {
    static final int FAMILY_OFFSET = 0;
    static final int HEADER_SIZE = FAMILY_OFFSET + 4;
    static final long AF_INET = 2;
    static final long AF_INET6_BSD = 24;
    static final long AF_INET6_FREEBSD = 28;
    static final long AF_INET6_DARWIN = 30;

    private LoopbackDecoder() {
    }

    static int decode(PacketBuilder b, boolean alwaysBigEndian) {
        if (!b.require("Loopback", 0, HEADER_SIZE)) {
            return LinkDecoder.NO_NETWORK_LAYER;
        }
        long le = Wire.u32le(b.data, FAMILY_OFFSET);
        boolean littleEndian = !alwaysBigEndian && le < 0x10000;
        long family = littleEndian ? le : Wire.u32(b.data, FAMILY_OFFSET);
        int etherType = etherTypeOf(family);
        b.link = new LinkHeader.Loopback(0, HEADER_SIZE, family, littleEndian, etherType);
        return etherType == 0 ? LinkDecoder.NO_NETWORK_LAYER : HEADER_SIZE;
    }

    /** The EtherType equivalent of an address family, or 0 when it is not IP. */
    private static int etherTypeOf(long family) {
        if (family == AF_INET) {
            return LinkDecoder.ETHERTYPE_IPV4;
        }
        if (family == AF_INET6_BSD || family == AF_INET6_FREEBSD || family == AF_INET6_DARWIN) {
            return LinkDecoder.ETHERTYPE_IPV6;
        }
        return 0;
    }
}
