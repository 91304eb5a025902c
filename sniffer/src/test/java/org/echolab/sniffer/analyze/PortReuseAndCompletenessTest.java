package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.FIN;
import static org.echolab.sniffer.decode.TcpFlags.PSH;
import static org.echolab.sniffer.decode.TcpFlags.RST;
import static org.echolab.sniffer.decode.TcpFlags.SYN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortReuseAndCompletenessTest {
    /** A full echo: handshake, 5 bytes each way, client closes first. Frames 1-10. */
    private static List<TcpAnalysis> echo(Trace t) {
        List<TcpAnalysis> out = new ArrayList<>();
        out.add(t.send(Segments.client().seq(Trace.CLIENT_ISN).flags(SYN)));
        out.add(t.send(Segments.server().seq(Trace.SERVER_ISN).ack(Trace.CLIENT_ISN + 1).flags(SYN | ACK)));
        out.add(t.send(Trace.c(1, 1)));
        out.add(t.send(Trace.c(1, 1).flags(PSH | ACK).len(5)));
        out.add(t.send(Trace.s(1, 6)));
        out.add(t.send(Trace.s(1, 6).flags(PSH | ACK).len(5)));
        out.add(t.send(Trace.c(6, 6)));
        out.add(t.send(Trace.c(6, 6).flags(FIN | ACK)));
        out.add(t.send(Trace.s(6, 7).flags(FIN | ACK)));
        out.add(t.send(Trace.c(7, 7)));
        return out;
    }

    @Test
    void completenessIsPrintedAsAccumulatedBeforeEachSegment() {
        List<TcpAnalysis> frames = echo(new Trace());
        int[] expected = {0, 1, 3, 7, 15, 15, 15, 15, 31, 31};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], frames.get(i).completeness(), "frame " + (i + 1));
        }
    }

    @Test
    void summaryHoldsTheFinalCompletenessAndBothDirections() {
        Trace t = new Trace();
        echo(t);
        ConversationSummary s = t.analyzer.conversations().get(0);
        assertEquals(31, s.completeness());
        assertEquals(Segments.CLIENT_ADDR, s.clientAddr());
        assertEquals(Segments.CLIENT_PORT, s.clientPort());
        assertEquals(Segments.SERVER_PORT, s.serverPort());
        assertTrue(s.handshakeComplete());
        assertEquals(5, s.bytesFromClient());
        assertEquals(5, s.bytesFromServer());
        assertEquals(Boolean.TRUE, s.firstFinFromClient());
        assertFalse(s.reset());
        assertEquals(10, s.packets());
        assertEquals(1, s.firstFrame());
        assertEquals(10, s.lastFrame());
        assertEquals(9_000_000L, s.endNanos() - s.startNanos());
    }

    @Test
    void resetAddsThirtyTwoAndMarksTheSummary() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.s(1, 1).flags(RST | ACK));
        TcpAnalysis after = t.send(Trace.c(1, 1));
        assertEquals(1 | 2 | 4 | 32, after.completeness());
        assertTrue(t.analyzer.conversations().get(0).reset());
        assertEquals(1, t.analyzer.totals().resets());
    }

    @Test
    void retransmittedBytesAreNotCountedTwice() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Trace.c(1, 1).len(100));
        t.send(Trace.c(1, 1).len(100).after(500_000_000L));
        assertEquals(100, t.analyzer.conversations().get(0).bytesFromClient());
        assertEquals(100, t.analyzer.totals().bytesFromClients());
    }

    @Test
    void newSynWithAnotherIsnOnAClosedFourTupleStartsANewStreamFlaggedReused() {
        Trace t = new Trace();
        echo(t);
        TcpAnalysis syn = t.send(Segments.client().seq(777_777).flags(SYN));
        assertEquals(1, syn.stream());
        assertTrue(syn.has(Finding.REUSED_PORTS));
        assertEquals(1, syn.completeness(), "tshark sets 1 on the new conversation before printing");
        assertEquals(0, syn.relSeq());
        TcpAnalysis synAck = t.send(Segments.server().seq(123).ack(777_778).flags(SYN | ACK));
        assertEquals(1, synAck.stream());
        assertFalse(synAck.has(Finding.REUSED_PORTS));
        assertEquals(2, t.analyzer.conversations().size());
    }

    @Test
    void newSynWithAnotherIsnIsReusedEvenWhileTheOldConversationIsOpen() {
        Trace t = new Trace().handshake(-1, -1);
        TcpAnalysis syn = t.send(Segments.client().seq(9).flags(SYN));
        assertEquals(1, syn.stream());
        assertTrue(syn.has(Finding.REUSED_PORTS));
    }

    @Test
    void synAckWithAnotherIsnKeepsTheStreamButIsFlaggedReused() {
        Trace t = new Trace().handshake(-1, -1);
        TcpAnalysis synAck = t.send(Segments.server().seq(99).ack(Trace.CLIENT_ISN + 1).flags(SYN | ACK));
        assertEquals(0, synAck.stream());
        assertTrue(synAck.has(Finding.REUSED_PORTS));
        assertEquals(0, synAck.relSeq());
    }

    @Test
    void portReuseIsStillDetectedAfterTheOldConversationWasReleased() {
        Trace t = new Trace();
        echo(t);
        t.send(Segments.between(Segments.CLIENT_ADDR, 1, Segments.SERVER_ADDR, 2).seq(1).flags(SYN)
                .after(ConversationTable.CLOSED_QUIET_NANOS + 1));
        assertEquals(1, t.analyzer.tombstones(), "the echo conversation left a tombstone");
        TcpAnalysis syn = t.send(Segments.client().seq(5).flags(SYN));
        assertEquals(2, syn.stream());
        assertTrue(syn.has(Finding.REUSED_PORTS));
    }

    @Test
    void stragglerAfterReleaseResumesTheSameStreamAndRelativeNumbers() {
        Trace t = new Trace();
        echo(t);
        t.send(Segments.between(Segments.CLIENT_ADDR, 1, Segments.SERVER_ADDR, 2).seq(1).flags(SYN)
                .after(ConversationTable.CLOSED_QUIET_NANOS + 1));
        TcpAnalysis late = t.send(Trace.c(7, 7));
        assertEquals(0, late.stream());
        assertEquals(7, late.relSeq());
        assertEquals(7, late.relAck());
        ConversationSummary s = t.analyzer.conversations().get(0);
        assertEquals(11, s.packets());
        assertEquals(5, s.bytesFromClient());
    }
}
