package io.credence.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    @Test
    void equalsTheCorrectlyRoundedExactSumInAnyOrder() {
        Random random = new Random(7);
        for (int c = 0; c < 2_000; c++) {
            List<Double> values = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                // Mixed magnitudes and signs, where naive summation loses digits.
                values.add(
                        (random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(30) - 15));
            }
            BigDecimal exact = BigDecimal.ZERO;
            for (double v : values) {
                exact = exact.add(new BigDecimal(v));
            }
            double expected = exact.doubleValue(); // correctly rounded
            for (int shuffle = 0; shuffle < 3; shuffle++) {
                Collections.shuffle(values, random);
                ExactSum sum = new ExactSum();
                values.forEach(sum::add);
                assertEquals(expected, sum.value(), 0.0, () -> "sum of " + values);
            }
        }
    }

    @Test
    @SuppressWarnings("BigDecimalLiteralDouble") // the doubles' exact binary values are what the sum is held to
    void simpleSums() {
        ExactSum sum = new ExactSum();
        assertEquals(0.0, sum.value());
        sum.add(0.1);
        sum.add(0.2);
        // 0.1 + 0.2 is 0.30000000000000004 in plain doubles; the exact sum of the two doubles rounds to it too
        assertEquals(new BigDecimal(0.1).add(new BigDecimal(0.2)).doubleValue(), sum.value(), 0.0);
        sum.add(1e100);
        sum.add(-1e100);
        assertEquals(new BigDecimal(0.1).add(new BigDecimal(0.2)).doubleValue(), sum.value(), 0.0);
    }
}
