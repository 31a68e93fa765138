package dev.scrm.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Means, medians and percentiles of durations, computed exactly from the raw values (never by averaging
 * averages or medians). Stateless and thread-safe.
 */
public final class Percentiles {

    /** How a percentile is read from the order statistics. */
    public enum Method {
        /** Linear interpolation between order statistics (Hyndman–Fan type 7, the default). */
        TYPE_7,
        /** The smallest value with at least {@code q·n} values at or below it. */
        NEAREST_RANK
    }

    private Percentiles() {
    }

    /**
     * A percentile of values.
     *
     * @param values the values, in any order, at least one
     * @param q the quantile within [0, 1] (0.5 for the median, 0.9 for p90)
     * @param method the method
     * @return the percentile
     * @throws IllegalArgumentException if there are no values or {@code q} is out of range
     */
    public static double percentile(double[] values, double q, Method method) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(method, "method");
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to take a percentile of");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be within [0, 1], was " + q);
        }
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        if (method == Method.NEAREST_RANK) {
            int rank = (int) Math.ceil(q * n);
            return x[Math.max(rank, 1) - 1];
        }
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return x[n - 1];
        }
        return x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
    }

    /**
     * The arithmetic mean.
     *
     * @param values the values, at least one
     * @return the mean
     * @throws IllegalArgumentException if there are no values
     */
    public static double mean(double[] values) {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to average");
        }
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /**
     * The median, the mean of the two middle values for an even count.
     *
     * @param values the values, at least one
     * @return the median
     * @throws IllegalArgumentException if there are no values
     */
    public static double median(double[] values) {
        return percentile(values, 0.5, Method.TYPE_7);
    }
}
