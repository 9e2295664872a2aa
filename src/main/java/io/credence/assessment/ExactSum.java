package io.credence.assessment;

import java.util.Arrays;

/**
 * A running sum of doubles that is exact until read, and read correctly rounded, so its value does
 * not depend on the order of the additions. Shewchuk's non-overlapping partials ("Adaptive
 * precision floating-point arithmetic", Discrete &amp; Computational Geometry 18, 1997), rounded as
 * CPython's {@code math.fsum} does. The partials stay few (two or three) for sums of weights.
 */
final class ExactSum {

    private double[] partials = new double[4];
    private int size;

    void add(double value) {
        double x = value;
        int kept = 0;
        for (int j = 0; j < size; j++) {
            double y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                partials[kept++] = lo;
            }
            x = hi;
        }
        if (kept == partials.length) {
            partials = Arrays.copyOf(partials, kept * 2);
        }
        partials[kept++] = x;
        size = kept;
    }

    /** The exact sum, rounded to the nearest double (ties to even). */
    double value() {
        if (size == 0) {
            return 0.0;
        }
        int n = size - 1;
        double hi = partials[n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        // Half-way case: the rest of the partials decide the rounding direction.
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
        return hi;
    }
}
