package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.SYN;

import org.echolab.sniffer.decode.Packet;

/**
 * Feeds crafted segments to one {@link TcpAnalyzer}, numbering frames from 1 and advancing the
 * capture clock (starting at 1 s: Wireshark treats a zero timestamp as "unset").
 */
final class Trace {
    static final long CLIENT_ISN = 1000;
    static final long SERVER_ISN = 5000;

    final TcpAnalyzer analyzer;
    long frame;
    long now = 1_000_000_000L;
    Packet last;

    Trace() {
        this(new TcpAnalyzer());
    }

    Trace(TcpAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    TcpAnalysis send(Segments s) {
        frame++;
        now += s.gapNanos();
        last = s.toPacket(frame, now);
        return analyzer.analyze(last);
    }

    /** SYN, SYN-ACK, ACK with the given window scale shifts (-1 = option absent); frames 1-3. */
    Trace handshake(int clientShift, int serverShift) {
        Segments syn = Segments.client().seq(CLIENT_ISN).flags(SYN).win(64240);
        send(clientShift >= 0 ? syn.options(Segments.mss(1460), Segments.ws(clientShift)) : syn);
        Segments synAck = Segments.server().seq(SERVER_ISN).ack(CLIENT_ISN + 1).flags(SYN | ACK).win(65160);
        send(serverShift >= 0 ? synAck.options(Segments.mss(1460), Segments.ws(serverShift)) : synAck);
        send(Segments.client().seq(CLIENT_ISN + 1).ack(SERVER_ISN + 1).flags(ACK).win(502));
        return this;
    }

    /** A client segment at relative seq/ack (ISNs of {@link #handshake}). */
    static Segments c(long relSeq, long relAck) {
        return Segments.client().seq(CLIENT_ISN + relSeq).ack(SERVER_ISN + relAck).flags(ACK).win(502);
    }

    /** A server segment at relative seq/ack. */
    static Segments s(long relSeq, long relAck) {
        return Segments.server().seq(SERVER_ISN + relSeq).ack(CLIENT_ISN + relAck).flags(ACK).win(509);
    }
}
