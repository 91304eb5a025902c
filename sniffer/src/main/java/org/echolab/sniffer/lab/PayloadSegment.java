package org.echolab.sniffer.lab;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.echolab.sniffer.Dissection;
import org.echolab.sniffer.decode.Bytes;
import org.echolab.sniffer.explain.KitRecord;
import org.echolab.sniffer.explain.PayloadKind;
import org.echolab.sniffer.explain.PayloadView;

/**
 * One segment that carries data, as the sniffer classified it.
 *
 * @param length tcp.len
 * @param entropy Shannon entropy of the payload, bits per byte
 * @param keyLength for the public key record the DER length N (the record is N + 6 bytes), for the
 *     wrapped key 256, else -1
 * @param payload the captured payload bytes
 */
record PayloadSegment(long frame, boolean fromClient, int length, double entropy, PayloadKind kind, int keyLength,
        List<KitRecord> records, String text, Bytes payload) {
    /** The public key record's header: "ELK1" and the uint16 length. */
    static final int KEY_RECORD_HEADER = 6;

    PayloadSegment {
        records = List.copyOf(records);
    }

    static PayloadSegment of(Dissection d) {
        PayloadView v = d.payload();
        return new PayloadSegment(d.packet().number(), d.tcp().fromInitiator(), d.packet().tcp().segmentLength(),
                v.entropy(), v.payloadKind(), v.keyLength(), v.records(), v.text(), d.packet().tcp().payload());
    }

    /** True when {@code message} appears anywhere in the captured bytes, as ASCII/UTF-8. */
    boolean contains(String message) {
        byte[] needle = message.getBytes(StandardCharsets.UTF_8);
        byte[] hay = payload.toArray();
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return needle.length == 0;
    }
}
