package org.echolab.cli;

import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@link MessageFormat} pattern parsed once into literal text and argument slots, formatting
 * exactly as {@code new MessageFormat(pattern, locale).format(args)} does, several times faster
 * and without allocating a formatter: the sniffer renders a few sentences for every packet of
 * a million-packet file.
 *
 * <p>The fast path covers what the kit's bundles use: {@code {n}} with a String argument,
 * {@code {n,number,STYLE}} with a Number (through the DecimalFormat MessageFormat would build
 * for that style; integral values with style {@code #} directly) and {@code {n,choice,…}} with
 * an integral Number whose choice has no slots of its own ("1#byte|1<bytes"). Anything else
 * (another format type, a Number in a plain slot, a missing argument) is formatted by
 * {@link MessageFormat} itself, so the output is always MessageFormat's. Thread-safe.
 *
 * <p>{@link #formatTo} writes the same text as UTF-8 straight into a {@link Utf8Buffer}: the
 * literal parts are encoded once, when the pattern is compiled.
 */
public final class MessageTemplate {
    /** How a slot prints its argument. */
    private static final byte PLAIN = 0;
    /** {@code {n,number,STYLE}}: integral values with style {@code #} directly, any Number through the style. */
    private static final byte NUMBER = 1;
    /** {@code {n,choice,LIMIT#TEXT|…}}: an integral value picks its text (through the limits ChoiceFormat parsed). */
    private static final byte CHOICE = 2;
    /** {@link #slotText}'s answer for "the integral value's digits" (compared by identity). */
    private static final String DIGITS = new String("digits");
    /** {@link #slotText}'s answer for "a {@link Utf8Text} that writes itself" (by identity). */
    private static final String OWN_TEXT = new String("own text");

    private final String pattern;
    private final Locale locale;
    /** {@code literals[i]} comes before slot i; the last one ends the message. */
    private final String[] literals;
    /** The same in UTF-8. */
    private final byte[][] literalBytes;
    private final int[] slots;
    private final byte[] kinds;
    /** The DecimalFormat pattern of each {@link #NUMBER} slot (null for the others). */
    private final String[] styles;
    /** Slot i is {@code {n,number,#}}: an integral value prints as its digits. */
    private final boolean[] digits;
    /**
     * For a slot {@code {n,number,0.000}} (any count of decimals, none included): how many
     * decimals; -1 for every other slot. A double is then printed here unless it is within a
     * hair of a rounding tie, where DecimalFormat decides.
     */
    private final int[] fixedDecimals;
    /** The locale's decimal separator, for {@link #fixedDecimals}. */
    private final char decimalSeparator;
    /** The choice of each {@link #CHOICE} slot (null for the others); ChoiceFormat's own parse of the style. */
    private final double[][] choiceLimits;
    private final String[][] choiceTexts;
    /** Those formats, built once per thread as MessageFormat builds them (DecimalFormat is not thread-safe). */
    private final ThreadLocal<DecimalFormat[]> numberFormats;
    /** False when the pattern uses a format the fast path does not handle. */
    private final boolean fast;
    /** The slow path's formatter, parsed once per thread (MessageFormat is not thread-safe). */
    private final ThreadLocal<MessageFormat> slow;

    private MessageTemplate(String pattern, Locale locale, String[] literals, int[] slots, byte[] kinds,
            String[] styles, boolean fast) {
        this.pattern = pattern;
        this.locale = locale;
        this.literals = literals;
        this.literalBytes = new byte[literals.length][];
        for (int i = 0; i < literals.length; i++) {
            literalBytes[i] = literals[i].getBytes(StandardCharsets.UTF_8);
        }
        this.slots = slots;
        this.kinds = kinds;
        this.styles = styles;
        this.digits = new boolean[styles.length];
        this.fixedDecimals = new int[styles.length];
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimalSeparator = symbols.getDecimalSeparator();
        boolean asciiDigits = symbols.getZeroDigit() == '0';
        for (int i = 0; i < kinds.length; i++) {
            digits[i] = kinds[i] == NUMBER && "#".equals(styles[i]);
            fixedDecimals[i] = kinds[i] == NUMBER && asciiDigits && FIXED.matcher(styles[i]).matches()
                    ? Math.max(0, styles[i].length() - 2) : -1;
        }
        this.choiceLimits = new double[styles.length][];
        this.choiceTexts = new String[styles.length][];
        boolean choicesFast = true;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == CHOICE) {
                ChoiceFormat choice;
                try {
                    choice = new ChoiceFormat(styles[i]);
                } catch (IllegalArgumentException e) {
                    // MessageFormat reports a bad choice when it formats; the slow path leaves it to it.
                    choicesFast = false;
                    continue;
                }
                choiceLimits[i] = choice.getLimits();
                Object[] texts = choice.getFormats();
                choiceTexts[i] = new String[texts.length];
                for (int j = 0; j < texts.length; j++) {
                    choiceTexts[i][j] = String.valueOf(texts[j]);
                }
                for (String text : choiceTexts[i]) {
                    // A text with a slot of its own is formatted again by MessageFormat: left to it.
                    choicesFast &= text.indexOf('{') < 0;
                }
                choicesFast &= choiceLimits[i].length > 0;
            }
        }
        this.fast = fast && choicesFast;
        this.numberFormats = ThreadLocal.withInitial(() -> new DecimalFormat[styles.length]);
        this.slow = ThreadLocal.withInitial(() -> new MessageFormat(pattern, locale));
    }

    public static MessageTemplate compile(String pattern, Locale locale) {
        List<String> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<Byte> kinds = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean fast = true;
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    text.append('\'');
                    i += 2;
                } else {
                    quoted = !quoted;
                    i++;
                }
            } else if (c == '{' && !quoted) {
                int close = pattern.indexOf('}', i);
                String[] parts = close < 0 ? null : pattern.substring(i + 1, close).split(",", -1);
                byte kind = parts == null ? -1 : kindOf(parts);
                int index = parts == null ? -1 : indexOf(parts[0]);
                if (kind < 0 || index < 0 || pattern.indexOf('{', i + 1) >= 0 && pattern.indexOf('{', i + 1) < close) {
                    fast = false;
                    break;
                }
                literals.add(text.toString());
                text.setLength(0);
                slots.add(index);
                kinds.add(kind);
                styles.add(kind == NUMBER || kind == CHOICE ? parts[2] : null);
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        literals.add(text.toString());
        int[] s = new int[slots.size()];
        byte[] k = new byte[kinds.size()];
        for (int j = 0; j < s.length; j++) {
            s[j] = slots.get(j);
            k[j] = kinds.get(j);
        }
        return new MessageTemplate(pattern, locale, literals.toArray(new String[0]), s, k,
                styles.toArray(new String[0]), fast && !quoted);
    }

    private static byte kindOf(String[] parts) {
        if (parts.length == 1) {
            return PLAIN;
        }
        // A style with quotes or braces of its own is left to MessageFormat.
        if (parts.length == 3 && parts[1].trim().equals("number") && !parts[2].isEmpty()
                && parts[2].indexOf('\'') < 0 && parts[2].indexOf('{') < 0) {
            return NUMBER;
        }
        if (parts.length == 3 && parts[1].trim().equals("choice") && !parts[2].isEmpty()
                && parts[2].indexOf('\'') < 0 && parts[2].indexOf('{') < 0) {
            return CHOICE;
        }
        return -1;
    }

    private static int indexOf(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 3) {
            return -1;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(t);
    }

    private DecimalFormat numberFormat(int slot) {
        DecimalFormat[] formats = numberFormats.get();
        if (formats[slot] == null) {
            formats[slot] = new DecimalFormat(styles[slot], DecimalFormatSymbols.getInstance(locale));
        }
        return formats[slot];
    }

    /** What {@code new MessageFormat(pattern, locale).format(args)} returns. */
    public String format(Object... args) {
        if (!fast) {
            return slow.get().format(args);
        }
        if (slots.length == 0) {
            return literals[0];
        }
        StringBuilder sb = new StringBuilder(pattern.length() + 16 * slots.length);
        for (int i = 0; i < slots.length; i++) {
            sb.append(literals[i]);
            Object arg = argument(i, args);
            String text = slotText(i, arg);
            if (text == DIGITS) {
                sb.append(((Number) arg).longValue());
            } else if (text == OWN_TEXT) {
                sb.append(arg);
            } else if (text != null) {
                sb.append(text);
            } else {
                return slow.get().format(args);
            }
        }
        return sb.append(literals[slots.length]).toString();
    }

    /** Appends what {@link #format} returns to {@code out}, in UTF-8. */
    public void formatTo(Utf8Buffer out, Object... args) {
        if (!fast) {
            out.append(slow.get().format(args));
            return;
        }
        int start = out.length();
        for (int i = 0; i < slots.length; i++) {
            out.append(literalBytes[i]);
            Object arg = argument(i, args);
            String text = slotText(i, arg);
            if (text == DIGITS) {
                out.append(((Number) arg).longValue());
            } else if (text == OWN_TEXT) {
                ((Utf8Text) arg).appendTo(out);
            } else if (text != null) {
                out.append(text);
            } else {
                out.setLength(start);
                out.append(slow.get().format(args));
                return;
            }
        }
        out.append(literalBytes[slots.length]);
    }

    /** The argument slot {@code i} prints; null when there is none. */
    private Object argument(int i, Object[] args) {
        int index = slots[i];
        return index < args.length ? args[index] : null;
    }

    /**
     * How slot {@code i} prints {@code arg} on the fast path: its text, {@link #DIGITS} when it
     * prints as the integral value's decimal digits, {@link #OWN_TEXT} for a plain slot's
     * {@link Utf8Text} (its toString(), as MessageFormat prints it), or null when MessageFormat must decide (a
     * missing argument, null, or a value the fast path does not format).
     */
    private String slotText(int i, Object arg) {
        return switch (kinds[i]) {
            case PLAIN -> arg instanceof String s ? s : arg instanceof Utf8Text ? OWN_TEXT : null;
            case NUMBER -> digits[i] && isIntegral(arg) ? DIGITS
                    : arg instanceof Number n ? number(i, n) : null;
            case CHOICE -> isIntegral(arg) ? choice(i, ((Number) arg).longValue()) : null;
            default -> null;
        };
    }

    /** {@code n} through slot i's number style, as DecimalFormat prints it. */
    private String number(int i, Number n) {
        if (fixedDecimals[i] >= 0 && n instanceof Double d) {
            String text = fixed(d, fixedDecimals[i]);
            if (text != null) {
                return text;
            }
        }
        return numberFormat(i).format(n);
    }

    /**
     * {@code v} with {@code decimals} decimals, rounded as DecimalFormat rounds (half even, on
     * the value): away from a tie the nearest value is the only answer, so it is computed here; null
     * within a millionth of a unit of a tie, and for negative, huge or non-finite values.
     */
    private String fixed(double v, int decimals) {
        if (decimals >= POWERS_OF_TEN.length) {
            return null;
        }
        long scale = POWERS_OF_TEN[decimals];
        long units = Decimals.nearest(v, scale);
        if (units < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(20).append(units / scale);
        if (decimals > 0) {
            sb.append(decimalSeparator);
            String rest = Long.toString(units % scale);
            for (int pad = rest.length(); pad < decimals; pad++) {
                sb.append('0');
            }
            sb.append(rest);
        }
        return sb.toString();
    }

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** A number style of fixed decimals: {@code 0}, {@code 0.0}, {@code 0.000} … */
    private static final Pattern FIXED = Pattern.compile("0(\\.0+)?");

    private static boolean isIntegral(Object arg) {
        return arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte;
    }

    /** The text ChoiceFormat picks for {@code v}: the last limit not above it, else the first. */
    private String choice(int slot, long v) {
        // ChoiceFormat formats a long as a double.
        double d = v;
        double[] limits = choiceLimits[slot];
        int i = 0;
        while (i < limits.length && d >= limits[i]) {
            i++;
        }
        return choiceTexts[slot][Math.max(0, i - 1)];
    }
}
