package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DuplicateAckTest {
    /** Handshake, client data 1..101, server ACKs 101 (frame 5), and the client sends 201..301. */
    private static Trace withAckAt101() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        t.send(Trace.s(1, 101));
        return t;
    }

    @Test
    void secondIdenticalAckIsDupAckNumberOne() {
        Trace t = withAckAt101();
        TcpAnalysis dup = t.send(Trace.s(1, 101));
        assertTrue(dup.has(Finding.DUPLICATE_ACK));
        assertEquals(1, dup.dupAckNumber());
        assertEquals(5, dup.dupAckOfFrame());
    }

    @Test
    void thirdIdenticalAckIsDupAckNumberTwo() {
        Trace t = withAckAt101();
        t.send(Trace.s(1, 101));
        TcpAnalysis dup = t.send(Trace.s(1, 101));
        assertEquals(2, dup.dupAckNumber());
        assertEquals(5, dup.dupAckOfFrame());
    }

    @Test
    void aNewAckNumberRestartsTheCount() {
        Trace t = withAckAt101();
        t.send(Trace.s(1, 101));
        t.send(Trace.c(101, 1).len(100));
        TcpAnalysis fresh = t.send(Trace.s(1, 201));
        assertFalse(fresh.has(Finding.DUPLICATE_ACK));
        TcpAnalysis dup = t.send(Trace.s(1, 201));
        assertEquals(1, dup.dupAckNumber());
        assertEquals(8, dup.dupAckOfFrame());
    }

    @Test
    void changedWindowIsAWindowUpdateNotADuplicate() {
        Trace t = withAckAt101();
        TcpAnalysis update = t.send(Trace.s(1, 101).win(1000));
        assertTrue(update.has(Finding.WINDOW_UPDATE));
        assertFalse(update.has(Finding.DUPLICATE_ACK));
    }

    @Test
    void segmentWithPayloadIsNeverADuplicateAck() {
        Trace t = withAckAt101();
        TcpAnalysis data = t.send(Trace.s(1, 101).len(10).flags(ACK));
        assertFalse(data.has(Finding.DUPLICATE_ACK));
    }
}
