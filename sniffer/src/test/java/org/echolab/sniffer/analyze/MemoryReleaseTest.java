package org.echolab.sniffer.analyze;

import static org.echolab.sniffer.decode.TcpFlags.ACK;
import static org.echolab.sniffer.decode.TcpFlags.FIN;
import static org.echolab.sniffer.decode.TcpFlags.PSH;
import static org.echolab.sniffer.decode.TcpFlags.RST;
import static org.echolab.sniffer.decode.TcpFlags.SYN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echolab.sniffer.decode.NetAddress;
import org.junit.jupiter.api.Test;

class MemoryReleaseTest {
    private static final int CONVERSATIONS = 200_000;

    /** One short echo on (client address, port); half close with FINs, half with a RST. */
    private static void shortConversation(Trace t, NetAddress client, int port, boolean reset) {
        NetAddress server = Segments.SERVER_ADDR;
        t.send(Segments.between(client, port, server, 80).seq(100).flags(SYN).after(10_000));
        t.send(Segments.between(server, 80, client, port).seq(900).ack(101).flags(SYN | ACK).after(10_000));
        t.send(Segments.between(client, port, server, 80).seq(101).ack(901).flags(ACK).after(10_000));
        t.send(Segments.between(client, port, server, 80).seq(101).ack(901).flags(PSH | ACK).len(5).after(10_000));
        if (reset) {
            t.send(Segments.between(server, 80, client, port).seq(901).ack(106).flags(RST | ACK).after(10_000));
            return;
        }
        t.send(Segments.between(server, 80, client, port).seq(901).ack(106).flags(FIN | ACK).after(10_000));
        t.send(Segments.between(client, port, server, 80).seq(106).ack(902).flags(FIN | ACK).after(10_000));
        t.send(Segments.between(server, 80, client, port).seq(902).ack(107).flags(ACK).after(10_000));
    }

    @Test
    void closedConversationsAreReleasedSoTheLiveTableStaysBounded() {
        Trace t = new Trace();
        int maxLive = 0;
        for (int i = 0; i < CONVERSATIONS; i++) {
            NetAddress client = NetAddress.ipv4(10, 1 + (i >> 16), (i >> 8) & 0xff, i & 0xff);
            shortConversation(t, client, 1024 + (i % 50_000), i % 2 == 1);
            maxLive = Math.max(maxLive, t.analyzer.liveConversations());
        }
        assertTrue(maxLive <= ConversationTable.MAX_CLOSED_PENDING + 2, "live conversations peaked at " + maxLive);
        assertTrue(t.analyzer.tombstones() <= ConversationTable.MAX_TOMBSTONES);
        ConversationTotals totals = t.analyzer.totals();
        assertEquals(CONVERSATIONS, totals.conversations());
        assertEquals(TcpAnalyzer.DEFAULT_SUMMARY_LIMIT, totals.summarized());
        assertEquals(CONVERSATIONS - TcpAnalyzer.DEFAULT_SUMMARY_LIMIT, totals.omitted());
        assertEquals(CONVERSATIONS, totals.handshakesComplete());
        assertEquals(CONVERSATIONS / 2, totals.resets());
        assertEquals(5L * CONVERSATIONS, totals.bytesFromClients());
        assertEquals(TcpAnalyzer.DEFAULT_SUMMARY_LIMIT, t.analyzer.conversations().size());
        ConversationSummary first = t.analyzer.conversations().get(0);
        assertEquals(7, first.packets());
        assertEquals(31, first.completeness());
    }

    @Test
    void quietClosedConversationIsReleasedAfterTenSecondsOfCaptureTime() {
        Trace t = new Trace();
        shortConversation(t, NetAddress.ipv4(10, 9, 9, 9), 4000, false);
        assertEquals(1, t.analyzer.liveConversations());
        t.send(Segments.client().seq(1).flags(SYN).after(ConversationTable.CLOSED_QUIET_NANOS));
        assertEquals(1, t.analyzer.liveConversations());
        assertEquals(1, t.analyzer.tombstones());
    }

    @Test
    void idleOpenConversationIsReleasedAfterFiveMinutes() {
        Trace t = new Trace().handshake(-1, -1);
        t.send(Segments.between(Segments.CLIENT_ADDR, 2, Segments.SERVER_ADDR, 3).seq(1).flags(SYN)
                .after(ConversationTable.IDLE_NANOS));
        t.send(Segments.between(Segments.CLIENT_ADDR, 2, Segments.SERVER_ADDR, 3).seq(1).flags(SYN)
                .after(ConversationTable.SWEEP_INTERVAL_NANOS));
        assertEquals(1, t.analyzer.liveConversations());
    }
}
