package org.echolab.sniffer.analyze;

/**
 * Modular comparison of 32-bit TCP sequence numbers (RFC 9293 §3.4), the {@code GT_SEQ},
 * {@code LT_SEQ}, {@code LE_SEQ} macros of {@code packet-tcp.h}. Sequence numbers are held in a
 * Java {@code int} so that addition wraps at 2^32 exactly as the C {@code guint32} arithmetic
 * does; {@code a} is "after" {@code b} when the signed 32-bit difference is positive.
 */
final class Seq32 {
    private Seq32() {
    }

    static boolean gt(int a, int b) {
        return a - b > 0;
    }

    static boolean lt(int a, int b) {
        return a - b < 0;
    }

    static boolean le(int a, int b) {
        return a - b <= 0;
    }

    static boolean ge(int a, int b) {
        return a - b >= 0;
    }

    /** The value as Wireshark prints a {@code guint32}: 0 … 4294967295. */
    static long unsigned(int v) {
        return v & 0xFFFF_FFFFL;
    }
}
