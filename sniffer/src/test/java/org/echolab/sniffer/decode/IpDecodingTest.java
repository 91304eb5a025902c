package org.echolab.sniffer.decode;

import static org.echolab.sniffer.decode.Frames.IPV4_ADDRESSES;
import static org.echolab.sniffer.decode.Frames.IPV6_ADDRESSES;
import static org.echolab.sniffer.decode.Frames.TCP_HELLO;
import static org.echolab.sniffer.decode.Frames.decode;
import static org.echolab.sniffer.decode.Frames.ethernet;
import static org.echolab.sniffer.decode.Frames.ipv4;
import static org.echolab.sniffer.decode.Frames.ipv6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpDecodingTest {
    @Test
    void ipv4HeaderFields() {
        // TOS 0xb9 = DSCP 46 (EF), ECN 1; id 0x1234; DF; TTL 64; protocol 6; checksum 0xabcd.
        Packet p = decode(LinkType.RAW, "45b9 002d 1234 4000 4006 abcd", IPV4_ADDRESSES, TCP_HELLO);
        IpHeader.Ipv4 ip = assertInstanceOf(IpHeader.Ipv4.class, p.ip());
        assertEquals(20, ip.headerLength());
        assertEquals(46, ip.dscp());
        assertEquals(1, ip.ecn());
        assertEquals(45, ip.totalLength());
        assertEquals(0x1234, ip.identification());
        assertEquals(IpHeader.Ipv4.FLAG_DONT_FRAGMENT, ip.flags());
        assertEquals(0, ip.fragmentOffset());
        assertEquals(64, ip.ttlOrHopLimit());
        assertEquals(6, ip.protocol());
        assertEquals(0xabcd, ip.checksum());
        assertEquals("127.0.0.1", ip.src().toString());
        assertEquals("127.0.0.2", ip.dst().toString());
        assertEquals(Bytes.EMPTY, ip.options());
        assertEquals(25, ip.payloadLength());
        assertFalse(ip.isFragment());
    }

    @Test
    void ipv4OptionsAreKeptAndSkipped() {
        // IHL 6: one 4-byte option (router alert 94 04 0000).
        Packet p = decode(LinkType.RAW, "4600 0031 0001 0000 4006 0000", IPV4_ADDRESSES, "94040000", TCP_HELLO);
        assertEquals(Bytes.ofHex("94040000"), ((IpHeader.Ipv4) p.ip()).options());
        assertEquals(24, p.tcp().offset());
        assertEquals(5, p.tcp().segmentLength());
    }

    @Test
    void ipv4TotalLengthBeyondCaptureDecodesWhatIsThere() {
        // Total length 1000 but only the TCP header and HELLO were captured (snaplen).
        byte[] frame = Frames.hex("4500 03e8 0001 4000 4006 0000", IPV4_ADDRESSES, TCP_HELLO);
        Packet p = Decoder.decode(1, 0, LinkType.RAW, frame, 1000);
        assertFalse(p.isMalformed());
        assertEquals(980, p.ip().payloadLength());
        assertEquals(960, p.tcp().segmentLength());
        assertEquals(Bytes.ofHex("48454c4c4f"), p.tcp().payload());
    }

    @Test
    void ethernetPaddingIsNotPayload() {
        Packet p = decode(LinkType.ETHERNET, ethernet(0x0800, ipv4(6, TCP_HELLO)), "000000000000");
        assertEquals(Bytes.ofHex("48454c4c4f"), p.tcp().payload());
    }

    @Test
    void zeroTotalLengthIsPresumedToFillTheFrameAsUnderSegmentationOffload() {
        Packet p = decode(LinkType.RAW, "4500 0000 0001 4000 4006 0000", IPV4_ADDRESSES, TCP_HELLO);
        assertEquals(45, ((IpHeader.Ipv4) p.ip()).totalLength());
        assertEquals(5, p.tcp().segmentLength());
        assertFalse(p.isMalformed());
    }

    @Test
    void nonFirstFragmentHasNoTransport() {
        // Fragment offset 0x00b9 (1480 bytes), no more fragments.
        Packet p = decode(LinkType.RAW, "4500 002d 0001 00b9 4006 0000", IPV4_ADDRESSES, TCP_HELLO);
        assertTrue(((IpHeader.Ipv4) p.ip()).isFragment());
        assertEquals(0xb9, ((IpHeader.Ipv4) p.ip()).fragmentOffset());
        assertNull(p.transport());
        assertFalse(p.isMalformed());
    }

    @Test
    void firstFragmentStillCarriesTheTransportHeader() {
        Packet p = decode(LinkType.RAW, "4500 002d 0001 2000 4006 0000", IPV4_ADDRESSES, TCP_HELLO);
        assertEquals(IpHeader.Ipv4.FLAG_MORE_FRAGMENTS, ((IpHeader.Ipv4) p.ip()).flags());
        assertEquals(8080, p.tcp().dstPort());
    }

    @Test
    void icmpHasNoTransportAndIsNotMalformed() {
        Packet p = decode(LinkType.RAW, ipv4(1, "0800f7ff00000000"));
        assertEquals(1, p.ip().protocol());
        assertNull(p.transport());
        assertFalse(p.isMalformed());
    }

    @Test
    void ipv6HeaderFieldsAndTsharkStyleAddresses() {
        // Traffic class 0xb8, flow label 0x12345, hop limit 255.
        Packet p = decode(LinkType.RAW, "6b812345 0019 06 ff", IPV6_ADDRESSES, TCP_HELLO);
        IpHeader.Ipv6 ip = assertInstanceOf(IpHeader.Ipv6.class, p.ip());
        assertEquals(0xb8, ip.trafficClass());
        assertEquals(0x12345, ip.flowLabel());
        assertEquals(25, ip.declaredPayloadLength());
        assertEquals(255, ip.ttlOrHopLimit());
        assertEquals(40, ip.headerLength());
        assertEquals("2001:db8::1", ip.src().toString());
        assertEquals("fe80::1", ip.dst().toString());
        assertEquals(5, p.tcp().segmentLength());
    }

    @Test
    void ipv6ExtensionHeadersAreSkippedToReachTcp() {
        // Hop-by-hop (8 bytes: next 60, PadN) then destination options (8 bytes: next 6, PadN).
        String hopByHop = "3c00 0104 00000000";
        String destOptions = "0600 0104 00000000";
        Packet p = decode(LinkType.RAW, ipv6(0, hopByHop + destOptions + TCP_HELLO));
        IpHeader.Ipv6 ip = (IpHeader.Ipv6) p.ip();
        assertEquals(0, ip.nextHeader());
        assertEquals(6, ip.protocol());
        assertEquals(56, ip.headerLength());
        assertEquals(25, ip.payloadLength());
        assertEquals(56, p.tcp().offset());
        assertEquals(5, p.tcp().segmentLength());
    }

    @Test
    void ipv6RoutingAndAuthenticationHeadersAreSkipped() {
        String routing = "3300 0000 00000000";
        // AH: payload length 4 means (4 + 2) * 4 = 24 bytes: SPI, sequence, 12-byte ICV.
        String ah = "0604 0000 00000001 00000001 000000000000000000000000";
        Packet p = decode(LinkType.RAW, ipv6(43, routing + ah + TCP_HELLO));
        assertEquals(72, p.ip().headerLength());
        assertEquals(8080, p.tcp().dstPort());
    }

    @Test
    void ipv6LaterFragmentHasNoTransport() {
        // Fragment header: next 6, offset 185 (1480 bytes), M=0.
        Packet p = decode(LinkType.RAW, ipv6(44, "0600 05c8 00000001" + TCP_HELLO));
        assertEquals(6, p.ip().protocol());
        assertNull(p.transport());
        assertFalse(p.isMalformed());
    }

    @Test
    void ipv6FirstFragmentCarriesTcp() {
        Packet p = decode(LinkType.RAW, ipv6(44, "0600 0001 00000001" + TCP_HELLO));
        assertEquals(48, p.ip().headerLength());
        assertEquals(48, p.tcp().offset());
    }
}
