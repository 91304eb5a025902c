package org.echolab.sniffer.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.echolab.sniffer.decode.Bytes;
import org.junit.jupiter.api.Test;

/** Every way the kit measures a payload's entropy gives the textbook sum, to the last bit. */
class EntropyTest {
    /** H = -Σ p log2 p over the byte values that occur, in ascending value order, written out. */
    private static double reference(byte[] data) {
        long[] counts = new long[256];
        for (byte b : data) {
            counts[b & 0xff]++;
        }
        double h = 0.0;
        for (long c : counts) {
            if (c > 0) {
                double p = (double) c / data.length;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }

    @Test
    void shortAndLongPayloadsGiveExactlyTheTextbookSum() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            int n = 1 + random.nextInt(2 * PayloadBytes.SHORT + 40);
            // Few values (text-like, many repeats) or many (ciphertext-like).
            int alphabet = 1 + random.nextInt(random.nextBoolean() ? 12 : 256);
            int base = random.nextInt(256);
            byte[] data = new byte[n];
            for (int j = 0; j < n; j++) {
                data[j] = (byte) (base + random.nextInt(alphabet));
            }
            Bytes bytes = Bytes.copyOf(data);
            double expected = reference(data);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(PayloadBytes.entropy(bytes)),
                    () -> n + " bytes: " + bytes.toHex());
            // Twice in a row: the short path leaves its counts clean.
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(PayloadBytes.entropy(bytes)));
            assertEquals(Double.doubleToLongBits(expected),
                    Double.doubleToLongBits(Entropy.bitsPerByte(PayloadBytes.counts(bytes), n)));
            assertEquals(Double.doubleToLongBits(expected),
                    Double.doubleToLongBits(PayloadView.ofContent(bytes, false).entropy()));
        }
        assertEquals(0.0, PayloadBytes.entropy(Bytes.EMPTY));
        assertEquals(8.0, PayloadBytes.entropy(Bytes.copyOf(allByteValues())));
    }

    @Test
    void countsAreTheHistogramOfASliceAtAnyOffsetAndLength() {
        Random random = new Random(12);
        byte[] data = new byte[3000];
        random.nextBytes(data);
        for (int i = 0; i < 2_000; i++) {
            int from = random.nextInt(data.length);
            int length = random.nextInt(data.length - from + 1);
            if (random.nextBoolean()) {
                // A run of one value, as in bulk text.
                java.util.Arrays.fill(data, from, from + length / 2, (byte) 'x');
            }
            long[] expected = new long[256];
            for (int j = from; j < from + length; j++) {
                expected[data[j] & 0xff]++;
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected,
                    PayloadBytes.counts(Bytes.copyOf(data).slice(from, length)), () -> from + "+" + length);
        }
    }

    private static byte[] allByteValues() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        return all;
    }
}
