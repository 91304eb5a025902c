package org.echolab.sniffer.explain;

import org.echolab.cli.Decimals;

/**
 * Shannon entropy of byte values, and how the kit prints it: one formula and one rounding for
 * a single payload, a whole stream (the report and the lab's comparison) and every output.
 */
public final class Entropy {
    private Entropy() {
    }

    /**
     * Bits per byte, 0 (one repeated byte) to 8 (every byte value equally often):
     * {@code H = -Σ p(b) log2 p(b)} over the byte values {@code b} that occur, where
     * {@code counts[b]} of {@code total} bytes have value {@code b}.
     */
    public static double bitsPerByte(long[] counts, long total) {
        if (total == 0) {
            return 0.0;
        }
        double h = 0.0;
        for (long c : counts) {
            if (c > 0) {
                h = minusTerm(h, c, total);
            }
        }
        return h;
    }

    /**
     * {@code h - p log2 p} for a byte value seen {@code count} times in {@code total}: the one
     * step of the sum, shared by every way of visiting the values (always in ascending byte
     * value, so the rounding of the sum is the same too).
     */
    static double minusTerm(double h, long count, long total) {
        double p = (double) count / total;
        return h - p * Math.log(p) / LN2;
    }

    private static final double LN2 = Math.log(2);

    /** "0.00" to "8.00", every entropy a byte payload can have, made once. */
    private static final String[] PRINTED = new String[801];

    static {
        for (int h = 0; h < PRINTED.length; h++) {
            PRINTED[h] = printed(h);
        }
    }

    /** {@code h} hundredths as digits, a dot and two decimals. */
    private static String printed(long h) {
        long cents = h % 100;
        return (h / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    /**
     * The value with two decimals and a dot, e.g. {@code 1.92}: what {@code String.format("%.2f")}
     * prints (half up on the shortest decimal form), without a formatter, as entropy is printed
     * for every payload. Valid as a JSON number.
     */
    public static String twoDecimals(double value) {
        // Unless the third decimal sits on a half (…5), rounding the exact value and rounding its
        // shortest decimal form agree: no decimal string needed (every payload prints one).
        long h = Decimals.nearest(value, 100);
        if (h >= 0) {
            return h < PRINTED.length ? PRINTED[(int) h] : printed(h);
        }
        String s = Double.toString(value);
        int dot = s.indexOf('.');
        if (value < 0 || dot < 0 || s.indexOf('E') >= 0 || dot > 15) {
            return new java.math.BigDecimal(s).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        long hundredths = Long.parseLong(s, 0, dot, 10) * 100;
        int digits = s.length() - dot - 1;
        if (digits >= 1) {
            hundredths += (s.charAt(dot + 1) - '0') * 10;
        }
        if (digits >= 2) {
            hundredths += s.charAt(dot + 2) - '0';
        }
        if (digits >= 3 && s.charAt(dot + 3) >= '5') {
            hundredths++;
        }
        return printed(hundredths);
    }
}
