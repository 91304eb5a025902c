package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.analyze.Trace.CLIENT_ISN;
import static org.echolab.sniffer.analyze.Trace.SERVER_ISN;
import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.SYN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowScalingTest {
    @Test
    void bothSynsWithWindowScaleScaleEachSidesWindow() {
        Trace t = new Trace().handshake(7, 10);
        TcpAnalysis fromClient = t.send(Trace.c(1, 1).win(502));
        assertEquals(502L << 7, fromClient.calcWindow());
        assertEquals(128, fromClient.windowScale());
        TcpAnalysis fromServer = t.send(Trace.s(1, 1).win(3));
        assertEquals(3L << 10, fromServer.calcWindow());
        assertEquals(1024, fromServer.windowScale());
    }

    @Test
    void synWindowsAreNeverScaled() {
        Trace t = new Trace();
        TcpAnalysis syn = t.send(Segments.client().seq(CLIENT_ISN).flags(SYN).win(64240).options(Segments.ws(7)));
        assertEquals(64240, syn.calcWindow());
        assertEquals(0, syn.windowScale(), "tshark shows no scale factor on a SYN");
    }

    @Test
    void synWithoutWindowScaleDisablesScalingForBothSides() {
        Trace t = new Trace().handshake(-1, 7);
        TcpAnalysis server = t.send(Trace.s(1, 1).win(100));
        assertEquals(100, server.calcWindow());
        assertEquals(-2, server.windowScale());
        assertEquals(-2, t.send(Trace.c(1, 1)).windowScale());
    }

    @Test
    void synAckWithoutWindowScaleDisablesScalingForBothSides() {
        Trace t = new Trace().handshake(7, -1);
        assertEquals(-2, t.send(Trace.c(1, 1)).windowScale());
        assertEquals(-2, t.send(Trace.s(1, 1)).windowScale());
    }

    @Test
    void unseenHandshakeLeavesScaleUnknown() {
        Trace t = new Trace();
        TcpAnalysis a = t.send(Trace.c(1, 1).win(1234));
        assertEquals(-1, a.windowScale());
        assertEquals(1234, a.calcWindow());
    }

    @Test
    void shiftAboveFourteenIsTreatedAsFourteen() {
        Trace t = new Trace().handshake(15, 15);
        TcpAnalysis a = t.send(Trace.c(1, 1).win(1));
        assertEquals(1 << 14, a.windowScale());
        assertEquals(1 << 14, a.calcWindow());
    }

    @Test
    void missingSynButSeenSynAckScalesOnlyTheServer() {
        Trace t = new Trace();
        t.send(Segments.server().seq(SERVER_ISN).ack(CLIENT_ISN + 1).flags(SYN | ACK).options(Segments.ws(2)));
        assertEquals(-1, t.send(Trace.c(1, 1)).windowScale());
        assertEquals(4, t.send(Trace.s(1, 1)).windowScale());
    }
}
