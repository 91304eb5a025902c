package org.echolab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
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
            "{0} {1,choice,1#byte|1<bytes}",
            "{0,number} grouped",
            "unterminated 'quote {0}",
            "{0");
    private static final List<Object[]> ARGS = List.of(
            new Object[] {"A", "B", "C"},
            new Object[] {123456789L, 2, "x"},
            new Object[] {-7, 1, 3.25},
            new Object[] {4_294_967_295L, Long.MAX_VALUE, (short) 3},
            new Object[] {"only one"},
            new Object[] {},
            new Object[] {null, "n", 1.5});

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
                    assertEquals(expected, actual, () -> pattern + " with " + List.of(args).toString());
                }
            }
        }
    }
}
