package org.echolab.sniffer.decode;

import static org.echolab.sniffer.decode.Frames.decode;
import static org.echolab.sniffer.decode.Frames.ipv4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class TcpOptionParsingTest {
    /** TCP header up to the options, with data offset {@code 5 + optionBytes / 4}. */
    private static Packet withOptions(String options) {
        int doff = 5 + Frames.byteLength(options) / 4;
        return decode(LinkType.RAW, ipv4(6, "c350 1f90 00000001 00000000 " + Integer.toHexString(doff) + "002 ffff 0000 0000"
                + options));
    }

    @Test
    void linuxSynOptionsInOrder() {
        Packet p = decode(LinkType.RAW, ipv4(6, Frames.TCP_SYN_LINUX));
        // Options start at 20 (IP) + 20 (TCP).
        assertEquals(List.of(
                new TcpOption.Mss(40, 4, 65495),
                new TcpOption.SackPermitted(44, 2),
                new TcpOption.Timestamps(46, 10, 4294967295L, 0),
                new TcpOption.Nop(56, 1),
                new TcpOption.WindowScale(57, 3, 7)), p.tcp().options());
        assertEquals(0, p.tcp().segmentLength());
        assertFalse(p.isMalformed());
    }

    @Test
    void sackBlocksKeepRawEdges() {
        Packet p = withOptions("0101 050a 00000064 000000c8 0101 0512 fffffff0 00000010 00000100 00000200");
        TcpOption.Sack first = (TcpOption.Sack) p.tcp().options().get(2);
        assertEquals(List.of(new TcpOption.SackBlock(100, 200)), first.blocks());
        TcpOption.Sack second = (TcpOption.Sack) p.tcp().options().get(5);
        assertEquals(List.of(new TcpOption.SackBlock(0xfffffff0L, 0x10), new TcpOption.SackBlock(0x100, 0x200)),
                second.blocks());
    }

    @Test
    void unknownOptionIsKeptWithItsData() {
        Packet p = withOptions("1e04 abcd");
        assertEquals(List.of(new TcpOption.Unknown(40, 4, 30, Bytes.ofHex("abcd"))), p.tcp().options());
    }

    @Test
    void endOfListStopsParsingAndTheRestIsPadding() {
        Packet p = withOptions("0101 00 ff");
        assertEquals(List.of(new TcpOption.Nop(40, 1), new TcpOption.Nop(41, 1), new TcpOption.EndOfList(42, 1)),
                p.tcp().options());
    }

    @Test
    void optionLengthZeroStopsParsingButThePacketIsFine() {
        Packet p = withOptions("0800 0000 0000 0000");
        assertEquals(List.of(new TcpOption.Malformed(40, 8, 8, "length 0 < 2")), p.tcp().options());
        assertFalse(p.isMalformed());
    }

    @Test
    void optionLengthOneStopsParsing() {
        Packet p = withOptions("0101 0201");
        assertEquals(new TcpOption.Malformed(42, 2, 2, "length 1 < 2"), p.tcp().options().get(2));
        assertEquals(3, p.tcp().options().size());
    }

    @Test
    void optionRunningPastTheHeaderStopsParsing() {
        // Timestamps of length 10 with only 6 bytes of header left.
        Packet p = withOptions("0101 080a 00000001");
        assertEquals(new TcpOption.Malformed(42, 6, 8, "length 10 runs past the header by 4 bytes"),
                p.tcp().options().get(2));
        assertFalse(p.isMalformed());
    }

    @Test
    void missingLengthByteAtTheEndOfTheHeader() {
        Packet p = withOptions("010101 02");
        assertEquals(new TcpOption.Malformed(43, 1, 2, "length byte missing at end of header"),
                p.tcp().options().get(3));
    }

    @Test
    void wrongLengthForAKnownKindIsMalformedButParsingContinues() {
        // MSS with length 3 (tshark: "option length should be 4"), then a well-formed WS.
        Packet p = withOptions("0203 05 030307 00 00");
        assertEquals(List.of(
                new TcpOption.Malformed(40, 3, 2, "length 3, expected 4"),
                new TcpOption.WindowScale(43, 3, 7),
                new TcpOption.EndOfList(46, 1)), p.tcp().options());
    }

    @Test
    void sackWithoutWholeBlocksIsMalformed() {
        Packet p = withOptions("0506 00000001 0000");
        assertEquals(new TcpOption.Malformed(40, 6, 5, "length 6 is not 2 + 8n with n >= 1"),
                p.tcp().options().get(0));
    }
}
