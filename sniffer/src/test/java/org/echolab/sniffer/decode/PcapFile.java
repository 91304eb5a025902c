package org.echolab.sniffer.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes classic pcap files by hand, so tests can hand crafted frames to tshark.
 *
 * <pre>
 * global header (24 bytes, little-endian)           record header (16 bytes) + frame
 * +------------+-------+-------+------+------+----+ +--------+---------+----------+----------+-------+
 * | a1b2c3d4   | 2     | 4     | zone | sig  |snap| | ts sec | ts usec | incl_len | orig_len | bytes |
 * | magic (4)  | major | minor | (4)  | (4)  |(4) | |  (4)   |  (4)    |   (4)    |   (4)    |       |
 * +------------+-------+-------+------+------+----+ +--------+---------+----------+----------+-------+
 *   ... then the link type (4)
 * </pre>
 */
final class PcapFile {
    static final int MAGIC = 0xa1b2c3d4;
    static final int SNAPLEN = 262144;

    /** One frame as captured; {@code originalLength} larger than the bytes means snaplen cut it. */
    record Frame(byte[] bytes, int originalLength) {
        static Frame whole(byte[] bytes) {
            return new Frame(bytes, bytes.length);
        }
    }

    private PcapFile() {
    }

    static void write(Path file, int linkType, List<Frame> frames) throws IOException {
        int size = 24;
        for (Frame f : frames) {
            size += 16 + f.bytes().length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(SNAPLEN).putInt(linkType);
        int second = 1_700_000_000;
        for (Frame f : frames) {
            out.putInt(second++).putInt(0).putInt(f.bytes().length).putInt(f.originalLength()).put(f.bytes());
        }
        Files.write(file, out.array());
    }
}
