package org.echolab.sniffer.decode;

/**
 * Decodes the link-layer header of every supported {@link LinkType} and says where the network
 * layer starts. Ethernet and the loopback headers live in their own small classes; this class
 * dispatches and handles the headerless raw-IP types.
 */
final class LinkDecoder {
    static final int ETHERTYPE_IPV4 = 0x0800;
    static final int ETHERTYPE_IPV6 = 0x86dd;

    /** Returned instead of an offset when there is no IP layer to decode. */
    static final int NO_NETWORK_LAYER = -1;

    private LinkDecoder() {
    }

    /** Fills {@code b.link} and returns the offset of the IP header, or {@link #NO_NETWORK_LAYER}. */
    static int decode(int linkType, PacketBuilder b) {
        return switch (linkType) {
            case LinkType.ETHERNET -> EthernetDecoder.decode(b);
            case LinkType.NULL -> LoopbackDecoder.decode(b, false);
            case LinkType.LOOP -> LoopbackDecoder.decode(b, true);
            case LinkType.LINUX_SLL -> SllDecoder.decodeV1(b);
            case LinkType.LINUX_SLL2 -> SllDecoder.decodeV2(b);
            case LinkType.RAW, LinkType.RAW_ALT_12, LinkType.RAW_ALT_14 -> rawIp(b);
            case LinkType.IPV4 -> rawIpFixed(b, ETHERTYPE_IPV4);
            case LinkType.IPV6 -> rawIpFixed(b, ETHERTYPE_IPV6);
            default -> {
                b.fail("Link", Malformed.UNSUPPORTED_LINK_TYPE, 0, LinkType.name(linkType));
                yield NO_NETWORK_LAYER;
            }
        };
    }

    /** Whether the network layer after this EtherType is one the IP decoders handle. */
    static boolean isIp(int etherType) {
        return etherType == ETHERTYPE_IPV4 || etherType == ETHERTYPE_IPV6;
    }

    /** LINKTYPE_RAW (101, 12, 14): no header; the IP version nibble picks IPv4 or IPv6. */
    private static int rawIp(PacketBuilder b) {
        if (!b.require("Raw IP", 0, 1)) {
            return NO_NETWORK_LAYER;
        }
        int version = Wire.u8(b.data, 0) >>> 4;
        int etherType = version == 4 ? ETHERTYPE_IPV4 : version == 6 ? ETHERTYPE_IPV6 : 0;
        b.link = new LinkHeader.RawIp(0, 0, etherType);
        if (etherType == 0) {
            b.fail("Raw IP", Malformed.BAD_VERSION, 0, "IP version " + version + " is neither 4 nor 6");
            return NO_NETWORK_LAYER;
        }
        return 0;
    }

    /** LINKTYPE_IPV4 (228) and LINKTYPE_IPV6 (229): the link type itself names the version. */
    private static int rawIpFixed(PacketBuilder b, int etherType) {
        b.link = new LinkHeader.RawIp(0, 0, etherType);
        return 0;
    }
}
