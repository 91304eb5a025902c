package org.echolab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void theNearestValueAwayFromTiesAndNoAnswerNextToThem() {
        assertEquals(100, Decimals.nearest(1.004, 100));
        assertEquals(101, Decimals.nearest(1.006, 100));
        assertEquals(0, Decimals.nearest(0.0, 1000));
        assertEquals(-1, Decimals.nearest(2.675, 100));
        assertEquals(-1, Decimals.nearest(0.0005, 1000));
        assertEquals(-1, Decimals.nearest(-0.0, 100));
        assertEquals(-1, Decimals.nearest(-1.0, 100));
        assertEquals(-1, Decimals.nearest(Double.NaN, 100));
        assertEquals(-1, Decimals.nearest(Double.POSITIVE_INFINITY, 100));
        assertEquals(-1, Decimals.nearest(1e8, 10));
        // Whenever there is an answer, it is what either rounding rule gives on the exact value.
        Random random = new Random(41);
        for (int i = 0; i < 100_000; i++) {
            double v = random.nextDouble() * Math.pow(10, random.nextInt(9) - 2);
            long n = Decimals.nearest(v, 1000);
            if (n >= 0) {
                BigDecimal exact = new BigDecimal(v).movePointRight(3);
                assertEquals(exact.setScale(0, RoundingMode.HALF_UP).longValueExact(), n, () -> Double.toString(v));
                assertEquals(exact.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), n, () -> Double.toString(v));
            }
        }
    }
}
