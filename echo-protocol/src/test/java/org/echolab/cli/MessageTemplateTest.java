package org.echolab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The compiled template prints exactly what MessageFormat prints, on its fast path and off it. */
class MessageTemplateTest {
    private static final List<String> PATTERNS = List.of(
            "plain text",
            "it''s {0}",
            "'{0}' is not a slot, {0} is",
            "quoted '{1}'' and '''' twice, then {1}",
            "Seq={0,number,#} Ack={1,number,#}",
            "{2} before {0} and {1}, again {0}",
            "{0,number,0.000} ms",
            "{1,number,0.000} ms and {0,number,#}",
            "{0,number,#.##}%",
            "{0} {1,choice,1#byte|1<bytes}",
            "{1,choice,0#none|1#one|2#two|2<many} ({1,number,#} \u2192 {0})",
            "{0,choice,-1#neg|0#zero|0<pos, {1}}",
            "{0,choice,1#a {1} b|1<c}",
            "{0,choice,1.5#low|2#high} {2,choice,0#n}",
            "\uc2dc\ud000\uc2a4 \ubc88\ud638 {0}: {1,number,#} \ubc14\uc774\ud2b8",
            "{0,number} grouped",
            "unterminated 'quote {0}",
            "{0");
    private static final List<Object[]> ARGS = List.of(
            new Object[] {"A", "B", "C"},
            new Object[] {"x", 1, 2},
            new Object[] {"y", 0L, (byte) 2},
            new Object[] {"z", 3, -1},
            new Object[] {"w", (short) 2, 1L},
            new Object[] {123456789L, 2, "x"},
            new Object[] {-7, 1, 3.25},
            new Object[] {4_294_967_295L, Long.MAX_VALUE, (short) 3},
            new Object[] {"only one"},
            new Object[] {},
            new Object[] {null, "n", 1.5},
            new Object[] {0.0125, 0.0165, 2.5},
            new Object[] {1234567.8915, -0.0004, 0.0625},
            new Object[] {Double.NaN, Double.POSITIVE_INFINITY, -2.5},
            new Object[] {new java.math.BigDecimal("2.0005"), java.math.BigInteger.TEN, 7.0f},
            new Object[] {new Own("\"quoted\u2026\" \ud55c"), 2, new Own("x")},
            new Object[] {3, new Own("it''s"), 1L});

    /** A text that writes itself (as the sniffer's quoted payloads do), counting how often it was asked to. */
    private static final class Own implements Utf8Text {
        private final String text;
        private int appended;

        Own(String text) {
            this.text = text;
        }

        @Override
        public void appendTo(Utf8Buffer out) {
            appended++;
            out.append(text);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** What {@link MessageTemplate#formatTo} writes after some text already in the buffer, decoded. */
    private static String bytesOf(MessageTemplate t, Object[] args) {
        Utf8Buffer out = new Utf8Buffer(4);
        out.append("before ");
        String text;
        try {
            t.formatTo(out, args);
            text = out.toString();
        } catch (IllegalArgumentException e) {
            text = "before IAE";
        }
        assertEquals("before ", text.substring(0, 7));
        return text.substring(7);
    }

    @Test
    void millisecondsWithThreeDecimalsRoundAsMessageFormatDoesNearEveryTie() {
        MessageTemplate t = MessageTemplate.compile("{0,number,0.000} ms", Locale.KOREAN);
        MessageFormat reference = new MessageFormat("{0,number,0.000} ms", Locale.KOREAN);
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 50_000; i++) {
            double tie = (random.nextInt(2_000_000) + 0.5) / 1000.0;
            for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie), random.nextDouble() * 100}) {
                assertEquals(reference.format(new Object[] {v}), t.format(v), () -> Double.toString(v));
            }
        }
    }

    @Test
    void aTextThatWritesItselfIsAppendedWithoutToString() {
        Own own = new Own("\"HELLO\u2026\"");
        MessageTemplate t = MessageTemplate.compile("The payload is readable text: {0} ({1} bits/byte).", Locale.ENGLISH);
        Utf8Buffer out = new Utf8Buffer(4);
        t.formatTo(out, own, "2.95");
        assertEquals("The payload is readable text: \"HELLO\u2026\" (2.95 bits/byte).", out.toString());
        assertEquals(1, own.appended);
        assertEquals(out.toString(), t.format(own, "2.95"));
        assertEquals(1, own.appended);
    }

    @Test
    void fixedDecimalsPrintAsDecimalFormatForAnyDouble() {
        java.util.Random random = new java.util.Random(31);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.0005, 0.0015, 0.0025, 1.0005, 999_999.9995,
                1e6, 1e7, 123_456_789.125, -1.5, -0.0004, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE,
                Double.MAX_VALUE, 0.1 + 0.2, 2.675, 1.005));
        for (int i = 0; i < 20_000; i++) {
            // Round-trip times in milliseconds from whole nanoseconds, as the sniffer prints them.
            values.add(random.nextInt(50_000_000) / 1e6);
            double tie = (random.nextInt(2_000_000) * 10 + 5) / 10_000.0;
            values.add(tie);
            values.add(Math.nextUp(tie));
            values.add(Math.nextDown(tie));
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(12) - 3));
        }
        for (String style : List.of("0", "0.0", "0.000", "0.000000", "0.0000000")) {
            String pattern = "{0,number," + style + "} ms";
            for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.GERMAN)) {
                MessageTemplate t = MessageTemplate.compile(pattern, locale);
                MessageFormat reference = new MessageFormat(pattern, locale);
                for (double v : values) {
                    String expected = reference.format(new Object[] {v});
                    assertEquals(expected, t.format(v), () -> pattern + " " + locale + " " + v);
                    assertEquals(expected, bytesOf(t, new Object[] {v}), () -> pattern + " " + locale + " " + v);
                }
            }
        }
    }

    @Test
    void formatsExactlyAsMessageFormat() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.GERMAN)) {
            for (String pattern : PATTERNS) {
                MessageTemplate t = MessageTemplate.compile(pattern, locale);
                for (Object[] args : ARGS) {
                    String expected;
                    try {
                        expected = new MessageFormat(pattern, locale).format(args);
                    } catch (IllegalArgumentException e) {
                        expected = "IAE";
                    }
                    String actual;
                    try {
                        actual = t.format(args);
                    } catch (IllegalArgumentException e) {
                        actual = "IAE";
                    }
                    assertEquals(expected, actual, () -> pattern + " with " + Arrays.toString(args));
                    assertEquals(expected, bytesOf(t, args), () -> "formatTo: " + pattern + " with " + Arrays.toString(args));
                }
            }
        }
    }
}
