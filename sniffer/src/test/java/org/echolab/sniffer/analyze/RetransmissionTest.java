package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.RST;
import static org.echolab.sniffer.decode.TcpFlags.SYN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RetransmissionTest {
    @Test
    void sameDataAgainAfterTheOutOfOrderWindowIsARetransmission() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        TcpAnalysis again = t.send(Trace.c(1, 1).len(100).after(200_000_000L));
        assertEquals(Set.of(Finding.RETRANSMISSION), again.findings());
    }

    @Test
    void retransmittedSynIsARetransmissionOnTheSameStream() {
        Trace t = new Trace();
        t.send(Segments.client().seq(Trace.CLIENT_ISN).flags(SYN));
        TcpAnalysis again = t.send(Segments.client().seq(Trace.CLIENT_ISN).flags(SYN).after(1_000_000_000L));
        assertEquals(Set.of(Finding.RETRANSMISSION), again.findings());
        assertEquals(0, again.stream());
    }

    @Test
    void dataAlreadyAcknowledgedIsASpuriousRetransmission() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        t.send(Trace.s(1, 101));
        TcpAnalysis spurious = t.send(Trace.c(1, 1).len(100).after(300_000_000L));
        assertEquals(Set.of(Finding.SPURIOUS_RETRANSMISSION), spurious.findings());
    }

    @Test
    void resendAfterTwoDupAcksWithinTwentyMillisIsAFastRetransmission() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        t.send(Trace.c(101, 1).len(100));
        t.send(Trace.c(201, 1).len(100));
        t.send(Trace.s(1, 101));
        t.send(Trace.s(1, 101));
        TcpAnalysis dup2 = t.send(Trace.s(1, 101));
        assertEquals(2, dup2.dupAckNumber());
        TcpAnalysis fast = t.send(Trace.c(101, 1).len(100).after(5_000_000L));
        assertEquals(Set.of(Finding.FAST_RETRANSMISSION), fast.findings());
    }

    @Test
    void resendLaterThanTwentyMillisAfterDupAcksIsAPlainRetransmission() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        t.send(Trace.c(101, 1).len(100));
        t.send(Trace.s(1, 101));
        t.send(Trace.s(1, 101));
        t.send(Trace.s(1, 101));
        TcpAnalysis late = t.send(Trace.c(101, 1).len(100).after(25_000_000L));
        assertEquals(Set.of(Finding.RETRANSMISSION), late.findings());
    }

    @Test
    void olderSegmentArrivingSoonAfterANewerOneIsOutOfOrder() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(101, 1).len(100).after(100_000L));
        TcpAnalysis early = t.send(Trace.c(1, 1).len(100).after(100_000L));
        assertEquals(Set.of(Finding.OUT_OF_ORDER), early.findings());
    }

    @Test
    void outOfOrderThresholdIsTheHandshakeRtt() {
        Trace t = new Trace();
        t.send(Segments.client().seq(Trace.CLIENT_ISN).flags(SYN));
        t.send(Segments.server().seq(Trace.SERVER_ISN).ack(Trace.CLIENT_ISN + 1).flags(SYN | ACK)
                .after(40_000_000L));
        t.send(Trace.c(1, 1).after(10_000_000L));
        t.send(Trace.c(101, 1).len(100));
        TcpAnalysis withinRtt = t.send(Trace.c(1, 1).len(100).after(30_000_000L));
        assertEquals(Set.of(Finding.OUT_OF_ORDER), withinRtt.findings(), "first RTT is 50 ms");
    }

    @Test
    void segmentBeyondTheNextExpectedByteMeansPreviousSegmentNotCaptured() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        TcpAnalysis afterGap = t.send(Trace.c(201, 1).len(100));
        assertTrue(afterGap.has(Finding.LOST_SEGMENT));
        assertEquals(-1, afterGap.bytesInFlight(), "bytes in flight are invalid after a gap");
    }

    @Test
    void resetBeyondTheNextExpectedByteIsNotALostSegment() {
        Trace t = new Trace().handshake(-1, -1);
        TcpAnalysis rst = t.send(Trace.c(500, 1).flags(RST | ACK));
        assertFalse(rst.has(Finding.LOST_SEGMENT));
    }

    @Test
    void ackBeyondAnythingSentIsAckedUnseenSegmentOnce() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        TcpAnalysis unseen = t.send(Trace.s(1, 301));
        assertTrue(unseen.has(Finding.ACK_LOST_SEGMENT));
        TcpAnalysis again = t.send(Trace.s(1, 301));
        assertFalse(again.has(Finding.ACK_LOST_SEGMENT));
        assertTrue(again.has(Finding.DUPLICATE_ACK));
    }

    @Test
    void ackOfDataReportsTheAckedFrameAndRtt() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        TcpAnalysis ack = t.send(Trace.s(1, 101).after(7_000_000L));
        assertEquals(4, ack.ackedFrame());
        assertEquals(7_000_000L, ack.ackRttNanos());
    }

    @Test
    void bytesInFlightSpanTheUnackedSegmentsMinusPeerSack() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        assertEquals(200, t.send(Trace.c(101, 1).len(100)).bytesInFlight());
        t.send(Trace.s(1, 1).options(Segments.sack(Trace.CLIENT_ISN + 101, Trace.CLIENT_ISN + 201)));
        assertEquals(200, t.send(Trace.c(201, 1).len(100)).bytesInFlight());
        t.send(Trace.s(1, 101).flags(ACK));
        assertEquals(300, t.send(Trace.c(301, 1).len(100)).bytesInFlight());
    }
}
