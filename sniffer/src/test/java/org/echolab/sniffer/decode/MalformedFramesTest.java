package org.echolab.sniffer.decode;

import static org.echolab.sniffer.decode.Frames.IPV4_ADDRESSES;
import static org.echolab.sniffer.decode.Frames.IPV6_ADDRESSES;
import static org.echolab.sniffer.decode.Frames.TCP_HELLO;
import static org.echolab.sniffer.decode.Frames.ethernet;
import static org.echolab.sniffer.decode.Frames.ipv4;
import static org.echolab.sniffer.decode.Frames.ipv6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Every {@link Malformed} kind, with the layer that failed and the offset it points at. */
class MalformedFramesTest {
    private static Packet decode(int linkType, String... hex) {
        return Frames.decode(linkType, hex);
    }

    /** Decodes a frame that was cut by snaplen: the wire length is larger than what was captured. */
    private static Packet decodeSnapped(int linkType, int originalLength, String... hex) {
        byte[] frame = Frames.hex(hex);
        return Decoder.decode(1, 0, linkType, frame, originalLength);
    }

    private static void assertMalformed(Packet p, String layer, String kind, int offset) {
        assertNotNull(p.malformed(), "expected " + kind);
        assertEquals(layer, p.malformed().layer(), p.malformed().toString());
        assertEquals(kind, p.malformed().kind(), p.malformed().toString());
        assertEquals(offset, p.malformed().offset(), p.malformed().toString());
    }

    @Test
    void truncatedEthernetHasNoLayers() {
        Packet p = decode(LinkType.ETHERNET, "020000000002 0200");
        assertMalformed(p, "Ethernet", "truncated", 0);
        assertEquals("Ethernet header needs 14 bytes, 8 captured", p.malformed().detail());
        assertNull(p.link());
        assertEquals(8, p.raw().length());
    }

    @Test
    void truncatedVlanTag() {
        assertMalformed(decode(LinkType.ETHERNET, "020000000002 020000000001 8100 00"), "Ethernet", "truncated", 12);
    }

    @Test
    void truncatedLoopbackAndCookedHeaders() {
        assertMalformed(decode(LinkType.NULL, "0200"), "Loopback", "truncated", 0);
        assertMalformed(decode(LinkType.LINUX_SLL, "0004 0001 0006"), "Linux SLL", "truncated", 0);
        assertMalformed(decode(LinkType.LINUX_SLL2, "0800 0000 00000001"), "Linux SLL2", "truncated", 0);
        assertMalformed(decode(LinkType.RAW, ""), "Raw IP", "truncated", 0);
    }

    @Test
    void unsupportedLinkType() {
        Packet p = decode(147, "00112233");
        assertEquals(new Malformed("Link", "unsupported_link_type", 0, "unknown (147)"), p.malformed());
        assertNull(p.link());
    }

    @Test
    void rawIpWithVersionFiveIsBadVersion() {
        Packet p = decode(LinkType.RAW, "5500 0014");
        assertMalformed(p, "Raw IP", "bad_version", 0);
        assertNotNull(p.link());
    }

    @Test
    void ipv4WithWrongVersionKeepsTheEthernetHeader() {
        Packet p = decode(LinkType.ETHERNET, ethernet(0x0800, "5500 0028"));
        assertMalformed(p, "IPv4", "bad_version", 14);
        assertNotNull(p.link());
        assertNull(p.ip());
    }

    @Test
    void ipv4HeaderLengthBelowFive() {
        Packet p = decode(LinkType.ETHERNET, ethernet(0x0800, "4400 002d 0001 4000 4006 0000" + IPV4_ADDRESSES));
        assertMalformed(p, "IPv4", "bad_header_length", 14);
        assertEquals("header length 16 < 20", p.malformed().detail());
    }

    @Test
    void truncatedIpv4Header() {
        assertMalformed(decode(LinkType.ETHERNET, ethernet(0x0800, "4500 002d 0001 4000")), "IPv4", "truncated", 14);
        // IHL 15 asks for 60 bytes; only 20 are there.
        assertMalformed(decode(LinkType.RAW, "4f00 002d 0001 4000 4006 0000", IPV4_ADDRESSES), "IPv4", "truncated", 0);
    }

    @Test
    void ipv4TotalLengthBelowHeaderLength() {
        Packet p = decode(LinkType.ETHERNET, ethernet(0x0800, "4500 0010 0001 4000 4006 0000" + IPV4_ADDRESSES));
        assertMalformed(p, "IPv4", "bad_total_length", 16);
        assertEquals("total length 16 < header length 20", p.malformed().detail());
    }

    @Test
    void tcpDataOffsetBelowFiveKeepsTheIpHeader() {
        Packet p = decode(LinkType.ETHERNET, ethernet(0x0800, ipv4(6, "c350 1f90 00000001 00000000 4002 ffff 0000 0000")));
        assertMalformed(p, "TCP", "bad_header_length", 34 + 12);
        assertEquals("127.0.0.1", p.ip().src().toString());
        assertNull(p.transport());
    }

    @Test
    void tcpDataOffsetBeyondTheSegmentIsAShortSegment() {
        // Data offset 15 (60 bytes) in a 20-byte segment: tshark's "Short segment".
        Packet p = decode(LinkType.RAW, ipv4(6, "c350 1f90 00000001 00000000 f002 ffff 0000 0000"));
        assertMalformed(p, "TCP", "short_segment", 32);
    }

    @Test
    void ipPayloadTooShortForTcp() {
        assertMalformed(decode(LinkType.RAW, ipv4(6, "c350 1f90 00000001")), "TCP", "short_segment", 20);
    }

    @Test
    void truncatedTcpHeaderUnderSnaplen() {
        Packet p = decodeSnapped(LinkType.RAW, 45, "4500 002d 0001 4000 4006 0000", IPV4_ADDRESSES, "c350 1f90 0000");
        assertMalformed(p, "TCP", "truncated", 20);
        assertNotNull(p.ip());
    }

    @Test
    void truncatedTcpOptionsUnderSnaplen() {
        String synWithoutLastOptions = Frames.TCP_SYN_LINUX.substring(0, Frames.TCP_SYN_LINUX.length() - 12);
        Packet p = decodeSnapped(LinkType.RAW, 60, "4500 003c 0001 4000 4006 0000", IPV4_ADDRESSES, synWithoutLastOptions);
        assertMalformed(p, "TCP", "truncated", 20);
    }

    @Test
    void badTcpOptionsDoNotMakeThePacketMalformed() {
        Packet p = decode(LinkType.RAW, ipv4(6, "c350 1f90 00000001 00000000 6002 ffff 0000 0000 0201 0000"));
        assertNull(p.malformed());
        assertEquals(new TcpOption.Malformed(40, 4, 2, "length 1 < 2"), p.tcp().options().get(0));
    }

    @Test
    void truncatedIpv6FixedHeader() {
        assertMalformed(decode(LinkType.RAW, "6000 0000 0014 0640"), "IPv6", "truncated", 0);
    }

    @Test
    void truncatedIpv6ExtensionHeader() {
        // Hop-by-hop with Hdr Ext Len 2 (24 bytes); the capture stops after 8 of them.
        Packet p = decodeSnapped(LinkType.RAW, 100, "6000 0000 003c 0040", IPV6_ADDRESSES, "0602 0104 00000000");
        assertMalformed(p, "IPv6", "truncated", 40);
        assertNull(p.ip());
    }

    @Test
    void ipv6ExtensionHeaderBeyondThePayloadLength() {
        Packet p = decode(LinkType.RAW, ipv6(0, "0602 0104 00000000"));
        assertMalformed(p, "IPv6", "bad_payload_length", 40);
    }

    @Test
    void udpLengthBelowEight() {
        assertMalformed(decode(LinkType.RAW, ipv4(17, "cf08 0035 0004 0000 6869")), "UDP", "bad_length", 24);
    }

    @Test
    void udpLengthBeyondTheIpPayload() {
        Packet p = decode(LinkType.RAW, ipv4(17, "cf08 0035 0040 0000 6869"));
        assertMalformed(p, "UDP", "bad_length", 24);
        assertEquals("length 64 > IP payload length 10", p.malformed().detail());
    }

    @Test
    void truncatedUdpHeader() {
        assertMalformed(decodeSnapped(LinkType.RAW, 30, "4500 001e 0001 4000 4011 0000", IPV4_ADDRESSES, "cf08"),
                "UDP", "truncated", 20);
    }

    @Test
    void nullFrameIsTruncatedNotAnException() {
        Packet p = Decoder.decode(1, 0, LinkType.ETHERNET, null, 0);
        assertMalformed(p, "Ethernet", "truncated", 0);
        assertEquals(0, p.capturedLength());
    }

    @Test
    void ipv6TcpHeaderStartsAfterTheFixedHeader() {
        Packet p = decode(LinkType.RAW, ipv6(6, "c350 1f90 00000001 00000000 3002 ffff 0000 0000" + TCP_HELLO));
        assertMalformed(p, "TCP", "bad_header_length", 52);
    }
}
