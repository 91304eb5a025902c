package org.echolab.sniffer.decode;

import static org.echolab.sniffer.decode.Frames.ARP;
import static org.echolab.sniffer.decode.Frames.TCP_HELLO;
import static org.echolab.sniffer.decode.Frames.decode;
import static org.echolab.sniffer.decode.Frames.ethernet;
import static org.echolab.sniffer.decode.Frames.ipv4;
import static org.echolab.sniffer.decode.Frames.ipv6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkLayerDecodingTest {
    private static final String IPV4_TCP = ipv4(6, TCP_HELLO);
    private static final String IPV6_TCP = ipv6(6, TCP_HELLO);

    @Test
    void ethernetCarriesIpv4ToTcp() {
        Packet p = decode(LinkType.ETHERNET, ethernet(0x0800, IPV4_TCP));
        LinkHeader.Ethernet eth = assertInstanceOf(LinkHeader.Ethernet.class, p.link());
        assertEquals(Bytes.ofHex("020000000002"), eth.dst());
        assertEquals(Bytes.ofHex("020000000001"), eth.src());
        assertEquals(14, eth.length());
        assertEquals(List.of(), eth.vlanIds());
        assertEquals(14, p.ip().offset());
        assertEquals(34, p.tcp().offset());
        assertFalse(p.isMalformed());
    }

    @Test
    void vlanTagsAreListedOutermostFirst() {
        // 802.1ad S-tag VLAN 100, then 802.1Q C-tag VLAN 5, then IPv4.
        Packet p = decode(LinkType.ETHERNET, "020000000002 020000000001", "88a8 0064", "8100 2005", "0800", IPV4_TCP);
        LinkHeader.Ethernet eth = assertInstanceOf(LinkHeader.Ethernet.class, p.link());
        assertEquals(List.of(100, 5), eth.vlanIds());
        assertEquals(22, eth.length());
        assertEquals(0x0800, eth.etherType());
        assertEquals(22, p.ip().offset());
        assertEquals(8080, p.tcp().dstPort());
    }

    @Test
    void arpIsLinkOnlyAndNotMalformed() {
        Packet p = decode(LinkType.ETHERNET, ethernet(0x0806, ARP));
        assertEquals(0x0806, p.link().etherType());
        assertNull(p.ip());
        assertNull(p.transport());
        assertFalse(p.isMalformed());
    }

    @Test
    void bsdNullLittleEndianIpv4() {
        Packet p = decode(LinkType.NULL, Frames.nullLittleEndian(2, IPV4_TCP));
        LinkHeader.Loopback lo = assertInstanceOf(LinkHeader.Loopback.class, p.link());
        assertEquals(2, lo.family());
        assertTrue(lo.littleEndian());
        assertEquals(0x0800, lo.etherType());
        assertEquals(4, p.ip().offset());
        assertNotNull(p.tcp());
    }

    @Test
    void bsdNullBigEndianIpv6FamiliesOfEveryBsd() {
        for (int family : new int[] {24, 28, 30}) {
            Packet p = decode(LinkType.NULL, Frames.bigEndianFamily(family, IPV6_TCP));
            LinkHeader.Loopback lo = assertInstanceOf(LinkHeader.Loopback.class, p.link());
            assertEquals(family, lo.family());
            assertFalse(lo.littleEndian());
            assertInstanceOf(IpHeader.Ipv6.class, p.ip(), "family " + family);
            assertNotNull(p.tcp());
        }
    }

    @Test
    void bsdNullUnknownFamilyIsLinkOnly() {
        Packet p = decode(LinkType.NULL, Frames.nullLittleEndian(7, "00112233"));
        assertEquals(7, ((LinkHeader.Loopback) p.link()).family());
        assertNull(p.ip());
        assertFalse(p.isMalformed());
    }

    @Test
    void openBsdLoopIsAlwaysBigEndian() {
        Packet p = decode(LinkType.LOOP, Frames.bigEndianFamily(2, IPV4_TCP));
        LinkHeader.Loopback lo = assertInstanceOf(LinkHeader.Loopback.class, p.link());
        assertEquals(2, lo.family());
        assertFalse(lo.littleEndian());
        assertNotNull(p.tcp());
    }

    @Test
    void linuxCookedV1() {
        Packet p = decode(LinkType.LINUX_SLL, Frames.sll(0x0800, IPV4_TCP));
        LinkHeader.LinuxSll sll = assertInstanceOf(LinkHeader.LinuxSll.class, p.link());
        assertEquals(16, sll.length());
        assertEquals(4, sll.packetType());
        assertEquals(1, sll.arphrdType());
        assertEquals(Bytes.ofHex("020000000001"), sll.linkAddress());
        assertEquals(16, p.ip().offset());
        assertEquals(36, p.tcp().offset());
    }

    @Test
    void linuxCookedV2() {
        Packet p = decode(LinkType.LINUX_SLL2, Frames.sll2(0x86dd, IPV6_TCP));
        LinkHeader.LinuxSll2 sll = assertInstanceOf(LinkHeader.LinuxSll2.class, p.link());
        assertEquals(20, sll.length());
        assertEquals(1, sll.interfaceIndex());
        assertEquals(772, sll.arphrdType());
        assertEquals(4, sll.packetType());
        assertEquals(Bytes.ofHex("000000000000"), sll.linkAddress());
        assertEquals(20, p.ip().offset());
        assertEquals(60, p.tcp().offset());
    }

    @Test
    void rawIpPicksTheVersionFromTheFirstNibble() {
        for (int linkType : new int[] {LinkType.RAW, LinkType.RAW_ALT_12, LinkType.RAW_ALT_14}) {
            assertInstanceOf(IpHeader.Ipv4.class, decode(linkType, IPV4_TCP).ip());
            assertInstanceOf(IpHeader.Ipv6.class, decode(linkType, IPV6_TCP).ip());
            assertEquals(new LinkHeader.RawIp(0, 0, 0x86dd), decode(linkType, IPV6_TCP).link());
        }
    }

    @Test
    void rawIpv4AndIpv6LinkTypesFixTheVersion() {
        assertInstanceOf(IpHeader.Ipv4.class, decode(LinkType.IPV4, IPV4_TCP).ip());
        assertInstanceOf(IpHeader.Ipv6.class, decode(LinkType.IPV6, IPV6_TCP).ip());
        Malformed m = decode(LinkType.IPV4, IPV6_TCP).malformed();
        assertEquals(new Malformed("IPv4", "bad_version", 0, "version 6, expected 4"), m);
    }

    @Test
    void ethernetTypeIpv6WithIpv4InsideIsBadVersion() {
        Packet p = decode(LinkType.ETHERNET, ethernet(0x86dd, IPV4_TCP));
        assertEquals("bad_version", p.malformed().kind());
        assertEquals("IPv6", p.malformed().layer());
        assertEquals(14, p.malformed().offset());
        assertNotNull(p.link());
        assertNull(p.ip());
    }
}
