package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.FIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowAndKeepAliveTest {
    /** Handshake without scaling; the client sent 100 bytes that the server acknowledged with window 0. */
    private static Trace zeroWindowAfter100() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        return t;
    }

    @Test
    void advertisingAZeroWindowIsZeroWindow() {
        Trace t = zeroWindowAfter100();
        assertEquals(Set.of(Finding.ZERO_WINDOW), t.send(Trace.s(1, 101).win(0)).findings());
    }

    @Test
    void zeroWindowOnAFinIsNotFlagged() {
        Trace t = zeroWindowAfter100();
        assertFalse(t.send(Trace.s(1, 101).win(0).flags(FIN | ACK)).has(Finding.ZERO_WINDOW));
    }

    @Test
    void oneByteAtTheNextSequenceIntoAZeroWindowIsAProbeAndItsAnswerAProbeAck() {
        Trace t = zeroWindowAfter100();
        t.send(Trace.s(1, 101).win(0));
        TcpAnalysis probe = t.send(Trace.c(101, 1).len(1));
        assertEquals(Set.of(Finding.ZERO_WINDOW_PROBE), probe.findings());
        TcpAnalysis probeAck = t.send(Trace.s(1, 101).win(0));
        assertEquals(Set.of(Finding.ZERO_WINDOW, Finding.ZERO_WINDOW_PROBE_ACK), probeAck.findings());
        TcpAnalysis probeAgain = t.send(Trace.c(101, 1).len(1));
        assertEquals(Set.of(Finding.ZERO_WINDOW_PROBE), probeAgain.findings(), "a probe does not advance nextSeq");
    }

    @Test
    void windowOpeningWithSameSeqAndAckIsAWindowUpdate() {
        Trace t = zeroWindowAfter100();
        t.send(Trace.s(1, 101).win(0));
        TcpAnalysis update = t.send(Trace.s(1, 101).win(4096));
        assertEquals(Set.of(Finding.WINDOW_UPDATE), update.findings());
    }

    @Test
    void dataUpToTheReceiversAdvertisedEdgeIsWindowFull() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.s(1, 1).win(300));
        t.send(Trace.c(1, 1).len(100));
        TcpAnalysis full = t.send(Trace.c(101, 1).len(200));
        assertEquals(Set.of(Finding.WINDOW_FULL), full.findings());
    }

    @Test
    void windowFullUsesTheScaledWindowAfterTheReceiversFirstAck() {
        Trace t = new Trace().handshake(2, 2);
        t.send(Trace.s(1, 1).win(50));
        TcpAnalysis full = t.send(Trace.c(1, 1).len(200));
        assertEquals(Set.of(Finding.WINDOW_FULL), full.findings());
    }

    @Test
    void windowFullIsNotJudgedWhileTheScaleIsUnknown() {
        Trace t = new Trace();
        t.send(Trace.s(1, 1).win(100));
        TcpAnalysis data = t.send(Trace.c(1, 1).len(100));
        assertFalse(data.has(Finding.WINDOW_FULL));
    }

    @Test
    void segmentOneByteBeforeNextSeqIsKeepAliveAndTheRepeatedAckIsKeepAliveAck() {
        Trace t = zeroWindowAfter100();
        t.send(Trace.s(1, 101));
        TcpAnalysis keepAlive = t.send(Trace.c(100, 1).after(2_000_000_000L));
        assertEquals(Set.of(Finding.KEEP_ALIVE), keepAlive.findings());
        TcpAnalysis keepAliveAck = t.send(Trace.s(1, 101));
        assertEquals(Set.of(Finding.KEEP_ALIVE_ACK), keepAliveAck.findings());
    }

    @Test
    void keepAliveWithOneGarbageByteIsNotARetransmission() {
        Trace t = zeroWindowAfter100();
        t.send(Trace.s(1, 101));
        TcpAnalysis keepAlive = t.send(Trace.c(100, 1).len(1).after(2_000_000_000L));
        assertEquals(Set.of(Finding.KEEP_ALIVE), keepAlive.findings());
    }

    @Test
    void pureAckWithZeroWindowRepeatedIsStillZeroWindowNotDupAck() {
        Trace t = zeroWindowAfter100();
        t.send(Trace.s(1, 101).win(0));
        TcpAnalysis again = t.send(Trace.s(1, 101).win(0).flags(ACK));
        assertEquals(Set.of(Finding.ZERO_WINDOW), again.findings());
    }
}
