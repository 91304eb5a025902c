package org.echolab.sniffer.decode;

import static org.echolab.sniffer.decode.Frames.IPV4_ADDRESSES;
import static org.echolab.sniffer.decode.Frames.TCP_HELLO;
import static org.echolab.sniffer.decode.Frames.UDP_HI;
import static org.echolab.sniffer.decode.Frames.decode;
import static org.echolab.sniffer.decode.Frames.ipv4;
import static org.echolab.sniffer.decode.Frames.ipv6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TcpDecodingTest {
    @Test
    void tcpHeaderFields() {
        Transport.Tcp tcp = decode(LinkType.RAW, ipv4(6, TCP_HELLO)).tcp();
        assertEquals(20, tcp.offset());
        assertEquals(50000, tcp.srcPort());
        assertEquals(8080, tcp.dstPort());
        assertEquals(2, tcp.seq());
        assertEquals(1000, tcp.ack());
        assertEquals(20, tcp.headerLength());
        assertEquals(TcpFlags.PSH | TcpFlags.ACK, tcp.flags());
        assertEquals(512, tcp.window());
        assertEquals(List.of(), tcp.options());
        assertEquals(5, tcp.segmentLength());
        assertEquals(40, tcp.payloadOffset());
        assertEquals(Bytes.ofHex("48454c4c4f"), tcp.payload()); // HELLO
    }

    @Test
    void sequenceNumbersAreUnsigned() {
        Transport.Tcp tcp = decode(LinkType.RAW,
                ipv4(6, "c350 1f90 fffffffe 80000000 5010 ffff 1234 0007")).tcp();
        assertEquals(4294967294L, tcp.seq());
        assertEquals(2147483648L, tcp.ack());
        assertEquals(65535, tcp.window());
        assertEquals(0x1234, tcp.checksum());
        assertEquals(7, tcp.urgentPointer());
    }

    @Test
    void allFlagBitsIncludingAeAndReservedAreKept() {
        // 0x5fff: data offset 5, three reserved bits, AE, CWR ECE URG ACK PSH RST SYN FIN.
        Transport.Tcp tcp = decode(LinkType.RAW, ipv4(6, "c350 1f90 00000000 00000000 5fff 0000 0000 0000")).tcp();
        assertEquals(0xfff, tcp.flags());
        assertTrue(tcp.has(TcpFlags.AE));
        assertEquals("[FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE]", TcpFlags.bracketed(tcp.flags()));
    }

    @Test
    void segmentLengthComesFromTheIpHeaderButPayloadOnlyFromCapturedBytes() {
        // The IP header says 1400 bytes of payload; snaplen kept only the first 3.
        byte[] frame = Frames.hex("4500 05a0 0001 4000 4006 0000", IPV4_ADDRESSES,
                "c350 1f90 00000002 000003e8 5018 0200 0000 0000", "48454c");
        Packet p = Decoder.decode(7, 0, LinkType.RAW, frame, 1440);
        assertEquals(1400, p.tcp().segmentLength());
        assertEquals(Bytes.ofHex("48454c"), p.tcp().payload());
        assertEquals(frame.length, p.capturedLength());
        assertEquals(1440, p.originalLength());
        assertFalse(p.isMalformed());
    }

    @Test
    void tcpOverIpv6() {
        Packet p = decode(LinkType.RAW, ipv6(6, TCP_HELLO));
        assertEquals(40, p.tcp().offset());
        assertEquals(5, p.tcp().segmentLength());
    }

    @Test
    void udpHeaderAndPayload() {
        Packet p = decode(LinkType.RAW, ipv4(17, UDP_HI));
        Transport.Udp udp = p.udp();
        assertEquals(53000, udp.srcPort());
        assertEquals(53, udp.dstPort());
        assertEquals(10, udp.length());
        assertEquals(28, udp.payloadOffset());
        assertEquals(Bytes.ofHex("6869"), udp.payload()); // hi
        assertFalse(p.isMalformed());
    }

    @Test
    void udpOverIpv6() {
        Transport.Udp udp = decode(LinkType.RAW, ipv6(17, UDP_HI)).udp();
        assertEquals(40, udp.offset());
        assertEquals(Bytes.ofHex("6869"), udp.payload());
    }
}
