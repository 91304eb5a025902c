package org.echolab.sniffer.analyze;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal classic-pcap reader for the oracle tests: the 24-byte file header (magic in either
 * byte order, microsecond {@code a1b2c3d4} or nanosecond {@code a1b23c4d} timestamps), then
 * records of a 16-byte header ({@code ts_sec, ts_frac, incl_len, orig_len}) and the frame bytes.
 */
final class PcapReader {
    private static final int MAGIC_MICROS = 0xa1b2c3d4;
    private static final int MAGIC_NANOS = 0xa1b23c4d;

    record Record(long number, long timestampNanos, byte[] data, int originalLength) {
    }

    record Capture(int linkType, List<Record> records) {
    }

    private PcapReader() {
    }

    static Capture read(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int magic = buf.getInt(0);
        if (magic != MAGIC_MICROS && magic != MAGIC_NANOS) {
            buf.order(ByteOrder.BIG_ENDIAN);
            magic = buf.getInt(0);
        }
        if (magic != MAGIC_MICROS && magic != MAGIC_NANOS) {
            throw new IOException("not a classic pcap file (magic " + Integer.toHexString(buf.getInt(0)) + "): "
                    + file);
        }
        long fracToNanos = magic == MAGIC_NANOS ? 1 : 1000;
        int linkType = buf.getInt(20);
        List<Record> records = new ArrayList<>();
        int pos = 24;
        while (pos + 16 <= buf.limit()) {
            long sec = Integer.toUnsignedLong(buf.getInt(pos));
            long frac = Integer.toUnsignedLong(buf.getInt(pos + 4));
            int incl = buf.getInt(pos + 8);
            int orig = buf.getInt(pos + 12);
            if (incl < 0 || pos + 16 + incl > buf.limit()) {
                throw new IOException("record " + (records.size() + 1) + " runs past the end of " + file);
            }
            byte[] data = Arrays.copyOfRange(buf.array(), pos + 16, pos + 16 + incl);
            records.add(new Record(records.size() + 1, sec * 1_000_000_000L + frac * fracToNanos, data, orig));
            pos += 16 + incl;
        }
        return new Capture(linkType, records);
    }
}
