package org.echolab.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing array of UTF-8 bytes that text is encoded into as it is appended: the sniffer
 * renders a million packets of text, and building each line as a String first, then encoding
 * it, costs more than the words themselves. Strings are encoded exactly as
 * {@link String#getBytes(java.nio.charset.Charset) getBytes(UTF_8)} encodes them (an unpaired
 * surrogate becomes {@code ?}); numbers are written as digits without a String. Not thread-safe.
 */
public final class Utf8Buffer {
    private byte[] bytes;
    private int length;

    public Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** Bytes written so far. */
    public int length() {
        return length;
    }

    /** Drops everything after the first {@code n} bytes. */
    public void setLength(int n) {
        if (n < 0 || n > length) {
            throw new IndexOutOfBoundsException(n);
        }
        length = n;
    }

    /** The array holding the bytes (valid up to {@link #length()}); not a copy. */
    public byte[] array() {
        return bytes;
    }

    public Utf8Buffer append(byte[] b) {
        return append(b, 0, b.length);
    }

    public Utf8Buffer append(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, length, len);
        length += len;
        return this;
    }

    /** One byte; for ASCII characters only (callers write {@code '\n'}, {@code ' '}, digits). */
    public Utf8Buffer ascii(char c) {
        if (c >= 0x80) {
            throw new IllegalArgumentException("not ASCII: " + (int) c);
        }
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /**
     * One character (without this overload a char would widen to {@link #append(long)} and print
     * as its code); a lone surrogate becomes {@code ?}, as in {@link #append(String)}.
     */
    public Utf8Buffer append(char c) {
        return c < 0x80 ? ascii(c) : append(String.valueOf(c));
    }

    /** {@code s} in UTF-8; "null" for null, as {@link StringBuilder#append(String)} prints it. */
    public Utf8Buffer append(String s) {
        if (s == null) {
            s = "null";
        }
        int n = s.length();
        int i = 0;
        while (true) {
            ensure(n - i);
            byte[] b = bytes;
            int at = length;
            // ASCII, the bulk of every line, one byte per character.
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                b[at++] = (byte) c;
            }
            length = at;
            if (i == n) {
                return this;
            }
            // One character of two or three bytes (or a surrogate pair of four), then ASCII again.
            i = appendOne(s, i);
        }
    }

    /** The character of {@code s} at {@code i} (with its low surrogate); returns the index after it. */
    private int appendOne(String s, int i) {
        ensure(4);
        byte[] b = bytes;
        int at = length;
        char c = s.charAt(i++);
        if (c < 0x800) {
            b[at++] = (byte) (0xc0 | c >> 6);
            b[at++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c) && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
            int cp = Character.toCodePoint(c, s.charAt(i++));
            b[at++] = (byte) (0xf0 | cp >> 18);
            b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
            b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
            b[at++] = (byte) (0x80 | cp & 0x3f);
        } else if (Character.isSurrogate(c)) {
            b[at++] = '?';
        } else {
            b[at++] = (byte) (0xe0 | c >> 12);
            b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
            b[at++] = (byte) (0x80 | c & 0x3f);
        }
        length = at;
        return i;
    }

    /** {@code v} in decimal, as {@link Long#toString(long)} prints it. */
    public Utf8Buffer append(long v) {
        if (v == Long.MIN_VALUE) {
            return append(Long.toString(v));
        }
        ensure(20);
        if (v < 0) {
            bytes[length++] = '-';
            v = -v;
        }
        // Counted from the bit length, then written two digits at a time from the right: sequence
        // numbers, ports and lengths on every line, and a division per digit showed in profiles.
        int log = (64 - Long.numberOfLeadingZeros(v | 1)) * 1233 >>> 12;
        int digits = v < 10 ? 1 : log + (v >= POWERS_OF_TEN[log] ? 1 : 0);
        byte[] b = bytes;
        int end = length + digits;
        int at = end;
        while (v > Integer.MAX_VALUE) {
            long q = v / 100;
            int r = (int) (v - q * 100);
            b[--at] = ONES[r];
            b[--at] = TENS[r];
            v = q;
        }
        int i = (int) v;
        while (i >= 100) {
            int q = i / 100;
            int r = i - q * 100;
            b[--at] = ONES[r];
            b[--at] = TENS[r];
            i = q;
        }
        if (i >= 10) {
            b[--at] = ONES[i];
            b[--at] = TENS[i];
        } else {
            b[--at] = (byte) ('0' + i);
        }
        length = end;
        return this;
    }

    /** 10^0 … 10^18: every power of ten a long holds. */
    private static final long[] POWERS_OF_TEN = new long[19];
    /** The digits of 0..99: tens and ones. */
    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (more > bytes.length - length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
