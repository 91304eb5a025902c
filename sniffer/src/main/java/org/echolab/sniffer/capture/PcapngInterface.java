package org.echolab.sniffer.capture;

/**
 * What a pcapng Interface Description Block says about its packets: link type, snaplen, and how
 * to turn a timestamp's ticks into nanoseconds.
 *
 * <pre>
 * IDB body: | link type (2) | reserved (2) | snaplen (4) | options: code (2), length (2), value, pad to 4 |
 * if_tsresol (code 9): top bit 0 → ticks of 10^-n s, top bit 1 → ticks of 2^-n s (default 10^-6)
 * if_tsoffset (code 14): seconds to add to every timestamp
 * </pre>
 *
 * @param tickExponent n of the resolution
 * @param binary true for 2^-n, false for 10^-n
 */
record PcapngInterface(int linkType, long snaplen, int tickExponent, boolean binary, long offsetSeconds) {
    private static final int OPT_END = 0;
    private static final int OPT_TSRESOL = 9;
    private static final int OPT_TSOFFSET = 14;
    private static final long NANOS = 1_000_000_000L;
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, NANOS,
    };

    /** Reads an IDB body; options it does not know, or cut short, are ignored (as libpcap does). */
    static PcapngInterface parse(byte[] body, int length, boolean bigEndian) {
        if (length < 8) {
            return new PcapngInterface(1, 0, 6, false, 0);
        }
        int linkType = SavefileSource.uint16(body, 0, bigEndian);
        long snaplen = SavefileSource.int32(body, 4, bigEndian) & 0xffffffffL;
        int exponent = 6;
        boolean binary = false;
        long offset = 0;
        int at = 8;
        while (at + 4 <= length) {
            int code = SavefileSource.uint16(body, at, bigEndian);
            int len = SavefileSource.uint16(body, at + 2, bigEndian);
            int value = at + 4;
            if (code == OPT_END || value + len > length) {
                break;
            }
            if (code == OPT_TSRESOL && len >= 1) {
                binary = (body[value] & 0x80) != 0;
                exponent = body[value] & 0x7f;
            } else if (code == OPT_TSOFFSET && len >= 8) {
                long hi = SavefileSource.int32(body, value, bigEndian) & 0xffffffffL;
                long lo = SavefileSource.int32(body, value + 4, bigEndian) & 0xffffffffL;
                offset = bigEndian ? hi << 32 | lo : lo << 32 | hi;
            }
            at = value + ((len + 3) & ~3);
        }
        return new PcapngInterface(linkType, snaplen, exponent, binary, offset);
    }

    /** Ticks since the epoch in this interface's resolution, as nanoseconds since the epoch. */
    long nanos(long ticks) {
        long offsetNanos = offsetSeconds * NANOS;
        if (binary) {
            int e = Math.min(tickExponent, 63);
            long seconds = ticks >>> e;
            long fraction = ticks & ((1L << e) - 1);
            // Keep fraction * 10^9 within 64 bits: drop low bits a nanosecond cannot show anyway.
            int drop = Math.max(0, e - 32);
            return offsetNanos + seconds * NANOS + ((fraction >>> drop) * NANOS >>> (e - drop));
        }
        if (tickExponent <= 9) {
            return offsetNanos + ticks * POWERS_OF_TEN[9 - tickExponent];
        }
        long perSecond = pow10(tickExponent);
        long seconds = Long.divideUnsigned(ticks, perSecond);
        long fraction = Long.remainderUnsigned(ticks, perSecond);
        return offsetNanos + seconds * NANOS + fraction / (perSecond / NANOS);
    }

    private static long pow10(int exponent) {
        long p = 1;
        for (int i = 0; i < Math.min(exponent, 18); i++) {
            p *= 10;
        }
        return p;
    }
}
