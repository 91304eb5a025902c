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
 * @param text the payload as text, or null when it is not readable text
 * @param shown the bytes the dump shows: the first {@value #PREVIEW_BYTES}, or all
 * @param truncated true when {@code shown} is shorter than the payload
 * @param keyLength for {@link PayloadKind#KIT_PUBLIC_KEY} the DER length N, for
 *     {@link PayloadKind#KIT_WRAPPED_KEY} 256; -1 otherwise
 * @param keyPart which part of the key message this segment carries, null when none
 * @param records the GCM records (or parts) found in this payload, in order
 * @param unparsedBytes trailing bytes on a kit port that fit no record layout
 * @param resent true when these bytes repeat stream bytes already seen (a retransmission), so
 *     they were not parsed again
 * @param textUtf8 the payload bytes {@code text} was read from, which are its UTF-8 encoding
 *     (printable ASCII, or UTF-8 that decoded without a single replacement); null without text
 */
public record PayloadView(PayloadKind payloadKind, int bytes, double entropy, String text, Bytes shown,
        boolean truncated, int keyLength, KitRecord.Part keyPart, List<KitRecord> records, int unparsedBytes,
        boolean resent, Bytes textUtf8) {
    /** How many bytes a dump shows unless the full payload is asked for. */
    public static final int PREVIEW_BYTES = 64;
    /** How many characters of text an explanation quotes. */
    static final int QUOTE_CHARS = 60;

    public static final PayloadView NONE = new PayloadView(PayloadKind.NONE, 0, 0.0, null, Bytes.EMPTY, false, -1,
            null, List.of(), 0, false, null);

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

    /** The text in double quotes with control characters escaped ({@code "HELLO\r\n"}); null when not text. */
    public String quotedText() {
        return text == null ? null : PayloadBytes.quote(text, 0);
    }

    /**
     * The text when {@link #quotedText()} is just it between double quotes (nothing to escape),
     * so a renderer can print it without building the quoted copy; null otherwise.
     */
    public String textNeedingNoEscape() {
        return text != null && PayloadBytes.needsNoEscape(text, text.length()) ? text : null;
    }

    /**
     * Like {@link #quotedText()} but cut to a length that fits in an explanation sentence: a
     * sentence argument that prints as that text, written from the payload's bytes when rendered.
     */
    QuotedText shortQuotedText() {
        return text == null ? null : new QuotedText(text, textUtf8, QUOTE_CHARS);
    }

    public boolean isEmpty() {
        return bytes == 0;
    }

    /** A view of plain content, no kit framing: text when readable, otherwise binary. */
    static PayloadView ofContent(Bytes payload, boolean full) {
        if (payload.isEmpty()) {
            return NONE;
        }
        String text;
        double entropy;
        if (payload.length() <= PayloadBytes.SHORT) {
            text = PayloadBytes.readableText(payload);
            entropy = PayloadBytes.entropy(payload);
        } else {
            // One histogram gives both the "is it printable ASCII" answer and the entropy.
            long[] counts = PayloadBytes.counts(payload);
            text = PayloadBytes.readableText(payload, counts);
            entropy = Entropy.bitsPerByte(counts, payload.length());
        }
        return of(text != null ? PayloadKind.TEXT : PayloadKind.BINARY, payload, full, text, -1, null, List.of(),
                0, false, entropy);
    }

    static PayloadView of(PayloadKind kind, Bytes payload, boolean full, String text, int keyLength,
            KitRecord.Part keyPart, List<KitRecord> records, int unparsedBytes, boolean resent) {
        return of(kind, payload, full, text, keyLength, keyPart, records, unparsedBytes, resent,
                PayloadBytes.entropy(payload));
    }

    private static PayloadView of(PayloadKind kind, Bytes payload, boolean full, String text, int keyLength,
            KitRecord.Part keyPart, List<KitRecord> records, int unparsedBytes, boolean resent, double entropy) {
        boolean cut = !full && payload.length() > PREVIEW_BYTES;
        Bytes shown = cut ? payload.slice(0, PREVIEW_BYTES) : payload;
        // Every text comes from ofContent(payload): the payload's bytes are the text's UTF-8.
        return new PayloadView(kind, payload.length(), entropy, text, shown, cut, keyLength,
                keyPart, records, unparsedBytes, resent, text != null ? payload : null);
    }
}
