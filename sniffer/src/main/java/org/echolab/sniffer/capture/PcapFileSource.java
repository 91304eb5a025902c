package org.echolab.sniffer.capture;

/**
 * A classic libpcap savefile, either byte order, microsecond or nanosecond timestamps.
 *
 * <pre>
 * file header (24 bytes)                      record header (16 bytes), then incl_len bytes
 * +--------+-----+-----+------+------+-----+-----+   +--------+---------+----------+----------+
 * | magic  | maj | min | zone | sigf | snap| link|   | ts_sec | ts_frac | incl_len | orig_len |
 * +--------+-----+-----+------+------+-----+-----+   +--------+---------+----------+----------+
 *  a1b2c3d4: microseconds, a1b23c4d: nanoseconds, written in the writer's byte order
 * </pre>
 */
final class PcapFileSource extends SavefileSource {
    private static final int MAGIC_MICROS = 0xa1b2c3d4;
    private static final int MAGIC_NANOS = 0xa1b23c4d;
    private static final int FILE_HEADER_BYTES = 24;
    private static final int RECORD_HEADER_BYTES = 16;
    /** The upper bits of the link-type field carry FCS information, not the type. */
    private static final int LINK_TYPE_MASK = 0x0fffffff;

    private final boolean bigEndian;
    private final long nanosPerTick;
    private final int linkType;
    private final byte[] record = new byte[RECORD_HEADER_BYTES];

    PcapFileSource(SavefileInput in, String name, byte[] magic) throws SavefileInput.Truncated {
        super(in, name);
        int be = int32(magic, 0, true);
        this.bigEndian = be == MAGIC_MICROS || be == MAGIC_NANOS;
        int m = int32(magic, 0, bigEndian);
        this.nanosPerTick = m == MAGIC_NANOS ? 1 : 1000;
        byte[] header = new byte[FILE_HEADER_BYTES];
        System.arraycopy(magic, 0, header, 0, 4);
        in.readFully(header, 4, FILE_HEADER_BYTES - 4);
        this.linkType = int32(header, 20, bigEndian) & LINK_TYPE_MASK;
    }

    static boolean isPcap(byte[] magic) {
        int be = int32(magic, 0, true);
        int le = int32(magic, 0, false);
        return be == MAGIC_MICROS || be == MAGIC_NANOS || le == MAGIC_MICROS || le == MAGIC_NANOS;
    }

    @Override
    public int linkType() {
        return linkType;
    }

    @Override
    RawFrame readFrame() throws SavefileInput.Truncated {
        if (!in.read(record, 0, RECORD_HEADER_BYTES)) {
            return null;
        }
        long seconds = int32(record, 0, bigEndian) & 0xffffffffL;
        long fraction = int32(record, 4, bigEndian) & 0xffffffffL;
        long caplen = int32(record, 8, bigEndian) & 0xffffffffL;
        long origLen = int32(record, 12, bigEndian) & 0xffffffffL;
        if (caplen > MAX_FRAME_BYTES) {
            throw damaged(caplen);
        }
        byte[] data = new byte[(int) caplen];
        in.readFully(data, 0, data.length);
        return new RawFrame(linkType, seconds * 1_000_000_000L + fraction * nanosPerTick,
                (int) Math.min(origLen, Integer.MAX_VALUE), data);
    }
}
