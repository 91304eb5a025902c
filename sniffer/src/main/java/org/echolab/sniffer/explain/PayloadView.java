package org.echolab.sniffer.explain;

import java.util.List;
import org.echolab.sniffer.decode.Bytes;

/**
 * How a renderer shows one payload: its size, entropy, kind, the readable text (when it is text)
 * or a hex dump of the first {@value #PREVIEW_BYTES} bytes (all of them when asked for in full),
 * and for the secure pair what each part of it is.
 *
 * @param payloadKind what the bytes are
 * @param bytes payload bytes captured (tcp.len when nothing was cut by the snap length)
 * @param entropy Shannon entropy in bits per byte, 0–8: text is around 2–5, ciphertext near 8
 *     once there are a few hundred bytes (a short record cannot show more than log2(length))
 * @param shown the bytes the dump shows: the first {@value #PREVIEW_BYTES}, or all
 * @param truncated true when {@code shown} is shorter than the payload
 * @param keyLength for {@link PayloadKind#KIT_PUBLIC_KEY} the DER length N, for
 *     {@link PayloadKind#KIT_WRAPPED_KEY} 256; -1 otherwise
 * @param keyPart which part of the key message this segment carries, null when none
 * @param records the GCM records (or parts) found in this payload, in order
 * @param unparsedBytes trailing bytes on a kit port that fit no record layout
 * @param resent true when these bytes repeat stream bytes already seen (a retransmission), so
 *     they were not parsed again
 * @param textUtf8 the payload when it is readable text (printable ASCII, or UTF-8 that decodes
 *     without a single replacement to printable characters): the UTF-8 encoding of {@link #text()};
 *     null when it is not text
 * @param escapeFree the text holds none of {@code \r \n \t " \}, so {@link #quotedText()} is just the
 *     text between double quotes and a renderer can print {@code textUtf8} between quotes without
 *     building the quoted copy; false without text
 */
public record PayloadView(PayloadKind payloadKind, int bytes, double entropy, Bytes shown,
        boolean truncated, int keyLength, KitRecord.Part keyPart, List<KitRecord> records, int unparsedBytes,
        boolean resent, Bytes textUtf8, boolean escapeFree) {
    /** How many bytes a dump shows unless the full payload is asked for. */
    public static final int PREVIEW_BYTES = 64;
    /** How many characters of text an explanation quotes. */
    static final int QUOTE_CHARS = 60;

    public static final PayloadView NONE = new PayloadView(PayloadKind.NONE, 0, 0.0, Bytes.EMPTY, false, -1,
            null, List.of(), 0, false, null, false);

    public PayloadView {
        records = List.copyOf(records);
    }

    /** The stable kind id for JSON: {@code none}, {@code text}, {@code binary}, {@code kit_record} … */
    public String kind() {
        return payloadKind.id();
    }

    /** The entropy with two decimals and a dot, e.g. {@code 1.92}: valid as a JSON number. */
    public String entropyText() {
        return Entropy.twoDecimals(entropy);
    }

    /** Lower-case hex of the shown bytes, no separators. */
    public String hex() {
        return shown.toHex();
    }

    /** The shown bytes as hex + ASCII lines of 16 bytes with an offset column. */
    public List<String> dumpLines() {
        return PayloadBytes.hexDump(shown);
    }

    /**
     * The payload as text, or null when it is not readable text. Decoded from {@link #textUtf8()}
     * on each call: the text renderer prints those bytes as they are, so most payloads never
     * become a String.
     */
    public String text() {
        return textUtf8 == null ? null : textUtf8.toUtf8String();
    }

    /** The text in double quotes with control characters escaped ({@code "HELLO\r\n"}); null when not text. */
    public String quotedText() {
        return textUtf8 == null ? null : PayloadBytes.quote(text(), 0);
    }

    /**
     * Like {@link #quotedText()} but cut to a length that fits in an explanation sentence: a
     * sentence argument that prints as that text, written from the payload's bytes when rendered.
     */
    QuotedText shortQuotedText() {
        return textUtf8 == null ? null : new QuotedText(textUtf8, QUOTE_CHARS);
    }

    /** The same view, marked as bytes already seen in the stream (a retransmission). */
    PayloadView resentCopy() {
        return new PayloadView(payloadKind, bytes, entropy, shown, truncated, keyLength, keyPart, records,
                unparsedBytes, true, textUtf8, escapeFree);
    }

    public boolean isEmpty() {
        return bytes == 0;
    }

    /** A view of plain content, no kit framing: text when readable, otherwise binary. */
    static PayloadView ofContent(Bytes payload, boolean full) {
        if (payload.isEmpty()) {
            return NONE;
        }
        boolean text;
        boolean escapeFree;
        double entropy;
        if (payload.length() <= PayloadBytes.SHORT) {
            text = PayloadBytes.isReadableText(payload);
            escapeFree = text && PayloadBytes.escapeFree(payload);
            entropy = PayloadBytes.entropy(payload);
        } else {
            // One histogram answers "is it printable ASCII", "anything to escape" and the entropy.
            long[] counts = PayloadBytes.counts(payload);
            text = PayloadBytes.isReadableText(payload, counts);
            escapeFree = text && PayloadBytes.escapeFree(counts);
            entropy = Entropy.bitsPerByte(counts, payload.length());
        }
        return of(text ? PayloadKind.TEXT : PayloadKind.BINARY, payload, full, text, escapeFree, -1, null,
                List.of(), 0, false, entropy);
    }

    /** A view of the secure pair's framing (never text). */
    static PayloadView ofKit(PayloadKind kind, Bytes payload, boolean full, int keyLength,
            KitRecord.Part keyPart, List<KitRecord> records, int unparsedBytes, boolean resent) {
        return of(kind, payload, full, false, false, keyLength, keyPart, records, unparsedBytes, resent,
                PayloadBytes.entropy(payload));
    }

    private static PayloadView of(PayloadKind kind, Bytes payload, boolean full, boolean text, boolean escapeFree,
            int keyLength, KitRecord.Part keyPart, List<KitRecord> records, int unparsedBytes, boolean resent,
            double entropy) {
        boolean cut = !full && payload.length() > PREVIEW_BYTES;
        Bytes shown = cut ? payload.slice(0, PREVIEW_BYTES) : payload;
        return new PayloadView(kind, payload.length(), entropy, shown, cut, keyLength, keyPart, records,
                unparsedBytes, resent, text ? payload : null, escapeFree);
    }
}
