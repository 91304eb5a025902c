package org.echolab.sniffer.explain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echolab.sniffer.decode.Bytes;

/** Pure byte-level measurements of a payload: entropy, readable text, hex dump. */
final class PayloadBytes {
    /** Bytes per hex dump line. */
    static final int DUMP_WIDTH = 16;

    private PayloadBytes() {
    }

    /** One histogram per thread, cleared for every payload (two per packet would be 4 KB of garbage). */
    private static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[256]);

    /**
     * Payloads up to this long are measured over their own bytes; longer ones through a full
     * histogram (clearing and scanning 256 counts costs more than a short payload's bytes).
     */
    static final int SHORT = 128;
    /** Per thread: counts that are all zero between calls, and the distinct values of one payload. */
    private static final ThreadLocal<long[]> SHORT_COUNTS = ThreadLocal.withInitial(() -> new long[256]);
    private static final ThreadLocal<int[]> SHORT_VALUES = ThreadLocal.withInitial(() -> new int[SHORT]);

    /** The Shannon entropy of the payload in bits per byte ({@link Entropy#bitsPerByte}), to the last bit. */
    static double entropy(Bytes data) {
        int n = data.length();
        if (n == 0 || n > SHORT) {
            return Entropy.bitsPerByte(counts(data), n);
        }
        // The same sum as bitsPerByte: each value that occurs, in ascending order, but found
        // from the payload's own bytes instead of by scanning 256 counts.
        long[] counts = SHORT_COUNTS.get();
        int[] values = SHORT_VALUES.get();
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int b = data.get(i);
            if (counts[b]++ == 0) {
                // Insertion into the sorted list of values seen so far.
                int at = distinct++;
                while (at > 0 && values[at - 1] > b) {
                    values[at] = values[at - 1];
                    at--;
                }
                values[at] = b;
            }
        }
        double h = 0.0;
        for (int i = 0; i < distinct; i++) {
            h = Entropy.minusTerm(h, counts[values[i]], n);
            counts[values[i]] = 0;
        }
        return h;
    }

    /**
     * How often each byte value occurs: what the entropy and the printable-text test both need, in
     * one pass. The array is this thread's, valid until its next call: use it, never keep it.
     */
    static long[] counts(Bytes data) {
        long[] counts = COUNTS.get();
        Arrays.fill(counts, 0);
        data.countInto(counts);
        return counts;
    }

    /**
     * True when the payload is text: valid UTF-8 made only of printable characters plus
     * {@code \r}, {@code \n} and {@code \t} (false when empty). The text itself is then the
     * payload decoded as UTF-8 ({@link Bytes#toUtf8String()}).
     */
    static boolean isReadableText(Bytes data) {
        return isReadableText(data, null);
    }

    /** Like {@link #isReadableText(Bytes)}, with the byte {@link #counts} when they are known already. */
    static boolean isReadableText(Bytes data, long[] counts) {
        if (data.isEmpty()) {
            return false;
        }
        if (counts != null ? isPrintableAscii(counts) : isPrintableAscii(data)) {
            return true;
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data.toArray()));
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        return chars.codePoints().allMatch(PayloadBytes::isReadable);
    }

    /**
     * True when text holds none of the characters {@link #quote} escapes ({@code \r \n \t " \}).
     * They are ASCII, and no byte of a longer UTF-8 sequence is ASCII, so the bytes decide.
     */
    static boolean escapeFree(Bytes utf8) {
        for (int i = 0, n = utf8.length(); i < n; i++) {
            if (isEscaped(utf8.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #escapeFree(Bytes)} from the payload's byte {@link #counts}. */
    static boolean escapeFree(long[] counts) {
        return counts['\r'] == 0 && counts['\n'] == 0 && counts['\t'] == 0 && counts['"'] == 0 && counts['\\'] == 0;
    }

    /** One of the characters {@link #quote} escapes. */
    static boolean isEscaped(int c) {
        return c == '\r' || c == '\n' || c == '\t' || c == '"' || c == '\\';
    }

    /** The common case, decided without a decoder: printable ASCII plus CR, LF and tab. */
    private static boolean isPrintableAscii(Bytes data) {
        for (int i = 0, n = data.length(); i < n; i++) {
            int b = data.get(i);
            if ((b < 0x20 || b > 0x7e) && b != '\r' && b != '\n' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrintableAscii(long[] counts) {
        // Any count outside printable ASCII plus CR, LF and tab, or-ed together without a branch per value.
        long outside = 0;
        for (int b = 0; b < 0x20; b++) {
            outside |= b == '\r' || b == '\n' || b == '\t' ? 0 : counts[b];
        }
        for (int b = 0x7f; b < 0x100; b++) {
            outside |= counts[b];
        }
        return outside == 0;
    }

    private static boolean isReadable(int cp) {
        if (cp == '\r' || cp == '\n' || cp == '\t') {
            return true;
        }
        int type = Character.getType(cp);
        return !Character.isISOControl(cp) && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.SURROGATE && type != Character.FORMAT;
    }

    /**
     * {@code text} in double quotes with {@code \r \n \t " \} escaped, cut after {@code maxChars}
     * code points with an ellipsis ({@code maxChars <= 0}: never cut).
     */
    static String quote(String text, int maxChars) {
        // Most payloads need no escape and hold no surrogate pair: then chars are code points.
        int limit = maxChars <= 0 ? text.length() : Math.min(text.length(), maxChars);
        if (needsNoEscape(text, limit)) {
            return limit < text.length() ? '"' + text.substring(0, limit) + "\u2026\"" : '"' + text + '"';
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), maxChars > 0 ? maxChars * 2 : text.length()) + 3)
                .append('"');
        int at = 0;
        int count = 0;
        while (at < text.length() && (maxChars <= 0 || count < maxChars)) {
            int cp = text.codePointAt(at);
            at += Character.charCount(cp);
            count++;
            switch (cp) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.appendCodePoint(cp);
            }
        }
        if (at < text.length()) {
            sb.append('\u2026');
        }
        return sb.append('"').toString();
    }

    static boolean needsNoEscape(String text, int limit) {
        if (limit == text.length() && limit > 64) {
            // Nothing is cut, so surrogate pairs need no counting: five vectorised searches decide.
            return text.indexOf('\r') < 0 && text.indexOf('\n') < 0 && text.indexOf('\t') < 0
                    && text.indexOf('"') < 0 && text.indexOf('\\') < 0;
        }
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (isEscaped(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A classic hex + ASCII dump, {@value #DUMP_WIDTH} bytes a line:
     * {@code 0000  48 45 4c 4c 4f                                     HELLO}.
     * Non-printable ASCII shows as {@code .}; an extra space separates the two halves.
     */
    static List<String> hexDump(Bytes data) {
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < data.length(); start += DUMP_WIDTH) {
            int end = Math.min(start + DUMP_WIDTH, data.length());
            StringBuilder sb = new StringBuilder(76).append(String.format("%04x  ", start));
            StringBuilder ascii = new StringBuilder(DUMP_WIDTH);
            for (int i = start; i < start + DUMP_WIDTH; i++) {
                if (i == start + DUMP_WIDTH / 2) {
                    sb.append(' ');
                }
                if (i < end) {
                    int b = data.get(i);
                    sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xf, 16)).append(' ');
                    ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    sb.append("   ");
                }
            }
            lines.add(sb.append(' ').append(ascii).toString());
        }
        return lines;
    }
}
