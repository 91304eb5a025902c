package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.analyze.Trace.CLIENT_ISN;
import static org.echolab.sniffer.analyze.Trace.SERVER_ISN;
import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.FIN;
import static org.echolab.sniffer.decode.TcpFlags.PSH;
import static org.echolab.sniffer.decode.TcpFlags.RST;
import static org.echolab.sniffer.decode.TcpFlags.SYN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echolab.sniffer.decode.LinkType;
import org.echolab.sniffer.decode.Packet;
import org.junit.jupiter.api.Test;

class HandshakeAnalysisTest {
    @Test
    void synStartsRelativeNumbersAtZero() {
        Trace t = new Trace();
        TcpAnalysis syn = t.send(Segments.client().seq(CLIENT_ISN).flags(SYN).win(64240));
        assertEquals(0, syn.stream());
        assertEquals(0, syn.relSeq());
        assertEquals(0, syn.relAck());
        assertEquals(CLIENT_ISN, syn.rawSeq());
        assertEquals(1, syn.nextSeq());
        assertTrue(syn.fromInitiator());
        assertEquals(Phase.HANDSHAKE, syn.phase());
        assertEquals(1, syn.handshakeStep());
    }

    @Test
    void synAckAcknowledgesIsnPlusOne() {
        Trace t = new Trace();
        t.send(Segments.client().seq(CLIENT_ISN).flags(SYN));
        TcpAnalysis synAck = t.send(Segments.server().seq(SERVER_ISN).ack(CLIENT_ISN + 1).flags(SYN | ACK));
        assertEquals(0, synAck.relSeq());
        assertEquals(1, synAck.relAck());
        assertEquals(1, synAck.ackedFrame());
        assertEquals(1_000_000, synAck.ackRttNanos());
        assertFalse(synAck.fromInitiator());
        assertEquals(2, synAck.handshakeStep());
    }

    @Test
    void finalAckCompletesHandshakeAndDataFollows() {
        Trace t = new Trace().handshake(7, 7);
        TcpAnalysis data = t.send(Trace.c(1, 1).flags(PSH | ACK).len(5));
        assertEquals(Phase.DATA, data.phase());
        assertEquals(0, data.handshakeStep());
        assertEquals(6, data.nextSeq());
        assertEquals(5, data.bytesInFlight());
    }

    @Test
    void thirdSegmentIsHandshakeStepThree() {
        Trace t = new Trace();
        t.send(Segments.client().seq(CLIENT_ISN).flags(SYN));
        t.send(Segments.server().seq(SERVER_ISN).ack(CLIENT_ISN + 1).flags(SYN | ACK));
        TcpAnalysis ack = t.send(Trace.c(1, 1));
        assertEquals(3, ack.handshakeStep());
        assertEquals(Phase.HANDSHAKE, ack.phase());
        assertEquals(2, ack.ackedFrame());
        assertEquals(1, ack.relSeq());
        assertEquals(1, ack.relAck());
    }

    @Test
    void withoutSynTheFirstSegmentIsRelativeSeqOne() {
        Trace t = new Trace();
        TcpAnalysis mid = t.send(Trace.s(100, 200).len(10));
        assertEquals(1, mid.relSeq());
        assertEquals(1, mid.relAck());
        assertEquals(11, mid.nextSeq());
        assertTrue(mid.fromInitiator(), "without a SYN the first sender counts as initiator");
        assertEquals(-1, mid.windowScale());
        assertEquals(Phase.DATA, mid.phase());
    }

    @Test
    void firstSegmentSeenBeingSynAckMakesItsReceiverTheInitiator() {
        Trace t = new Trace();
        TcpAnalysis synAck = t.send(Segments.server().seq(SERVER_ISN).ack(CLIENT_ISN + 1).flags(SYN | ACK));
        assertFalse(synAck.fromInitiator());
        assertTrue(t.send(Trace.c(1, 1)).fromInitiator());
    }

    @Test
    void finMovesToTeardownAndRstToReset() {
        Trace t = new Trace().handshake(-1, -1);
        assertEquals(Phase.TEARDOWN, t.send(Trace.c(1, 1).flags(FIN | ACK)).phase());
        assertEquals(Phase.TEARDOWN, t.send(Trace.s(1, 2)).phase());
        assertEquals(Phase.RESET, t.send(Trace.s(1, 2).flags(RST)).phase());
    }

    @Test
    void streamsAreNumberedInOrderOfFirstAppearance() {
        TcpAnalyzer analyzer = new TcpAnalyzer();
        Trace t = new Trace(analyzer);
        t.send(Segments.client().seq(1).flags(SYN));
        TcpAnalysis other = t.send(Segments.between(Segments.CLIENT_ADDR, 50001, Segments.SERVER_ADDR, 7)
                .seq(9).flags(SYN));
        TcpAnalysis back = t.send(Segments.server().seq(2).ack(2).flags(SYN | ACK));
        assertEquals(1, other.stream());
        assertEquals(0, back.stream());
    }

    @Test
    void nonTcpPacketsAreNotAnalysed() {
        Packet udpLess = new Packet(1, 1, LinkType.RAW, 0, 0, org.echolab.sniffer.decode.Bytes.EMPTY, null, null,
                null, null);
        assertNull(new TcpAnalyzer().analyze(udpLess));
    }

    @Test
    void sequenceNumbersWrapAroundTwoToTheThirtyTwo() {
        Trace t = new Trace();
        t.send(Segments.client().seq(0xFFFF_FFFEL).flags(SYN));
        t.send(Segments.server().seq(SERVER_ISN).ack(0xFFFF_FFFFL).flags(SYN | ACK));
        t.send(Segments.client().seq(0xFFFF_FFFFL).ack(SERVER_ISN + 1).flags(ACK));
        TcpAnalysis data = t.send(Segments.client().seq(0xFFFF_FFFFL).ack(SERVER_ISN + 1).flags(ACK).len(10));
        assertEquals(1, data.relSeq());
        assertEquals(11, data.nextSeq());
        assertTrue(data.findings().isEmpty());
        TcpAnalysis next = t.send(Segments.client().seq(9).ack(SERVER_ISN + 1).flags(ACK).len(10));
        assertEquals(11, next.relSeq());
        assertTrue(next.findings().isEmpty());
    }
}
