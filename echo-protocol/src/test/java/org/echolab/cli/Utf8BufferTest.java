package org.echolab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The buffer's bytes are exactly what getBytes(UTF_8) and Long.toString give. */
class Utf8BufferTest {
    @Test
    void stringsEncodeAsGetBytesDoesIncludingUnpairedSurrogates() {
        Random random = new Random(5);
        char[] alphabet = {'a', 'Z', ' ', '\n', '"', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u2192', '\u00d7',
                '\uc2dc', '\ud000', '\uffff', '\ud83d', '\ude00', '\udbff', '\udc00'};
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (char) random.nextInt(0x10000);
            }
            String s = new String(chars);
            Utf8Buffer b = new Utf8Buffer(1);
            b.append("x").append(s).append("y");
            byte[] expected = ("x" + s + "y").getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, Arrays.copyOf(b.array(), b.length()), s);
        }
    }

    @Test
    void numbersPrintAsLongToString() {
        Random random = new Random(7);
        long[] edges = {0, 1, -1, 9, 10, 99, 100, -10, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 4_294_967_295L};
        for (long v : edges) {
            assertEquals(Long.toString(v), new Utf8Buffer(1).append(v).toString());
        }
        // Every digit count, at its edges, on both sides of the int range.
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10 * 10; p *= 10) {
            for (long v : new long[] {p - 1, p, p + 1, -p, -(p - 1), Integer.MAX_VALUE + p, Integer.MAX_VALUE - p}) {
                assertEquals(Long.toString(v), new Utf8Buffer(1).append(v).toString());
            }
        }
        for (int i = 0; i < 100_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            assertEquals("<" + v + ">", new Utf8Buffer(1).ascii('<').append(v).ascii('>').toString());
        }
    }

    @Test
    void truncatesAndRejectsWhatItCannotHold() {
        Utf8Buffer b = new Utf8Buffer(2).append("sequence ").append(42L).append((String) null);
        assertEquals("sequence 42null", b.toString());
        assertEquals("#\u2192?", new Utf8Buffer(1).append('#').append('\u2192').append('\ud800').toString());
        b.setLength(9);
        assertEquals("sequence ", b.toString());
        assertThrows(IndexOutOfBoundsException.class, () -> b.setLength(10));
        assertThrows(IllegalArgumentException.class, () -> b.ascii('\u2192'));
    }
}
