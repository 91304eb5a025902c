package org.echolab.sniffer.decode;

import java.util.HexFormat;

/**
 * Hex building blocks for decoder tests. Headers are spelled out in hex with their fields
 * commented; only the length fields are computed, so fixtures stay consistent when a payload
 * changes.
 */
final class Frames {
    /** 127.0.0.1 → 127.0.0.2. */
    static final String IPV4_ADDRESSES = "7f000001 7f000002";
    /** 2001:db8::1 → fe80::1. */
    static final String IPV6_ADDRESSES = "20010db8000000000000000000000001 fe800000000000000000000000000001";

    /**
     * The SYN Linux sends: 50000 → 8080, seq 1, window 65495, options MSS 65495, SACK_PERM,
     * TS val 4294967295 (unsigned!) ecr 0, NOP, WS 7.
     */
    static final String TCP_SYN_LINUX = "c350 1f90 00000001 00000000 a002 ffd7 0000 0000"
            + "0204ffd7 0402 080affffffff00000000 01 030307";
    /** An ACK with "HELLO": 50000 → 8080, seq 2, ack 1000, window 512, PSH|ACK. */
    static final String TCP_HELLO = "c350 1f90 00000002 000003e8 5018 0200 0000 0000" + "48454c4c4f";
    /** A UDP datagram 53000 → 53 with "hi". */
    static final String UDP_HI = "cf08 0035 000a 0000 6869";
    /** An ARP request (28 bytes). */
    static final String ARP = "0001 0800 06 04 0001 020000000001 7f000001 000000000000 7f000002";

    private Frames() {
    }

    static byte[] hex(String... parts) {
        return HexFormat.of().parseHex(String.join("", parts).replace(" ", ""));
    }

    static int byteLength(String hex) {
        return hex.replace(" ", "").length() / 2;
    }

    static String u16(int value) {
        return HexFormat.of().toHexDigits((short) value);
    }

    /** An IPv4 header (IHL 5, DF, TTL 64) with the right total length, then {@code payload}. */
    static String ipv4(int protocol, String payload) {
        return "4500" + u16(20 + byteLength(payload)) + "1234 4000 40" + HexFormat.of().toHexDigits((byte) protocol)
                + "0000" + IPV4_ADDRESSES + payload;
    }

    /** An IPv6 header (hop limit 64) with the right payload length, then {@code payload}. */
    static String ipv6(int nextHeader, String payload) {
        return "60000000" + u16(byteLength(payload)) + HexFormat.of().toHexDigits((byte) nextHeader) + "40"
                + IPV6_ADDRESSES + payload;
    }

    static String ethernet(int etherType, String payload) {
        return "020000000002 020000000001" + u16(etherType) + payload;
    }

    /** Linux SLL v1: outgoing (4), ARPHRD_ETHER, 6-byte address padded to 8. */
    static String sll(int etherType, String payload) {
        return "0004 0001 0006 020000000001 0000" + u16(etherType) + payload;
    }

    /** Linux SLL v2: interface 1, ARPHRD_LOOPBACK (772), outgoing, 6-byte address. */
    static String sll2(int etherType, String payload) {
        return u16(etherType) + "0000 00000001 0304 04 06 000000000000 0000" + payload;
    }

    /** BSD NULL as a little-endian host writes it. */
    static String nullLittleEndian(int family, String payload) {
        return HexFormat.of().toHexDigits((byte) family) + "000000" + payload;
    }

    static String bigEndianFamily(int family, String payload) {
        return "000000" + HexFormat.of().toHexDigits((byte) family) + payload;
    }

    static Packet decode(int linkType, String... hexParts) {
        byte[] frame = hex(hexParts);
        return Decoder.decode(1, 0, linkType, frame, frame.length);
    }
}
