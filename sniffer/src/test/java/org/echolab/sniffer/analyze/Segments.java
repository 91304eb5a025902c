package org.echolab.sniffer.analyze;

import java.util.List;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.IpHeader;
import org.echolab.sniffer.decode.LinkType;
import org.echolab.sniffer.decode.NetAddress;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpOption;
import org.echolab.sniffer.decode.Transport;

/**
 * A builder for decoded TCP segments, so analysis rules can be tested without a network or a
 * decoder: {@code Segments.client().seq(1).ack(1).flags(PSH | ACK).len(5)}.
 */
final class Segments {
    static final NetAddress CLIENT_ADDR = NetAddress.ipv4(10, 0, 0, 1);
    static final NetAddress SERVER_ADDR = NetAddress.ipv4(10, 0, 0, 2);
    static final int CLIENT_PORT = 50000;
    static final int SERVER_PORT = 7;

    private NetAddress src;
    private int srcPort;
    private NetAddress dst;
    private int dstPort;
    private long seq;
    private long ack;
    private int flags;
    private int window = 512;
    private int urgent;
    private int len;
    private List<TcpOption> options = List.of();
    private long gapNanos = 1_000_000L;

    private Segments(NetAddress src, int srcPort, NetAddress dst, int dstPort) {
        this.src = src;
        this.srcPort = srcPort;
        this.dst = dst;
        this.dstPort = dstPort;
    }

    static Segments client() {
        return new Segments(CLIENT_ADDR, CLIENT_PORT, SERVER_ADDR, SERVER_PORT);
    }

    static Segments server() {
        return new Segments(SERVER_ADDR, SERVER_PORT, CLIENT_ADDR, CLIENT_PORT);
    }

    static Segments between(NetAddress src, int srcPort, NetAddress dst, int dstPort) {
        return new Segments(src, srcPort, dst, dstPort);
    }

    Segments seq(long v) {
        seq = v & 0xFFFF_FFFFL;
        return this;
    }

    Segments ack(long v) {
        ack = v & 0xFFFF_FFFFL;
        return this;
    }

    Segments flags(int v) {
        flags = v;
        return this;
    }

    Segments win(int v) {
        window = v;
        return this;
    }

    Segments urg(int v) {
        urgent = v;
        return this;
    }

    Segments len(int v) {
        len = v;
        return this;
    }

    Segments options(TcpOption... v) {
        options = List.of(v);
        return this;
    }

    /** Capture time since the previous segment (default 1 ms). */
    Segments after(long nanos) {
        gapNanos = nanos;
        return this;
    }

    long gapNanos() {
        return gapNanos;
    }

    Packet toPacket(long number, long timestampNanos) {
        int optLen = 0;
        for (TcpOption o : options) {
            optLen += o.length();
        }
        int tcpHeader = 20 + ((optLen + 3) & ~3);
        int total = 20 + tcpHeader + len;
        IpHeader ip = new IpHeader.Ipv4(0, 20, 0, 0, total, 1, 0x2, 0, 64, 6, 0, src, dst, Bytes.EMPTY);
        Transport.Tcp tcp = new Transport.Tcp(20, srcPort, dstPort, seq, ack, tcpHeader, flags, window, 0, urgent,
                options, len, 20 + tcpHeader, Bytes.copyOf(new byte[len]));
        return new Packet(number, timestampNanos, LinkType.RAW, total, total, Bytes.EMPTY, null, ip, tcp, null);
    }

    static TcpOption mss(int v) {
        return new TcpOption.Mss(0, 4, v);
    }

    static TcpOption ws(int shift) {
        return new TcpOption.WindowScale(0, 3, shift);
    }

    static TcpOption sackPerm() {
        return new TcpOption.SackPermitted(0, 2);
    }

    static TcpOption ts(long tsval, long tsecr) {
        return new TcpOption.Timestamps(0, 10, tsval, tsecr);
    }

    static TcpOption sack(long left, long right) {
        return new TcpOption.Sack(0, 10, List.of(new TcpOption.SackBlock(left, right)));
    }
}
