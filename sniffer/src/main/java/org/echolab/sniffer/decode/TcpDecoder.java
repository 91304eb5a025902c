package org.echolab.sniffer.decode;

import java.util.List;

/**
 * Decodes a TCP header (RFC 9293) and its options.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Source Port          |       Destination Port        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Sequence Number                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Acknowledgment Number                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Data |Rsv|A|C|E|U|A|P|R|S|F|                               |
 * | Offset|   |E|W|C|R|C|S|S|Y|I|            Window             |
 * |       |   | |R|E|G|K|H|T|N|N|                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Checksum            |         Urgent Pointer        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 Options (Data Offset &gt; 5)                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * The 12 bits after the data offset are kept whole in {@code flags}, reserved bits included,
 * as tshark's {@code tcp.flags} does.
 */
final class TcpDecoder {
    static final int SRC_PORT_OFFSET = 0;
    static final int DST_PORT_OFFSET = SRC_PORT_OFFSET + 2;
    static final int SEQ_OFFSET = DST_PORT_OFFSET + 2;
    static final int ACK_OFFSET = SEQ_OFFSET + 4;
    static final int DATA_OFFSET_FLAGS_OFFSET = ACK_OFFSET + 4;
    static final int WINDOW_OFFSET = DATA_OFFSET_FLAGS_OFFSET + 2;
    static final int CHECKSUM_OFFSET = WINDOW_OFFSET + 2;
    static final int URGENT_POINTER_OFFSET = CHECKSUM_OFFSET + 2;
    static final int MIN_HEADER_SIZE = URGENT_POINTER_OFFSET + 2;
    static final int FLAGS_MASK = 0x0fff;

    private static final String LAYER = "TCP";

    private TcpDecoder() {
    }

    /**
     * @param reportedLength the segment length the IP header declares
     * @param captureEnd the end of the segment's captured bytes in the frame
     */
    static void decode(PacketBuilder b, int off, int reportedLength, int captureEnd) {
        byte[] d = b.data;
        if (reportedLength < MIN_HEADER_SIZE) {
            b.fail(LAYER, Malformed.SHORT_SEGMENT, off, "segment of " + reportedLength + " bytes < 20");
            return;
        }
        if (!b.require(LAYER, off, MIN_HEADER_SIZE)) {
            return;
        }
        int offsetFlags = Wire.u16(d, off + DATA_OFFSET_FLAGS_OFFSET);
        int headerLength = (offsetFlags >>> 12) * 4;
        if (headerLength < MIN_HEADER_SIZE) {
            b.fail(LAYER, Malformed.BAD_HEADER_LENGTH, off + DATA_OFFSET_FLAGS_OFFSET,
                    "header length " + headerLength + " < 20");
            return;
        }
        if (headerLength > reportedLength) {
            b.fail(LAYER, Malformed.SHORT_SEGMENT, off + DATA_OFFSET_FLAGS_OFFSET,
                    "header length " + headerLength + " > segment of " + reportedLength + " bytes");
            return;
        }
        if (!b.require(LAYER, off, headerLength)) {
            return;
        }
        List<TcpOption> options = TcpOptionParser.parse(d, off + MIN_HEADER_SIZE, off + headerLength);
        int payloadOffset = off + headerLength;
        b.transport = new Transport.Tcp(off, Wire.u16(d, off + SRC_PORT_OFFSET), Wire.u16(d, off + DST_PORT_OFFSET),
                Wire.u32(d, off + SEQ_OFFSET), Wire.u32(d, off + ACK_OFFSET), headerLength,
                offsetFlags & FLAGS_MASK, Wire.u16(d, off + WINDOW_OFFSET), Wire.u16(d, off + CHECKSUM_OFFSET),
                Wire.u16(d, off + URGENT_POINTER_OFFSET), options, reportedLength - headerLength, payloadOffset,
                b.slice(payloadOffset, Math.max(captureEnd - payloadOffset, 0)));
    }
}
