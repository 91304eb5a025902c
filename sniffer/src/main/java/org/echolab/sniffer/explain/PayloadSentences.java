package org.echolab.sniffer.explain;

import java.util.List;
import java.util.Locale;

/** The sentences that say what a payload is: plaintext, binary, or the secure pair's messages. */
final class PayloadSentences {
    /** Below 256 bytes not every byte value can occur, so entropy stays under log2(length) &lt; 8. */
    private static final int FULL_ENTROPY_BYTES = 256;

    private PayloadSentences() {
    }

    /** Appends the sentences about payload {@code v} (none when it is empty) to {@code out}. */
    static void of(PayloadView v, List<Sentence> out) {
        if (v == null || v.isEmpty()) {
            return;
        }
        String entropy = v.entropyText();
        if (v.resent()) {
            out.add(Sentence.of("payload.resent"));
            return;
        }
        switch (v.payloadKind()) {
            case TEXT -> out.add(Sentence.of("payload.text", v.shortQuotedText(), entropy));
            case BINARY -> out.add(Sentence.of("payload.binary", v.bytes(), entropy));
            case KIT_PUBLIC_KEY -> {
                out.add(Sentence.of("payload.kit.public_key", v.keyLength(), v.keyLength() + 6));
                keyPart(v, out);
            }
            case KIT_WRAPPED_KEY -> {
                out.add(Sentence.of("payload.kit.wrapped_key", v.keyLength(), entropy));
                keyPart(v, out);
            }
            default -> {
            }
        }
        records(v, out);
        if (v.payloadKind() == PayloadKind.KIT_RECORD) {
            out.add(Sentence.of("payload.kit.unreadable", entropy));
            if (v.bytes() < FULL_ENTROPY_BYTES) {
                double max = Math.log(v.bytes()) / Math.log(2);
                out.add(Sentence.of("payload.entropy.short", v.bytes(), Entropy.twoDecimals(max)));
            }
        }
        if (v.unparsedBytes() > 0) {
            out.add(Sentence.of("payload.kit.unparsed", v.unparsedBytes()));
        }
    }

    private static void keyPart(PayloadView v, List<Sentence> out) {
        if (v.keyPart() != null && v.keyPart() != KitRecord.Part.WHOLE) {
            out.add(Sentence.of("payload.kit.key_part." + v.keyPart().name().toLowerCase(Locale.ROOT)));
        }
    }

    private static void records(PayloadView v, List<Sentence> out) {
        List<KitRecord> records = v.records();
        long starting = 0;
        for (KitRecord r : records) {
            if (r.part() == KitRecord.Part.WHOLE || r.part() == KitRecord.Part.START) {
                starting++;
            }
        }
        if (starting > 1) {
            out.add(Sentence.of("payload.kit.records.many", starting));
        }
        for (KitRecord r : records) {
            out.add(record(r));
        }
        if (records.isEmpty() && v.payloadKind() == PayloadKind.KIT_RECORD) {
            out.add(Sentence.of("payload.kit.header_cut"));
        }
    }

    private static Sentence record(KitRecord r) {
        Sentence dir = Sentence.of(r.fromClient() ? "dir.c2s" : "dir.s2c");
        return switch (r.part()) {
            case WHOLE, START -> {
                String key = r.nonceSequence() >= 0 ? "payload.kit.record" : "payload.kit.record.no_nonce";
                Sentence head = Sentence.of(key, r.index(), dir, r.recordLength(), r.direction(),
                        r.nonceSequence(), r.ciphertextLength());
                yield r.part() == KitRecord.Part.WHOLE ? head
                        : Sentence.of("payload.kit.record.start", head, r.bytesHere(), r.totalLength());
            }
            case MIDDLE -> Sentence.of("payload.kit.record.middle", r.index(), dir, r.bytesHere(), r.totalLength());
            case END -> Sentence.of("payload.kit.record.end", r.index(), dir, r.bytesHere(), r.totalLength(),
                    r.ciphertextLength());
        };
    }
}
