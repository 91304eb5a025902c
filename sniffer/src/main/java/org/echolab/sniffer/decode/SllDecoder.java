package org.echolab.sniffer.decode;

/**
 * Linux cooked captures, written by {@code tcpdump -i any}: SLL (LINKTYPE_LINUX_SLL, 16 bytes)
 * and SLL2 (LINKTYPE_LINUX_SLL2, 20 bytes). The protocol field is an EtherType.
 */
final class SllDecoder {
    /**
     * SLL v1.
     *
     * <pre>
     *  0        2        4        6                                14       16
     * +--------+--------+--------+--------------------------------+--------+
     * | packet | ARPHRD | addr   | link-layer address (8, padded) | proto  |
     * | type   | type   | length |                                |        |
     * +--------+--------+--------+--------------------------------+--------+
     * </pre>
     */
    static final int V1_PACKET_TYPE_OFFSET = 0;
    static final int V1_ARPHRD_OFFSET = V1_PACKET_TYPE_OFFSET + 2;
    static final int V1_ADDR_LENGTH_OFFSET = V1_ARPHRD_OFFSET + 2;
    static final int V1_ADDR_OFFSET = V1_ADDR_LENGTH_OFFSET + 2;
    static final int ADDR_SIZE = 8;
    static final int V1_PROTOCOL_OFFSET = V1_ADDR_OFFSET + ADDR_SIZE;
    static final int V1_HEADER_SIZE = V1_PROTOCOL_OFFSET + 2;

    /**
     * SLL v2.
     *
     * <pre>
     *  0        2        4                 8        10   11   12                               20
     * +--------+--------+-----------------+--------+----+----+--------------------------------+
     * | proto  | rsvd   | interface index | ARPHRD | pkt| addr| link-layer address (8, padded)|
     * |        |        |                 | type   |type| len |                               |
     * +--------+--------+-----------------+--------+----+----+--------------------------------+
     * </pre>
     */
    static final int V2_PROTOCOL_OFFSET = 0;
    static final int V2_INTERFACE_OFFSET = V2_PROTOCOL_OFFSET + 4;
    static final int V2_ARPHRD_OFFSET = V2_INTERFACE_OFFSET + 4;
    static final int V2_PACKET_TYPE_OFFSET = V2_ARPHRD_OFFSET + 2;
    static final int V2_ADDR_LENGTH_OFFSET = V2_PACKET_TYPE_OFFSET + 1;
    static final int V2_ADDR_OFFSET = V2_ADDR_LENGTH_OFFSET + 1;
    static final int V2_HEADER_SIZE = V2_ADDR_OFFSET + ADDR_SIZE;

    private SllDecoder() {
    }

    static int decodeV1(PacketBuilder b) {
        byte[] d = b.data;
        if (!b.require("Linux SLL", 0, V1_HEADER_SIZE)) {
            return LinkDecoder.NO_NETWORK_LAYER;
        }
        int addrLength = Math.min(Wire.u16(d, V1_ADDR_LENGTH_OFFSET), ADDR_SIZE);
        int etherType = Wire.u16(d, V1_PROTOCOL_OFFSET);
        b.link = new LinkHeader.LinuxSll(0, V1_HEADER_SIZE, Wire.u16(d, V1_PACKET_TYPE_OFFSET),
                Wire.u16(d, V1_ARPHRD_OFFSET), b.slice(V1_ADDR_OFFSET, addrLength), etherType);
        return LinkDecoder.isIp(etherType) ? V1_HEADER_SIZE : LinkDecoder.NO_NETWORK_LAYER;
    }

    static int decodeV2(PacketBuilder b) {
        byte[] d = b.data;
        if (!b.require("Linux SLL2", 0, V2_HEADER_SIZE)) {
            return LinkDecoder.NO_NETWORK_LAYER;
        }
        int addrLength = Math.min(Wire.u8(d, V2_ADDR_LENGTH_OFFSET), ADDR_SIZE);
        int etherType = Wire.u16(d, V2_PROTOCOL_OFFSET);
        b.link = new LinkHeader.LinuxSll2(0, V2_HEADER_SIZE, etherType, Wire.u32(d, V2_INTERFACE_OFFSET),
                Wire.u16(d, V2_ARPHRD_OFFSET), Wire.u8(d, V2_PACKET_TYPE_OFFSET),
                b.slice(V2_ADDR_OFFSET, addrLength));
        return LinkDecoder.isIp(etherType) ? V2_HEADER_SIZE : LinkDecoder.NO_NETWORK_LAYER;
    }
}
