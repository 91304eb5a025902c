package org.echolab.sniffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.echolab.sniffer.decode.LinkType;
import org.echolab.sniffer.decode.TcpFlags;
import org.junit.jupiter.api.Test;

/** The whole pipeline keeps memory flat: finished conversations are released at every layer. */
class DissectorMemoryTest {
    private static final int CONVERSATIONS = 20_000;

    @Test
    void finishedConversationsAreReleasedByTheExplainerToo() {
        Dissector d = new Dissector(DissectorOptions.defaults());
        long t = 1_700_000_000_000_000_000L;
        int peak = 0;
        for (int i = 0; i < CONVERSATIONS; i++) {
            int cport = 20_000 + i % 40_000;
            int sport = 12_321;
            long c = 1000L * i;
            long s = 5000L * i;
            t += 1_000;
            feed(d, t, cport, sport, c, 0, TcpFlags.SYN, 0);
            feed(d, t + 10, sport, cport, s, c + 1, TcpFlags.SYN | TcpFlags.ACK, 0);
            feed(d, t + 20, cport, sport, c + 1, s + 1, TcpFlags.ACK, 0);
            feed(d, t + 30, cport, sport, c + 1, s + 1, TcpFlags.PSH | TcpFlags.ACK, 5);
            feed(d, t + 40, sport, cport, s + 1, c + 6, TcpFlags.FIN | TcpFlags.ACK, 0);
            feed(d, t + 50, cport, sport, c + 6, s + 2, TcpFlags.FIN | TcpFlags.ACK, 0);
            feed(d, t + 60, sport, cport, s + 2, c + 7, TcpFlags.ACK, 0);
            peak = Math.max(peak, d.trackedStreams());
        }
        assertEquals(CONVERSATIONS * 7L, d.frames());
        assertTrue(peak < 5_000, "explainer state stays bounded: peak " + peak + " streams");
        assertEquals(10_000, d.conversations().size(), "the first 10,000 conversations keep a summary");
    }

    /** Ethernet + IPv4 + TCP (no options) from 127.0.0.1 to 127.0.0.1, checksums left zero. */
    private static void feed(Dissector d, long t, int src, int dst, long seq, long ack, int flags, int len) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + 20 + len);
        b.position(12);
        b.putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (40 + len)).putInt(0).put((byte) 64).put((byte) 6)
                .putShort((short) 0).putInt(0x7f000001).putInt(0x7f000001);
        b.putShort((short) src).putShort((short) dst).putInt((int) seq).putInt((int) ack)
                .putShort((short) (0x5000 | flags)).putShort((short) 65535).putInt(0);
        for (int i = 0; i < len; i++) {
            b.put((byte) 'A');
        }
        d.dissect(LinkType.ETHERNET, t, b.capacity(), b.array());
    }
}
