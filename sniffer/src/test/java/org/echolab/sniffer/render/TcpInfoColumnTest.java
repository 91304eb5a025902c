package org.echolab.sniffer.render;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.FIN;
import static org.echolab.sniffer.decode.TcpFlags.PSH;
import static org.echolab.sniffer.decode.TcpFlags.SYN;
import static org.echolab.sniffer.decode.TcpFlags.URG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.Phase;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.IpHeader;
import org.echolab.sniffer.decode.LinkType;
import org.echolab.sniffer.decode.NetAddress;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpOption;
import org.echolab.sniffer.decode.Transport;
import org.junit.jupiter.api.Test;

class TcpInfoColumnTest {
    private static final NetAddress LOOPBACK = NetAddress.ipv4(127, 0, 0, 1);
    private static final TcpOption TS = new TcpOption.Timestamps(0, 10, 123, 456);

    private static Packet segment(int src, int dst, int flags, int len, int urgent, TcpOption... options) {
        IpHeader ip = new IpHeader.Ipv4(0, 20, 0, 0, 40 + len, 0, 2, 0, 64, 6, 0, LOOPBACK, LOOPBACK, Bytes.EMPTY);
        Transport.Tcp tcp = new Transport.Tcp(20, src, dst, 1000, 2000, 20, flags, 512, 0, urgent, List.of(options),
                len, 40, Bytes.EMPTY);
        return new Packet(7, 1, LinkType.RAW, 40, 40, Bytes.EMPTY, null, ip, tcp, null);
    }

    private static TcpAnalysis analysis(long seq, long ack, long win, Set<Finding> findings, int dupNum,
            long dupFrame) {
        return new TcpAnalysis(0, true, seq, ack, 1000, 2000, seq, win, 128, findings, dupNum, dupFrame, 0, -1, -1,
                Phase.DATA, 0, 15);
    }

    private static TcpAnalysis plain(long seq, long ack, long win) {
        return analysis(seq, ack, win, Set.of(), 0, 0);
    }

    @Test
    void dataSegmentShowsPortsFlagsRelativeNumbersScaledWindowAndTimestamps() {
        assertEquals("63304 \u2192 12321 [PSH, ACK] Seq=1 Ack=1 Win=65536 Len=5 TSval=123 TSecr=456",
                TcpInfoColumn.format(segment(63304, 12321, PSH | ACK, 5, 0, TS), plain(1, 1, 65536)));
    }

    @Test
    void synHasNoAckAndListsItsOptionsInWireOrder() {
        Packet syn = segment(44658, 40123, SYN, 0, 0, new TcpOption.Mss(0, 4, 65495),
                new TcpOption.SackPermitted(0, 2), new TcpOption.Timestamps(0, 10, 1730373943, 0),
                new TcpOption.Nop(0, 1), new TcpOption.WindowScale(0, 3, 10));
        assertEquals("44658 \u2192 40123 [SYN] Seq=0 Win=65495 Len=0 MSS=65495 SACK_PERM TSval=1730373943 TSecr=0"
                + " WS=1024", TcpInfoColumn.format(syn, plain(0, 0, 65495)));
    }

    @Test
    void windowUpdateIsPrefixed() {
        TcpAnalysis a = analysis(1, 6, 65536, Set.of(Finding.WINDOW_UPDATE), 0, 0);
        assertEquals("[TCP Window Update] 12321 \u2192 63304 [ACK] Seq=1 Ack=6 Win=65536 Len=0",
                TcpInfoColumn.format(segment(12321, 63304, ACK, 0, 0), a));
    }

    @Test
    void dupAckShowsTheOriginalFrameAndCount() {
        TcpAnalysis a = analysis(1, 101, 512, Set.of(Finding.DUPLICATE_ACK), 2, 6);
        assertEquals("[TCP Dup ACK 6#2] 40201 \u2192 40200 [ACK] Seq=1 Ack=101 Win=512 Len=0",
                TcpInfoColumn.format(segment(40201, 40200, ACK, 0, 0), a));
    }

    @Test
    void laterPrintedPrefixesComeFirstAsTsharkPrependsThem() {
        TcpAnalysis a = analysis(1, 901, 0, Set.of(Finding.ZERO_WINDOW, Finding.ACK_LOST_SEGMENT), 0, 0);
        assertEquals("[TCP ZeroWindow] [TCP ACKed unseen segment] 40201 \u2192 40200 [ACK] Seq=1 Ack=901 Win=0 Len=0",
                TcpInfoColumn.format(segment(40201, 40200, ACK, 0, 0), a));
        TcpAnalysis probeAck = analysis(1, 901, 0, Set.of(Finding.ZERO_WINDOW, Finding.ZERO_WINDOW_PROBE_ACK), 0, 0);
        assertEquals("[TCP ZeroWindowProbeAck] [TCP ZeroWindow] 40201 \u2192 40200 [ACK] Seq=1 Ack=901 Win=0 Len=0",
                TcpInfoColumn.format(segment(40201, 40200, ACK, 0, 0), probeAck));
        TcpAnalysis reusedRetransmission = analysis(0, 0, 64240,
                Set.of(Finding.REUSED_PORTS, Finding.RETRANSMISSION), 0, 0);
        assertEquals("[TCP Retransmission] [TCP Port numbers reused] 1 \u2192 2 [SYN] Seq=0 Win=64240 Len=0",
                TcpInfoColumn.format(segment(1, 2, SYN, 0, 0), reusedRetransmission));
    }

    @Test
    void urgentPointerComesBeforeLen() {
        assertEquals("40200 \u2192 40201 [PSH, ACK, URG] Seq=901 Ack=1 Win=65536 Urg=10 Len=10",
                TcpInfoColumn.format(segment(40200, 40201, PSH | ACK | URG, 10, 10), plain(901, 1, 65536)));
    }

    @Test
    void sackEdgesAreRelativeToTheReceiversIsn() {
        Packet p = segment(2, 1, ACK, 0, 0, new TcpOption.Sack(0, 10, List.of(new TcpOption.SackBlock(2200, 2300))));
        TcpAnalysis a = new TcpAnalysis(0, false, 1, 101, 1000, 2100, 1, 512, 1, Set.of(), 0, 0, 0, -1, -1,
                Phase.DATA, 0, 15);
        assertEquals("2 \u2192 1 [ACK] Seq=1 Ack=101 Win=512 Len=0 SLE=201 SRE=301", TcpInfoColumn.format(p, a));
    }

    @Test
    void noFlagsPrintAsNone() {
        assertEquals("1 \u2192 2 [<None>] Seq=1 Win=512 Len=0", TcpInfoColumn.format(segment(1, 2, 0, 0, 0),
                plain(1, 0, 512)));
    }

    @Test
    void finAckWithEchoAndMd5Options() {
        Packet p = segment(1, 2, FIN | ACK, 0, 0, new TcpOption.Unknown(0, 6, 6, Bytes.ofHex("00000102")),
                new TcpOption.Unknown(0, 18, 19, Bytes.copyOf(new byte[16])));
        assertEquals("1 \u2192 2 [FIN, ACK] Seq=6 Ack=7 Win=512 Len=0 ECHO=258 MD5",
                TcpInfoColumn.format(p, plain(6, 7, 512)));
    }

    @Test
    void nonTcpPacketIsRejected() {
        Packet udpless = new Packet(3, 1, LinkType.RAW, 0, 0, Bytes.EMPTY, null, null, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TcpInfoColumn.format(udpless, plain(0, 0, 0)));
        assertEquals("not a TCP segment: frame 3", e.getMessage());
    }
}
