package org.echolab.sniffer.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pcapng file: section headers (either byte order), interface descriptions with their own link
 * type and timestamp resolution, and enhanced, simple and obsolete packet blocks; every other
 * block is skipped, as the format asks.
 *
 * <pre>
 * every block:  +------+--------------+---------- ... ---+--------------+
 *               | type | total length |       body       | total length |
 *               +------+--------------+---------- ... ---+--------------+
 * EPB body:     interface id, timestamp (high, low), captured length, original length, data, options
 * </pre>
 */
final class PcapngFileSource extends SavefileSource {
    static final int SHB = 0x0a0d0d0a;
    static final int IDB = 1;
    static final int OBSOLETE_PACKET = 2;
    static final int SPB = 3;
    static final int EPB = 6;
    private static final int BYTE_ORDER_MAGIC = 0x1a2b3c4d;
    /** Bigger blocks are damage; a packet block is bounded by the frame limit. */
    private static final int MAX_BLOCK_BYTES = 16 << 20;

    private final List<PcapngInterface> interfaces = new ArrayList<>();
    private final byte[] head = new byte[8];
    private byte[] body = new byte[65_536];
    private boolean bigEndian;

    PcapngFileSource(SavefileInput in, String name, byte[] magic) throws SavefileInput.Truncated {
        super(in, name);
        System.arraycopy(magic, 0, head, 0, 4);
        in.readFully(head, 4, 4);
        readSectionHeader();
    }

    static boolean isPcapng(byte[] magic) {
        return SavefileSource.int32(magic, 0, true) == SHB;
    }

    /** The link type of the first interface (frames carry their own). */
    @Override
    public int linkType() {
        return interfaces.isEmpty() ? 1 : interfaces.get(0).linkType();
    }

    @Override
    RawFrame readFrame() throws SavefileInput.Truncated {
        while (true) {
            if (!in.read(head, 0, 8)) {
                return null;
            }
            int type = int32(head, 0, bigEndian);
            if (type == SHB) {
                readSectionHeader();
                continue;
            }
            int bodyLength = readBody(int32(head, 4, bigEndian) & 0xffffffffL);
            switch (type) {
                case IDB -> interfaces.add(PcapngInterface.parse(body, bodyLength, bigEndian));
                case EPB -> {
                    return packet(int32(body, 0, bigEndian), 4, 12, bodyLength);
                }
                case OBSOLETE_PACKET -> {
                    return packet(uint16(body, 0, bigEndian), 4, 12, bodyLength);
                }
                case SPB -> {
                    return simplePacket(bodyLength);
                }
                default -> {
                    // Name resolution, statistics, custom blocks: nothing a packet list needs.
                }
            }
        }
    }

    /** EPB and the obsolete packet block: interface, timestamp, lengths, then the data. */
    private RawFrame packet(int interfaceId, int tsOffset, int lengthsOffset, int bodyLength) {
        PcapngInterface iface = iface(interfaceId);
        long caplen = int32(body, lengthsOffset, bigEndian) & 0xffffffffL;
        long origLen = int32(body, lengthsOffset + 4, bigEndian) & 0xffffffffL;
        int dataOffset = lengthsOffset + 8;
        if (caplen > MAX_FRAME_BYTES || dataOffset + caplen > bodyLength) {
            throw damaged(caplen);
        }
        long ticks = (long) int32(body, tsOffset, bigEndian) << 32 | int32(body, tsOffset + 4, bigEndian) & 0xffffffffL;
        byte[] data = Arrays.copyOfRange(body, dataOffset, dataOffset + (int) caplen);
        return new RawFrame(iface.linkType(), iface.nanos(ticks), (int) Math.min(origLen, Integer.MAX_VALUE), data);
    }

    /** SPB: no timestamp and no captured length; the data is the original length cut to the snaplen. */
    private RawFrame simplePacket(int bodyLength) {
        PcapngInterface iface = iface(0);
        long origLen = int32(body, 0, bigEndian) & 0xffffffffL;
        long caplen = Math.min(origLen, bodyLength - 4L);
        if (iface.snaplen() > 0) {
            caplen = Math.min(caplen, iface.snaplen());
        }
        if (caplen > MAX_FRAME_BYTES) {
            throw damaged(caplen);
        }
        byte[] data = Arrays.copyOfRange(body, 4, 4 + (int) caplen);
        return new RawFrame(iface.linkType(), 0, (int) Math.min(origLen, Integer.MAX_VALUE), data);
    }

    private PcapngInterface iface(int id) {
        if (id < 0 || id >= interfaces.size()) {
            throw new CaptureException("capture.error.badInterface", name, Long.toString(frames() + 1),
                    Integer.toString(id));
        }
        return interfaces.get(id);
    }

    /** Reads a block's body and trailing length into {@link #body}; returns the body's length. */
    private int readBody(long totalLength) throws SavefileInput.Truncated {
        if (totalLength < 12 || totalLength % 4 != 0 || totalLength > MAX_BLOCK_BYTES) {
            throw damaged(totalLength);
        }
        int rest = (int) totalLength - 8;
        if (body.length < rest) {
            body = new byte[Math.max(rest, body.length * 2)];
        }
        in.readFully(body, 0, rest);
        if ((int32(body, rest - 4, bigEndian) & 0xffffffffL) != totalLength) {
            throw damaged(totalLength);
        }
        return rest - 4;
    }

    /** A new section: its byte-order magic sets the byte order, and its interfaces start afresh. */
    private void readSectionHeader() throws SavefileInput.Truncated {
        byte[] bom = new byte[4];
        in.readFully(bom, 0, 4);
        bigEndian = int32(bom, 0, true) == BYTE_ORDER_MAGIC;
        if (!bigEndian && int32(bom, 0, false) != BYTE_ORDER_MAGIC) {
            throw new CaptureException("capture.error.notCapture", name, hex(bom));
        }
        long totalLength = int32(head, 4, bigEndian) & 0xffffffffL;
        if (totalLength < 28 || totalLength % 4 != 0 || totalLength > MAX_BLOCK_BYTES) {
            throw damaged(totalLength);
        }
        in.skip(totalLength - 12);
        interfaces.clear();
    }
}
