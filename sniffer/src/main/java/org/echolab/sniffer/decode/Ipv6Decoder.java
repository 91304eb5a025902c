package org.echolab.sniffer.decode;

/**
 * Decodes an IPv6 header (RFC 8200), skips its extension headers and hands the upper-layer
 * payload to the transport decoders.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version| Traffic Class |           Flow Label                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Payload Length        |  Next Header  |   Hop Limit   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Source Address (16 bytes)                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Destination Address (16 bytes)                 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * Extension headers start with {@code Next Header, Hdr Ext Len}: hop-by-hop (0), routing (43)
 * and destination options (60) are {@code (len + 1) * 8} bytes, AH (51) is {@code (len + 2) * 4}
 * and fragment (44) is always 8. A fragment header with a non-zero offset means the upper-layer
 * header is in another fragment, so no transport is decoded. A payload length of 0 (jumbogram or
 * segmentation offload) is presumed to fill the frame, as tshark does.
 */
final class Ipv6Decoder {
    static final int VERSION_CLASS_FLOW_OFFSET = 0;
    static final int PAYLOAD_LENGTH_OFFSET = VERSION_CLASS_FLOW_OFFSET + 4;
    static final int NEXT_HEADER_OFFSET = PAYLOAD_LENGTH_OFFSET + 2;
    static final int HOP_LIMIT_OFFSET = NEXT_HEADER_OFFSET + 1;
    static final int SRC_OFFSET = HOP_LIMIT_OFFSET + 1;
    static final int DST_OFFSET = SRC_OFFSET + 16;
    static final int HEADER_SIZE = DST_OFFSET + 16;

    static final int HOP_BY_HOP = 0;
    static final int ROUTING = 43;
    static final int FRAGMENT = 44;
    static final int AUTHENTICATION = 51;
    static final int DESTINATION_OPTIONS = 60;
    static final int FRAGMENT_HEADER_SIZE = 8;
    /** Fragment header bytes 2-3: 13-bit offset, 2 reserved bits, M flag. */
    static final int FRAGMENT_OFFSET_FIELD = 2;

    private static final String LAYER = "IPv6";

    private Ipv6Decoder() {
    }

    static void decode(PacketBuilder b, int off) {
        byte[] d = b.data;
        if (!b.require(LAYER, off, 1)) {
            return;
        }
        int version = Wire.u8(d, off) >>> 4;
        if (version != 6) {
            b.fail(LAYER, Malformed.BAD_VERSION, off, "version " + version + ", expected 6");
            return;
        }
        if (!b.require(LAYER, off, HEADER_SIZE)) {
            return;
        }
        long first = Wire.u32(d, off);
        int payloadLength = Wire.u16(d, off + PAYLOAD_LENGTH_OFFSET);
        if (payloadLength == 0) {
            payloadLength = Math.max(b.frameEnd - off - HEADER_SIZE, 0);
        }
        int nextHeader = Wire.u8(d, off + NEXT_HEADER_OFFSET);
        int reportedEnd = (int) Math.min((long) off + HEADER_SIZE + payloadLength, b.frameEnd);

        int pos = off + HEADER_SIZE;
        int protocol = nextHeader;
        boolean laterFragment = false;
        while (isExtensionHeader(protocol)) {
            if (!b.require(LAYER, pos, 2)) {
                return;
            }
            int length = extensionLength(protocol, Wire.u8(d, pos + 1));
            if (pos + length > reportedEnd) {
                b.fail(LAYER, Malformed.BAD_PAYLOAD_LENGTH, pos, "extension header " + protocol + " of "
                        + length + " bytes runs past the payload end at " + reportedEnd);
                return;
            }
            if (!b.require(LAYER, pos, length)) {
                return;
            }
            if (protocol == FRAGMENT) {
                laterFragment = (Wire.u16(d, pos + FRAGMENT_OFFSET_FIELD) >>> 3) != 0;
            }
            protocol = Wire.u8(d, pos);
            pos += length;
        }
        b.ip = new IpHeader.Ipv6(off, pos - off, (int) (first >>> 20) & 0xff, (int) first & 0xfffff,
                payloadLength, nextHeader, Wire.u8(d, off + HOP_LIMIT_OFFSET), NetAddress.of(d, off + SRC_OFFSET, 16),
                NetAddress.of(d, off + DST_OFFSET, 16), protocol);
        if (!laterFragment) {
            TransportDecoder.decode(b, protocol, pos, reportedEnd);
        }
    }

    private static boolean isExtensionHeader(int nextHeader) {
        return nextHeader == HOP_BY_HOP || nextHeader == ROUTING || nextHeader == FRAGMENT
                || nextHeader == AUTHENTICATION || nextHeader == DESTINATION_OPTIONS;
    }

    private static int extensionLength(int nextHeader, int lengthField) {
        return switch (nextHeader) {
            case FRAGMENT -> FRAGMENT_HEADER_SIZE;
            case AUTHENTICATION -> (lengthField + 2) * 4;
            default -> (lengthField + 1) * 8;
        };
    }
}
