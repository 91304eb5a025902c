package org.echolab.sniffer.decode;

/**
 * Decodes an IPv4 header (RFC 791) and hands its payload to the transport decoders.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |    DSCP   |ECN|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |Flags|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Options (IHL &gt; 5)                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * A total length of 0 is what the sending host captures under TCP segmentation offload; like
 * tshark, the decoder then presumes the datagram fills the frame and stores that presumed
 * length. A total length beyond the frame is capped at the frame ("IPv4 total length exceeds
 * packet length" in tshark), so TCP's segment length never counts bytes that were not sent.
 */
final class Ipv4Decoder {
    static final int VERSION_IHL_OFFSET = 0;
    static final int TOS_OFFSET = VERSION_IHL_OFFSET + 1;
    static final int TOTAL_LENGTH_OFFSET = TOS_OFFSET + 1;
    static final int IDENTIFICATION_OFFSET = TOTAL_LENGTH_OFFSET + 2;
    static final int FLAGS_FRAGMENT_OFFSET = IDENTIFICATION_OFFSET + 2;
    static final int TTL_OFFSET = FLAGS_FRAGMENT_OFFSET + 2;
    static final int PROTOCOL_OFFSET = TTL_OFFSET + 1;
    static final int CHECKSUM_OFFSET = PROTOCOL_OFFSET + 1;
    static final int SRC_OFFSET = CHECKSUM_OFFSET + 2;
    static final int DST_OFFSET = SRC_OFFSET + 4;
    static final int MIN_HEADER_SIZE = DST_OFFSET + 4;
    static final int FRAGMENT_OFFSET_MASK = 0x1fff;

    private static final String LAYER = "IPv4";

    private Ipv4Decoder() {
    }

    static void decode(PacketBuilder b, int off) {
        byte[] d = b.data;
        if (!b.require(LAYER, off, 1)) {
            return;
        }
        int version = Wire.u8(d, off) >>> 4;
        if (version != 4) {
            b.fail(LAYER, Malformed.BAD_VERSION, off, "version " + version + ", expected 4");
            return;
        }
        int headerLength = (Wire.u8(d, off) & 0x0f) * 4;
        if (headerLength < MIN_HEADER_SIZE) {
            b.fail(LAYER, Malformed.BAD_HEADER_LENGTH, off, "header length " + headerLength + " < 20");
            return;
        }
        if (!b.require(LAYER, off, headerLength)) {
            return;
        }
        int totalLength = Wire.u16(d, off + TOTAL_LENGTH_OFFSET);
        if (totalLength == 0) {
            totalLength = Math.min(b.frameEnd - off, 0xffff);
        }
        if (totalLength < headerLength) {
            b.fail(LAYER, Malformed.BAD_TOTAL_LENGTH, off + TOTAL_LENGTH_OFFSET,
                    "total length " + totalLength + " < header length " + headerLength);
            return;
        }
        int tos = Wire.u8(d, off + TOS_OFFSET);
        int flagsFragment = Wire.u16(d, off + FLAGS_FRAGMENT_OFFSET);
        int protocol = Wire.u8(d, off + PROTOCOL_OFFSET);
        int fragmentOffset = flagsFragment & FRAGMENT_OFFSET_MASK;
        b.ip = new IpHeader.Ipv4(off, headerLength, tos >>> 2, tos & 0x03, totalLength,
                Wire.u16(d, off + IDENTIFICATION_OFFSET), flagsFragment >>> 13, fragmentOffset,
                Wire.u8(d, off + TTL_OFFSET), protocol, Wire.u16(d, off + CHECKSUM_OFFSET),
                NetAddress.of(d, off + SRC_OFFSET, 4), NetAddress.of(d, off + DST_OFFSET, 4),
                b.slice(off + MIN_HEADER_SIZE, headerLength - MIN_HEADER_SIZE));
        if (fragmentOffset != 0) {
            return;
        }
        int reportedEnd = Math.min(off + totalLength, b.frameEnd);
        TransportDecoder.decode(b, protocol, off + headerLength, reportedEnd);
    }
}
