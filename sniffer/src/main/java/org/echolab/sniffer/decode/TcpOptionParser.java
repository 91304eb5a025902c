package org.echolab.sniffer.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the TCP options area the way tshark does.
 *
 * <pre>
 * EOL, NOP:   +------+                 others: +------+--------+---------------------+
 *             | kind |                         | kind | length | data (length - 2)   |
 *             +------+                         +------+--------+---------------------+
 *
 * MSS (2) length 4: 16-bit MSS            window scale (3) length 3: 8-bit shift
 * SACK permitted (4) length 2             SACK (5) length 2 + 8n: n (left, right) 32-bit edges
 * timestamps (8) length 10: 32-bit TSval, 32-bit TSecr
 * </pre>
 *
 * An option whose length byte is missing, below 2, or runs past the header ends parsing with a
 * {@link TcpOption.Malformed}: the bytes after it cannot be framed. A known option with a wrong
 * but well-framed length (MSS of length 3) is also {@link TcpOption.Malformed}, and parsing goes
 * on after it, as tshark's "option length should be 4" does. EOL ends the list; what follows is
 * padding.
 */
final class TcpOptionParser {
    /** NOPs at the offsets a TCP header usually has them: immutable, so one object each serves every segment. */
    private static final TcpOption.Nop[] NOPS = new TcpOption.Nop[256];

    static {
        for (int i = 0; i < NOPS.length; i++) {
            NOPS[i] = new TcpOption.Nop(i, 1);
        }
    }

    static final int KIND_OFFSET = 0;
    static final int LENGTH_OFFSET = KIND_OFFSET + 1;
    static final int DATA_OFFSET = LENGTH_OFFSET + 1;
    static final int MSS_LENGTH = 4;
    static final int WINDOW_SCALE_LENGTH = 3;
    static final int SACK_PERMITTED_LENGTH = 2;
    static final int TIMESTAMPS_LENGTH = 10;
    static final int SACK_BLOCK_SIZE = 8;

    private TcpOptionParser() {
    }

    /** Parses options in {@code d[start, end)}; the caller guarantees those bytes were captured. */
    static List<TcpOption> parse(byte[] d, int start, int end) {
        if (start >= end) {
            return List.of();
        }
        List<TcpOption> options = new ArrayList<>(6);
        int pos = start;
        while (pos < end) {
            int kind = Wire.u8(d, pos + KIND_OFFSET);
            if (kind == TcpOption.KIND_EOL) {
                options.add(new TcpOption.EndOfList(pos, 1));
                break;
            }
            if (kind == TcpOption.KIND_NOP) {
                options.add(pos < NOPS.length ? NOPS[pos] : new TcpOption.Nop(pos, 1));
                pos++;
                continue;
            }
            if (pos + LENGTH_OFFSET >= end) {
                options.add(new TcpOption.Malformed(pos, end - pos, kind, "length byte missing at end of header"));
                break;
            }
            int length = Wire.u8(d, pos + LENGTH_OFFSET);
            if (length < 2) {
                options.add(new TcpOption.Malformed(pos, end - pos, kind, "length " + length + " < 2"));
                break;
            }
            if (pos + length > end) {
                options.add(new TcpOption.Malformed(pos, end - pos, kind,
                        "length " + length + " runs past the header by " + (pos + length - end) + " bytes"));
                break;
            }
            options.add(parseOne(d, pos, kind, length));
            pos += length;
        }
        return options;
    }

    /** One well-framed option of {@code length} bytes at {@code pos}. */
    private static TcpOption parseOne(byte[] d, int pos, int kind, int length) {
        int data = pos + DATA_OFFSET;
        switch (kind) {
            case TcpOption.KIND_MSS:
                return length == MSS_LENGTH ? new TcpOption.Mss(pos, length, Wire.u16(d, data))
                        : wrongLength(pos, kind, length, MSS_LENGTH);
            case TcpOption.KIND_WINDOW_SCALE:
                return length == WINDOW_SCALE_LENGTH ? new TcpOption.WindowScale(pos, length, Wire.u8(d, data))
                        : wrongLength(pos, kind, length, WINDOW_SCALE_LENGTH);
            case TcpOption.KIND_SACK_PERMITTED:
                return length == SACK_PERMITTED_LENGTH ? new TcpOption.SackPermitted(pos, length)
                        : wrongLength(pos, kind, length, SACK_PERMITTED_LENGTH);
            case TcpOption.KIND_TIMESTAMPS:
                return length == TIMESTAMPS_LENGTH
                        ? new TcpOption.Timestamps(pos, length, Wire.u32(d, data), Wire.u32(d, data + 4))
                        : wrongLength(pos, kind, length, TIMESTAMPS_LENGTH);
            case TcpOption.KIND_SACK:
                return sack(d, pos, length);
            default:
                return new TcpOption.Unknown(pos, length, kind, Bytes.copyOf(d, data, length - DATA_OFFSET));
        }
    }

    private static TcpOption sack(byte[] d, int pos, int length) {
        int edges = length - DATA_OFFSET;
        if (edges == 0 || edges % SACK_BLOCK_SIZE != 0) {
            return new TcpOption.Malformed(pos, length, TcpOption.KIND_SACK,
                    "length " + length + " is not 2 + 8n with n >= 1");
        }
        List<TcpOption.SackBlock> blocks = new ArrayList<>(edges / SACK_BLOCK_SIZE);
        for (int at = pos + DATA_OFFSET; at < pos + length; at += SACK_BLOCK_SIZE) {
            blocks.add(new TcpOption.SackBlock(Wire.u32(d, at), Wire.u32(d, at + 4)));
        }
        return new TcpOption.Sack(pos, length, blocks);
    }

    private static TcpOption wrongLength(int pos, int kind, int length, int expected) {
        return new TcpOption.Malformed(pos, length, kind, "length " + length + ", expected " + expected);
    }
}
