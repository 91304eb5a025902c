package org.echolab.cli;

/**
 * Rounding a double to a fixed number of decimals without a decimal string, where the rounding
 * rule does not matter. Half up on the shortest decimal form ({@code String.format("%.2f")}) and
 * half even on the exact value (DecimalFormat) only disagree next to a tie (a 5 just past the
 * last decimal kept); anywhere else both give the nearest value, which is computed here.
 */
public final class Decimals {
    /** How close to a tie, in units of the last decimal kept, a value is left to the caller's rule. */
    private static final double NEAR_TIE = 1e-6;
    /** Products at or above this keep too few fraction bits to tell a tie within {@link #NEAR_TIE}. */
    private static final double MAX_SCALED = 1e9;

    private Decimals() {
    }

    /**
     * {@code value × scale} rounded to the nearest whole number (scale a power of ten), or -1 when
     * the answer depends on the rounding rule or cannot be computed this way: within a millionth
     * of a unit of a half, for negative values and -0.0, NaN, infinities, and products of a
     * billion or more.
     */
    public static long nearest(double value, long scale) {
        if (!(value >= 0) || Double.doubleToRawLongBits(value) < 0) {
            return -1;
        }
        double scaled = value * scale;
        if (scaled >= MAX_SCALED) {
            return -1;
        }
        double below = Math.floor(scaled);
        double fraction = scaled - below;
        if (Math.abs(fraction - 0.5) <= NEAR_TIE) {
            return -1;
        }
        return (long) below + (fraction > 0.5 ? 1 : 0);
    }
}
