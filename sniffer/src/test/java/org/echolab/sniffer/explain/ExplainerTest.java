package org.echolab.sniffer.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.echolab.cli.Messages;
import org.echolab.sniffer.analyze.ConversationSummary;
import org.echolab.sniffer.analyze.Finding;
import org.echolab.sniffer.analyze.Phase;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.LinkHeader;
import org.echolab.sniffer.decode.LinkType;
import org.echolab.sniffer.decode.Malformed;
import org.echolab.sniffer.decode.Packet;
import org.echolab.sniffer.decode.TcpFlags;
import org.echolab.sniffer.decode.TcpOption;
import org.echolab.sniffer.decode.Transport;
import org.junit.jupiter.api.Test;

class ExplainerTest {
    private static final int SYN = TcpFlags.SYN;
    private static final int ACK = TcpFlags.ACK;
    private static final int DATA = TcpFlags.PSH | TcpFlags.ACK;

    private final Explainer explainer = new Explainer();

    private String en(Seg s) {
        return Bundles.render(explainer.explain(s.packet(), s.analysis()), Bundles.EN);
    }

    private static Seg syn() {
        return Seg.c2s(1, SYN, 0, 0).window(65535, -1).step(1).completeness(1).options(new TcpOption.Mss(40, 4,
                65495), new TcpOption.SackPermitted(44, 2), new TcpOption.Timestamps(46, 10, 1, 0),
                new TcpOption.Nop(56, 1), new TcpOption.WindowScale(57, 3, 7));
    }

    private static Seg synAck() {
        return Seg.s2c(2, SYN | ACK, 0, 1).window(65535, -1).step(2).completeness(3).options(new TcpOption.Mss(40,
                4, 65495), new TcpOption.WindowScale(44, 3, 7));
    }

    @Test
    void synShowsTheClientIsnAndTheOptionsItOffers() {
        String text = en(syn());
        assertTrue(text.startsWith("3-way handshake 1/3: the client (port 63304) asks the server (port 12321)"), text);
        assertTrue(text.contains("(ISN) is 4175220519, shown as relative Seq=0."), text);
        assertTrue(text.contains("It offers MSS 65495 (the largest payload it accepts in one segment), SACK, "
                + "timestamps and window scale \u00d7128."), text);
    }

    @Test
    void synAckAcknowledgesIsnPlusOne() {
        explainer.explain(syn().packet(), syn().analysis());
        String text = en(synAck());
        assertTrue(text.contains("Its own ISN is 1538881812, and Ack=4175220520 = the client's ISN 4175220519 + 1"),
                text);
        String ko = Bundles.render(explainer.explain(synAck().packet(), synAck().analysis()), Bundles.KO);
        assertTrue(ko.contains("1538881812") && ko.contains("4175220520") && ko.contains("서버"), ko);
    }

    /** The seed's plaintext capture, packet by packet, with the seed's mistakes corrected. */
    private static List<Seg> seedPlaintextConversation() {
        return List.of(syn(), synAck(),
                Seg.c2s(3, ACK, 1, 1).step(3).completeness(7),
                Seg.c2s(4, DATA, 1, 1).data("HELLO").completeness(15),
                Seg.s2c(5, ACK, 1, 1).window(6380, 128).findings(Finding.WINDOW_UPDATE).completeness(15),
                Seg.s2c(6, ACK, 1, 6).acks(4, 62_000).completeness(15),
                Seg.s2c(7, DATA, 1, 6).data("HELLO").completeness(15),
                Seg.s2c(8, TcpFlags.FIN | ACK, 6, 6).phase(Phase.TEARDOWN).completeness(31),
                Seg.c2s(9, ACK, 6, 7).acks(8, 41_000).phase(Phase.TEARDOWN).completeness(31),
                Seg.c2s(10, TcpFlags.FIN | ACK, 6, 7).phase(Phase.TEARDOWN).completeness(31),
                Seg.s2c(11, ACK, 7, 7).acks(10, 30_000).phase(Phase.TEARDOWN).completeness(31),
                Seg.s2c(12, ACK, 7, 7).window(6400, 128).findings(Finding.WINDOW_UPDATE).phase(Phase.TEARDOWN)
                        .completeness(31));
    }

    @Test
    void seedPlaintextConversationIsExplainedEndToEnd() {
        List<String> en = seedPlaintextConversation().stream().map(this::en).toList();
        assertTrue(en.get(2).contains("3/3: the client acknowledges the server's SYN with Ack=1538881813 = the "
                + "server's ISN 1538881812 + 1"), en.get(2));
        assertTrue(en.get(2).contains("Win=6379 \u00d7 128 (window scale) = 816512 bytes"), en.get(2));
        assertTrue(en.get(3).startsWith("The client sends 5 bytes of data: bytes 1 to 5 of its stream (Seq=1; its "
                + "next segment will start at Seq=6)."), en.get(3));
        assertTrue(en.get(3).contains("PSH: the sending application handed over this data, so the receiver should deliver it"), en.get(3));
        assertTrue(en.get(3).contains("readable text: \"HELLO\"") && en.get(3).contains("anyone"), en.get(3));
        assertTrue(en.get(3).contains("Ack=1 only acknowledges the server's SYN"), en.get(3));
        assertTrue(en.get(4).startsWith("Window update: the server sends no new data and no new acknowledgement"),
                en.get(4));
        assertFalse(en.get(4).contains("ACK without data"), en.get(4));
        assertTrue(en.get(5).contains("It acknowledges what frame 4 sent. Ack=6 means \"I have received all your "
                + "bytes up to byte 5; send byte 6 next.\""), en.get(5));
        assertTrue(en.get(5).contains("0.062 ms"), en.get(5));
        assertTrue(en.get(6).startsWith("The server sends 5 bytes"), en.get(6));
        assertTrue(en.get(7).startsWith("4-way handshake 1/4: the server has nothing more to send"), en.get(7));
        assertTrue(en.get(7).contains("(Seq=6), so the client will acknowledge it with Ack=7"), en.get(7));
        assertTrue(en.get(8).startsWith("4-way handshake 2/4: the client acknowledges the server's FIN (Ack=7"),
                en.get(8));
        assertTrue(en.get(9).startsWith("4-way handshake 3/4: the client"), en.get(9));
        assertTrue(en.get(10).startsWith("4-way handshake 4/4: the server acknowledges the client's FIN (Ack=7)"),
                en.get(10));
        assertTrue(en.get(10).contains("The server, which sent the first FIN, now waits in TIME_WAIT"), en.get(10));
        assertTrue(en.get(11).startsWith("Window update:"), en.get(11));
        assertFalse(en.get(11).contains("4/4"), "an ACK is never acknowledged: " + en.get(11));
    }

    @Test
    void seedPlaintextConversationReadsInKorean() {
        List<String> ko = seedPlaintextConversation().stream()
                .map(s -> Bundles.render(explainer.explain(s.packet(), s.analysis()), Bundles.KO)).toList();
        assertTrue(ko.get(0).contains("초기 시퀀스 번호(ISN)는 4175220519"), ko.get(0));
        assertTrue(ko.get(3).contains("클라이언트가 데이터 5바이트를 보냅니다"), ko.get(3));
        assertTrue(ko.get(3).contains("\"HELLO\"") && ko.get(3).contains("평문"), ko.get(3));
        assertTrue(ko.get(4).startsWith("윈도우 업데이트: 서버가"), ko.get(4));
        assertTrue(ko.get(7).startsWith("4-way handshake 1/4: 서버가"), ko.get(7));
        assertTrue(ko.get(10).contains("TIME_WAIT"), ko.get(10));
    }

    @Test
    void summaryDecodesCompletenessInWords() {
        seedPlaintextConversation().forEach(s -> explainer.payload(s.packet(), s.analysis(), false));
        ConversationSummary sum = new ConversationSummary(0, Seg.LOCALHOST, 63304, Seg.LOCALHOST, 12321, 12, 1, 12,
                0, 2_500_000, true, 5, 5, false, false, 31);
        String text = Bundles.render(explainer.summarize(sum), Bundles.EN);
        assertTrue(text.startsWith("Conversation 0: client 127.0.0.1:63304 \u2194 server 127.0.0.1:12321, 12 "
                + "packets (frames 1\u201312) in 0.003 s."), text);
        assertTrue(text.contains("Plaintext was seen"), text);
        assertTrue(text.contains("The server closed first"), text);
        assertTrue(text.endsWith("Completeness 31 = complete: SYN, SYN-ACK, ACK, data and FIN."), text);
        Bundles.render(explainer.summarize(sum), Bundles.KO);
        explainer.release(0);
        assertEquals(Set.of(), explainer.payloadKinds(0));
    }

    @Test
    void encryptedConversationShowsKeysAndRecordsButNoPlaintext() {
        List<Seg> segs = List.of(
                Seg.s2c(4, DATA, 1, 1).port(12345).data(KitBytes.publicKeyRecord(294)),
                Seg.c2s(6, DATA, 1, 301).port(12345).data(KitBytes.wrappedKey()),
                Seg.c2s(7, DATA, 257, 301).port(12345).data(KitBytes.record(1, 0, 5)),
                Seg.s2c(8, DATA, 301, 294).port(12345).data(KitBytes.record(2, 0, 5)));
        List<String> en = segs.stream().map(this::en).toList();
        assertTrue(en.get(0).contains("the 294-byte X.509 (SubjectPublicKeyInfo) DER key, 300 bytes in all. It is "
                + "public by design: seeing it does not let anyone decrypt"), en.get(0));
        assertTrue(en.get(1).contains("only the server's private key can unwrap"), en.get(1));
        assertTrue(en.get(2).contains("AES-GCM record #0 client\u2192server: length L=33, nonce 12 B (direction 1, "
                + "sequence 0), ciphertext 5 B (= plaintext length), tag 16 B."), en.get(2));
        assertTrue(en.get(2).contains("the text is unreadable on the wire"), en.get(2));
        assertTrue(en.get(2).contains("With only 37 bytes, 5.21 bits/byte is the highest entropy possible"), en.get(2));
        assertTrue(en.get(3).contains("AES-GCM record #0 server\u2192client"), en.get(3));
        ConversationSummary sum = new ConversationSummary(0, Seg.LOCALHOST, 63304, Seg.LOCALHOST, 12345, 9, 1, 9,
                0, 1_000_000, true, 293, 337, true, false, 31);
        String summary = Bundles.render(explainer.summarize(sum), Bundles.EN);
        assertTrue(summary.contains("Only ciphertext was seen"), summary);
        assertTrue(summary.contains("The client closed first"), summary);
    }

    @Test
    void payloadIsClassifiedOncePerPacket() {
        Seg s = Seg.c2s(7, DATA, 1, 1).port(12345).data(KitBytes.record(1, 0, 5));
        PayloadView view = explainer.payload(s.packet(), s.analysis(), true);
        assertSame(view, explainer.payload(s.packet(), s.analysis(), true));
        String text = en(s);
        assertTrue(text.contains("record #0") && !text.contains("repeat"), text);
    }

    @Test
    void packedRecordsAreCountedAndEachLabelled() {
        Seg s = Seg.c2s(7, DATA, 1, 1).port(12345)
                .data(KitBytes.concat(KitBytes.record(1, 0, 5), KitBytes.record(1, 1, 5)));
        String text = en(s);
        assertTrue(text.contains("This segment holds 2 records back to back"), text);
        assertTrue(text.contains("record #1 client\u2192server"), text);
    }

    @Test
    void rstAnsweringASynMeansConnectionRefused() {
        Seg rst = Seg.s2c(2, TcpFlags.RST | ACK, 1, 1).phase(Phase.RESET).completeness(1 | 32);
        String text = en(rst);
        assertTrue(text.startsWith("The server resets the connection (RST)"), text);
        assertTrue(text.contains("no program is listening on port 12321"), text);
    }

    @Test
    void duplicateAckSaysWhichFrameItRepeats() {
        Seg dup = Seg.s2c(20, ACK, 1, 6).findings(Finding.DUPLICATE_ACK).dupAck(2, 18);
        String text = en(dup);
        assertTrue(text.startsWith("Duplicate ACK #2 (same as frame 18): the server repeats Ack=6"), text);
        assertFalse(text.contains("ACK without data"), text);
    }

    @Test
    void retransmittedDataIsNamedAndNotRelabelled() {
        explainer.explain(Seg.c2s(4, DATA, 1, 1).data("HELLO").packet(), Seg.c2s(4, DATA, 1, 1).data("HELLO")
                .analysis());
        Seg again = Seg.c2s(9, DATA, 1, 1).data("HELLO").findings(Finding.RETRANSMISSION);
        String text = en(again);
        assertTrue(text.startsWith("Retransmission: the client sends bytes from Seq=1 a second time"), text);
    }

    @Test
    void otherFramesGetOneSentence() {
        Packet udp = new Packet(3, 0, LinkType.RAW, 33, 33, Bytes.EMPTY, new LinkHeader.RawIp(0, 0, 0x0800), null,
                new Transport.Udp(20, 5353, 5353, 13, 0, 28, Bytes.ofHex("48454c4c4f")), null);
        String text = Bundles.render(explainer.explain(udp, null), Bundles.EN);
        assertTrue(text.startsWith("UDP datagram from port 5353 to port 5353 with 5 bytes of payload."), text);
        Packet arp = new Packet(4, 0, LinkType.ETHERNET, 42, 42, Bytes.EMPTY, new LinkHeader.Ethernet(0, 14,
                Bytes.EMPTY, Bytes.EMPTY, 0x0806, List.of()), null, null, null);
        assertTrue(Bundles.render(explainer.explain(arp, null), Bundles.EN).startsWith("ARP:"));
        Packet bad = new Packet(17, 0, LinkType.RAW, 40, 40, Bytes.EMPTY, new LinkHeader.RawIp(0, 0, 0x0800), null,
                null, new Malformed("TCP", Malformed.BAD_HEADER_LENGTH, 32, "header length 12 < 20"));
        String badText = explainer.explain(bad, null).render(Bundles.EN);
        assertTrue(badText.startsWith("Frame 17 is malformed: TCP header length 12 < 20;"), badText);
        for (Messages m : Bundles.BOTH) {
            Bundles.render(explainer.explain(arp, null), m);
            Bundles.render(explainer.explain(udp, null), m);
        }
    }
}
