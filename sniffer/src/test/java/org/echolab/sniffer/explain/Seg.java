package org.echolab.sniffer.explain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.Phase;
import org.echolab.sniffer.analyze.TcpAnalysis;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.IpHeader;
import org.echolab.sniffer.decode.LinkHeader;
import org.echolab.sniffer.decode.LinkType;
import org.echolab.sniffer.decode.NetAddress;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.TcpOption;
import org.echolab.sniffer.decode.Transport;

/**
 * Builds one TCP segment of a loopback conversation, with the {@link Packet} the decoder would
 * produce and the {@link TcpAnalysis} the analyzer would, so explanations can be tested before
 * (and independently of) the decoder and analyzer. Numbers are relative, as Wireshark shows them;
 * the raw ones are derived from the seed capture's ISNs.
 */
final class Seg {
    static final long CLIENT_ISN = 4175220519L;
    static final long SERVER_ISN = 1538881812L;
    static final int CLIENT_PORT = 63304;
    static final NetAddress LOCALHOST = NetAddress.ipv4(127, 0, 0, 1);

    private final long frame;
    private final boolean client;
    private final int flags;
    private final long relSeq;
    private final long relAck;
    private int serverPort = 12321;
    private int stream;
    private byte[] payload = new byte[0];
    private int window = 6379;
    private int scale = 128;
    private Set<Finding> findings = Set.of();
    private int dupAckNumber;
    private long dupAckOf;
    private long ackedFrame;
    private long rttNanos = -1;
    private Phase phase = Phase.DATA;
    private int step;
    private int completeness;
    private List<TcpOption> options = List.of();

    private Seg(long frame, boolean client, int flags, long relSeq, long relAck) {
        this.frame = frame;
        this.client = client;
        this.flags = flags;
        this.relSeq = relSeq;
        this.relAck = relAck;
    }

    static Seg c2s(long frame, int flags, long relSeq, long relAck) {
        return new Seg(frame, true, flags, relSeq, relAck);
    }

    static Seg s2c(long frame, int flags, long relSeq, long relAck) {
        return new Seg(frame, false, flags, relSeq, relAck);
    }

    Seg port(int port) {
        this.serverPort = port;
        return this;
    }

    Seg stream(int s) {
        this.stream = s;
        return this;
    }

    Seg data(String text) {
        return data(text.getBytes(StandardCharsets.UTF_8));
    }

    Seg data(byte[] bytes) {
        this.payload = bytes.clone();
        return this;
    }

    Seg window(int win, int scaleFactor) {
        this.window = win;
        this.scale = scaleFactor;
        return this;
    }

    Seg findings(Finding... f) {
        this.findings = Set.of(f);
        return this;
    }

    Seg dupAck(int n, long ofFrame) {
        this.dupAckNumber = n;
        this.dupAckOf = ofFrame;
        return this;
    }

    Seg acks(long ackedFrameNumber, long rtt) {
        this.ackedFrame = ackedFrameNumber;
        this.rttNanos = rtt;
        return this;
    }

    Seg phase(Phase p) {
        this.phase = p;
        return this;
    }

    Seg step(int handshakeStep) {
        this.step = handshakeStep;
        this.phase = Phase.HANDSHAKE;
        return this;
    }

    Seg completeness(int bits) {
        this.completeness = bits;
        return this;
    }

    Seg options(TcpOption... o) {
        this.options = List.of(o);
        return this;
    }

    Packet packet() {
        int len = payload.length;
        long rawSeq = ((client ? CLIENT_ISN : SERVER_ISN) + relSeq) & 0xffffffffL;
        long rawAck = (flags & TcpFlags.ACK) != 0 ? ((client ? SERVER_ISN : CLIENT_ISN) + relAck) & 0xffffffffL : 0;
        int src = client ? CLIENT_PORT : serverPort;
        int dst = client ? serverPort : CLIENT_PORT;
        Transport.Tcp tcp = new Transport.Tcp(20, src, dst, rawSeq, rawAck, 20, flags, window, 0, 0, options, len,
                40, Bytes.copyOf(payload));
        IpHeader.Ipv4 ip = new IpHeader.Ipv4(0, 20, 0, 0, 40 + len, 0, IpHeader.Ipv4.FLAG_DONT_FRAGMENT, 0, 64, 6,
                0, LOCALHOST, LOCALHOST, Bytes.EMPTY);
        return new Packet(frame, frame * 1_000_000L, LinkType.RAW, 40 + len, 40 + len, Bytes.EMPTY,
                new LinkHeader.RawIp(0, 0, 0x0800), ip, tcp, null);
    }

    TcpAnalysis analysis() {
        int len = payload.length;
        boolean syn = (flags & TcpFlags.SYN) != 0;
        boolean fin = (flags & TcpFlags.FIN) != 0;
        long next = len > 0 || syn || fin ? relSeq + len + (syn ? 1 : 0) + (fin ? 1 : 0) : -1;
        int factor = syn ? -1 : scale;
        long calc = syn || scale < 1 ? window : (long) window * scale;
        return new TcpAnalysis(stream, client, relSeq, (flags & TcpFlags.ACK) != 0 ? relAck : 0,
                packet().tcp().seq(), packet().tcp().ack(), next, calc, factor, findings, dupAckNumber, dupAckOf,
                ackedFrame, rttNanos, -1, phase, step, completeness);
    }
}
