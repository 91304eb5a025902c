package org.echolab.sniffer.decode;

/**
 * Dispatches an IP payload to the TCP or UDP decoder and decodes UDP itself. Other protocols
 * (ICMP …) leave {@link Packet#transport()} null without being malformed.
 *
 * <p>Two ends bound every transport header: {@code reportedEnd}, where the IP header says the
 * datagram ends (capped at the frame length), and the end of the captured bytes. Lengths shown
 * to the user come from the first; bytes are only ever read below the second.
 *
 * <pre>
 * UDP (RFC 768)
 *  0      7 8     15 16    23 24    31
 * +--------+--------+--------+--------+
 * |   Source Port   | Destination Port|
 * +--------+--------+--------+--------+
 * |     Length      |    Checksum     |
 * +--------+--------+--------+--------+
 * </pre>
 */
final class TransportDecoder {
    static final int PROTOCOL_TCP = 6;
    static final int PROTOCOL_UDP = 17;

    static final int UDP_SRC_PORT_OFFSET = 0;
    static final int UDP_DST_PORT_OFFSET = UDP_SRC_PORT_OFFSET + 2;
    static final int UDP_LENGTH_OFFSET = UDP_DST_PORT_OFFSET + 2;
    static final int UDP_CHECKSUM_OFFSET = UDP_LENGTH_OFFSET + 2;
    static final int UDP_HEADER_SIZE = UDP_CHECKSUM_OFFSET + 2;

    private static final String UDP = "UDP";

    private TransportDecoder() {
    }

    static void decode(PacketBuilder b, int protocol, int off, int reportedEnd) {
        int captureEnd = Math.min(b.data.length, reportedEnd);
        if (protocol == PROTOCOL_TCP) {
            TcpDecoder.decode(b, off, reportedEnd - off, captureEnd);
        } else if (protocol == PROTOCOL_UDP) {
            decodeUdp(b, off, reportedEnd - off, captureEnd);
        }
    }

    private static void decodeUdp(PacketBuilder b, int off, int reportedLength, int captureEnd) {
        byte[] d = b.data;
        if (reportedLength < UDP_HEADER_SIZE) {
            b.fail(UDP, Malformed.BAD_LENGTH, off, "IP payload of " + reportedLength + " bytes < 8");
            return;
        }
        if (!b.require(UDP, off, UDP_HEADER_SIZE)) {
            return;
        }
        int length = Wire.u16(d, off + UDP_LENGTH_OFFSET);
        if (length < UDP_HEADER_SIZE || length > reportedLength) {
            b.fail(UDP, Malformed.BAD_LENGTH, off + UDP_LENGTH_OFFSET,
                    "length " + length + (length < UDP_HEADER_SIZE ? " < 8" : " > IP payload length " + reportedLength));
            return;
        }
        int payloadOffset = off + UDP_HEADER_SIZE;
        int payloadEnd = Math.min(off + length, captureEnd);
        b.transport = new Transport.Udp(off, Wire.u16(d, off + UDP_SRC_PORT_OFFSET),
                Wire.u16(d, off + UDP_DST_PORT_OFFSET), length, Wire.u16(d, off + UDP_CHECKSUM_OFFSET),
                payloadOffset, b.slice(payloadOffset, Math.max(payloadEnd - payloadOffset, 0)));
    }
}
