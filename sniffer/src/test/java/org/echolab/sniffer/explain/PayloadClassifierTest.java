package org.echolab.sniffer.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.decode.TcpFlags;
import org.junit.jupiter.api.Test;

class PayloadClassifierTest {
    private static final int DATA = TcpFlags.PSH | TcpFlags.ACK;
    private static final int SECURE = 12345;

    private final PayloadClassifier classifier = new PayloadClassifier();

    private PayloadView client(long frame, long relSeq, byte[] payload) {
        Seg s = Seg.c2s(frame, DATA, relSeq, 1).port(SECURE).data(payload);
        return classifier.classify(s.packet(), s.analysis(), false);
    }

    private PayloadView server(long frame, long relSeq, byte[] payload) {
        Seg s = Seg.s2c(frame, DATA, relSeq, 1).port(SECURE).data(payload);
        return classifier.classify(s.packet(), s.analysis(), false);
    }

    @Test
    void entropyOfHelloIsAbout1_92BitsPerByte() {
        assertEquals(1.922, PayloadBytes.entropy(Bytes.ofHex("48454c4c4f")), 0.001); // HELLO
        assertEquals("1.92", PayloadClassifier.content(Bytes.ofHex("48454c4c4f"), false).entropyText());
    }

    @Test
    void twoDecimalsRoundsAsBigDecimalHalfUpOnTheShortestForm() {
        java.util.Random random = new java.util.Random(5);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, 8.0, 0.005, 0.015, 1.125, 2.675, 7.995, 7.9949,
                2.5e-4, 9.99e-3, 1e-7, 12.345, 0.1 + 0.2, 9_999.995, 9_999.994999, 10_000.0, 0.994999999, 0.995));
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextDouble() * 8);
            double tie = Math.round(random.nextDouble() * 8000) / 1000.0;
            values.add(tie);
            values.add(Math.nextUp(tie));
            values.add(tie > 0 ? Math.nextDown(tie) : tie);
            values.add(random.nextDouble() * 20_000);
            // Real entropies: n bytes of which k differ.
            int n = 1 + random.nextInt(2000);
            long[] counts = new long[256];
            for (int j = 0; j < n; j++) {
                counts[random.nextInt(1 + random.nextInt(256))]++;
            }
            values.add(Entropy.bitsPerByte(counts, n));
        }
        for (double v : values) {
            String expected = new java.math.BigDecimal(Double.toString(v)).setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString();
            assertEquals(expected, Entropy.twoDecimals(v), () -> Double.toString(v));
            // What the report and the lab's comparison printed before they shared this rounding.
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", v), Entropy.twoDecimals(v), () -> Double.toString(v));
        }
    }

    @Test
    void quotingAStringThatNeedsNoEscapeMatchesTheEscapingPath() {
        assertEquals("\"HELLO\"", PayloadBytes.quote("HELLO", 0));
        assertEquals("\"HEL\u2026\"", PayloadBytes.quote("HELLO", 3));
        assertEquals("\"HELLO\"", PayloadBytes.quote("HELLO", 5));
        assertEquals("\"a\\nb\u2026\"", PayloadBytes.quote("a\nbc", 3));
        assertEquals("\"\uD83D\uDE00x\"", PayloadBytes.quote("\uD83D\uDE00x", 2), "a surrogate pair counts once");
        assertEquals("\"\uD83D\uDE00\u2026\"", PayloadBytes.quote("\uD83D\uDE00x", 1));
        assertEquals("\"\uC548\uB155\"", PayloadBytes.quote("\uC548\uB155", 60));
    }

    @Test
    void entropyOfRandomBytesIsAboveSeven() {
        assertTrue(PayloadBytes.entropy(Bytes.copyOf(KitBytes.random(256, 1))) > 7.0);
        assertEquals(0.0, PayloadBytes.entropy(Bytes.ofHex("41414141")));
    }

    @Test
    void helloOnThePlainPortIsQuotedText() {
        Seg s = Seg.c2s(4, DATA, 1, 1).data("HELLO");
        PayloadView v = classifier.classify(s.packet(), s.analysis(), false);
        assertEquals("text", v.kind());
        assertEquals("HELLO", v.text());
        assertEquals("\"HELLO\"", v.quotedText());
        assertEquals(5, v.bytes());
    }

    @Test
    void lineEndingsAreAllowedInTextAndEscapedWhenQuoted() {
        PayloadView v = PayloadClassifier.content(Bytes.ofHex("48490d0a09"), false); // HI\r\n\t
        assertEquals("\"HI\\r\\n\\t\"", v.quotedText());
        assertEquals(PayloadKind.BINARY, PayloadClassifier.content(Bytes.ofHex("4849 00"), false).payloadKind());
    }

    @Test
    void binaryDumpShowsTheFirst64BytesUnlessFull() {
        byte[] counting = new byte[100];
        for (int i = 0; i < counting.length; i++) {
            counting[i] = (byte) i;
        }
        PayloadView preview = PayloadClassifier.content(Bytes.copyOf(counting), false);
        assertEquals(PayloadKind.BINARY, preview.payloadKind());
        assertTrue(preview.truncated());
        assertEquals(4, preview.dumpLines().size());
        assertEquals("0000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  ................",
                preview.dumpLines().get(0));
        assertEquals(128, preview.hex().length());
        PayloadView full = PayloadClassifier.content(Bytes.copyOf(counting), true);
        assertFalse(full.truncated());
        assertEquals(7, full.dumpLines().size());
        assertEquals("0060  60 61 62 63                                       `abc", full.dumpLines().get(6));
    }

    @Test
    void a300ByteElk1RecordIsTheServersPublicKey() {
        PayloadView v = server(4, 1, KitBytes.publicKeyRecord(294));
        assertEquals("kit_public_key", v.kind());
        assertEquals(300, v.bytes());
        assertEquals(294, v.keyLength());
        assertEquals(KitRecord.Part.WHOLE, v.keyPart());
    }

    @Test
    void the256ByteFirstClientPayloadIsTheWrappedSessionKey() {
        PayloadView v = client(6, 1, KitBytes.wrappedKey());
        assertEquals("kit_wrapped_key", v.kind());
        assertEquals(256, v.keyLength());
        assertTrue(v.entropy() > 7.0, v.entropyText());
        assertTrue(v.records().isEmpty());
    }

    @Test
    void a37ByteRecordCarriesFiveBytesOfCiphertext() {
        client(6, 1, KitBytes.wrappedKey());
        PayloadView v = client(8, 257, KitBytes.record(1, 0, 5));
        assertEquals("kit_record", v.kind());
        KitRecord r = v.records().get(0);
        assertEquals(List.of(new KitRecord(0, true, 0, 33, 0, 37, KitRecord.Part.WHOLE)), v.records());
        assertEquals(5, r.ciphertextLength());
    }

    @Test
    void aRecordIsRecognisedEvenWhenTheKeyExchangeWasNotCaptured() {
        PayloadView v = server(9, 301, KitBytes.record(2, 3, 5));
        assertEquals(PayloadKind.KIT_RECORD, v.payloadKind());
        assertEquals(3, v.records().get(0).nonceSequence());
        assertFalse(v.records().get(0).fromClient());
    }

    @Test
    void oneSegmentCanHoldTwoRecords() {
        client(6, 1, KitBytes.wrappedKey());
        PayloadView v = client(8, 257, KitBytes.concat(KitBytes.record(1, 0, 5), KitBytes.record(1, 1, 8)));
        assertEquals(2, v.records().size());
        assertEquals(new KitRecord(1, true, 1, 36, 37, 40, KitRecord.Part.WHOLE), v.records().get(1));
        assertEquals(0, v.unparsedBytes());
    }

    @Test
    void aRecordSplitAcrossSegmentsIsLabelledInBothParts() {
        byte[] rec = KitBytes.record(1, 0, 5);
        PayloadView first = client(8, 1, KitBytes.slice(rec, 0, 20));
        PayloadView second = client(9, 21, KitBytes.slice(rec, 20, 37));
        assertEquals(new KitRecord(0, true, 0, 33, 0, 20, KitRecord.Part.START), first.records().get(0));
        assertEquals(new KitRecord(0, true, 0, 33, 0, 17, KitRecord.Part.END), second.records().get(0));
        PayloadView next = client(10, 38, KitBytes.record(1, 1, 5));
        assertEquals(1, next.records().get(0).index());
    }

    @Test
    void aLengthFieldCutByTheSegmentBoundaryIsCarriedOver() {
        byte[] rec = KitBytes.record(1, 0, 5);
        client(6, 1, KitBytes.wrappedKey());
        PayloadView first = client(8, 257, KitBytes.slice(rec, 0, 2));
        assertEquals(PayloadKind.KIT_RECORD, first.payloadKind());
        assertTrue(first.records().isEmpty());
        PayloadView second = client(9, 259, KitBytes.slice(rec, 2, 37));
        assertEquals(new KitRecord(0, true, 0, 33, 0, 35, KitRecord.Part.END), second.records().get(0));
    }

    @Test
    void aPublicKeyAndTheFirstRecordCanShareASegment() {
        PayloadView v = server(4, 1, KitBytes.concat(KitBytes.publicKeyRecord(294), KitBytes.record(2, 0, 5)));
        assertEquals(PayloadKind.KIT_PUBLIC_KEY, v.payloadKind());
        assertEquals(300, v.records().get(0).offset());
    }

    @Test
    void aRetransmissionIsNotParsedTwice() {
        byte[] rec = KitBytes.record(1, 0, 5);
        client(8, 1, rec);
        PayloadView again = client(9, 1, rec);
        assertTrue(again.resent());
        assertTrue(again.records().isEmpty());
        assertEquals(1, client(10, 38, KitBytes.record(1, 1, 5)).records().get(0).index());
    }

    @Test
    void bytesThatFitNoRecordStopTheLabelling() {
        byte[] junk = KitBytes.concat(KitBytes.record(2, 0, 5), new byte[] {0x7f, 0x7f, 0x7f, 0x7f, 0, 0, 0, 2});
        PayloadView v = server(4, 1, junk);
        assertEquals(1, v.records().size());
        assertEquals(8, v.unparsedBytes());
        assertEquals(PayloadKind.BINARY, server(5, 46, KitBytes.record(2, 1, 5)).payloadKind());
    }

    @Test
    void releasingAStreamForgetsIt() {
        client(8, 1, KitBytes.record(1, 0, 5));
        assertEquals(1, classifier.trackedStreams());
        classifier.release(0);
        assertEquals(0, classifier.trackedStreams());
    }

    @Test
    void segmentsWithoutPayloadHaveKindNone() {
        Seg s = Seg.c2s(3, TcpFlags.ACK, 1, 1);
        assertEquals(PayloadView.NONE, classifier.classify(s.packet(), s.analysis(), false));
        assertEquals("none", PayloadView.NONE.kind());
        assertNull(PayloadView.NONE.quotedText());
    }
}
