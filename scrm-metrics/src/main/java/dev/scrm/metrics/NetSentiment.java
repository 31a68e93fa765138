package dev.scrm.metrics;

import dev.scrm.core.ConfidenceInterval;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Net sentiment {@code NS = (P − N) / (P + N)} (Talkwalker's published formula, neutral excluded) and its
 * confidence interval: the Wilson score interval for {@code p = P / (P + N)} mapped through
 * {@code NS = 2p − 1}, or a seeded bootstrap. Stateless and thread-safe.
 */
public final class NetSentiment {

    /** The z value of the default 95 % interval. */
    public static final double Z_95 = 1.96;

    private NetSentiment() {
    }

    /**
     * The Wilson score interval of net sentiment.
     *
     * @param positive positive mentions P, at least 0
     * @param negative negative mentions N, at least 0, with {@code P + N > 0}
     * @param z the normal quantile, for example {@link #Z_95}
     * @return the interval on the NS scale [-1, 1], with its confidence level
     * @throws IllegalArgumentException if a count is negative, both are 0 or z is not positive
     */
    public static ConfidenceInterval wilson(long positive, long negative, double z) {
        check(positive, negative);
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be positive, was " + z);
        }
        double n = positive + negative;
        double p = positive / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
        double lo = Math.max(0, centre - half);
        double hi = Math.min(1, centre + half);
        return new ConfidenceInterval(2 * lo - 1, 2 * hi - 1, level(z));
    }

    /**
     * A percentile bootstrap interval of net sentiment: {@code resamples} resamples of the {@code P + N}
     * rated mentions with a fixed seed, so the result is reproducible.
     *
     * @param positive positive mentions
     * @param negative negative mentions
     * @param resamples the number of resamples, for example 2,000
     * @param level the confidence level, for example 0.95
     * @param seed the random seed
     * @return the interval on the NS scale
     * @throws IllegalArgumentException if a count is negative, both are 0, or a setting is out of range
     */
    public static ConfidenceInterval bootstrap(long positive, long negative, int resamples, double level, long seed) {
        check(positive, negative);
        if (resamples < 10 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("need at least 10 resamples and a level within (0, 1)");
        }
        long n = positive + negative;
        double p = (double) positive / n;
        SplittableRandom random = new SplittableRandom(seed);
        double[] ns = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            long pos = 0;
            for (long i = 0; i < n; i++) {
                if (random.nextDouble() < p) {
                    pos++;
                }
            }
            ns[b] = (2.0 * pos - n) / n;
        }
        Arrays.sort(ns);
        double alpha = (1 - level) / 2;
        return new ConfidenceInterval(Percentiles.percentile(ns, alpha, Percentiles.Method.TYPE_7),
                Percentiles.percentile(ns, 1 - alpha, Percentiles.Method.TYPE_7), level);
    }

    private static void check(long positive, long negative) {
        if (positive < 0 || negative < 0) {
            throw new IllegalArgumentException("sentiment counts must be >= 0");
        }
        if (positive + negative == 0) {
            throw new IllegalArgumentException("net sentiment is undefined when P + N = 0");
        }
    }

    /** The two-sided confidence level of a z value: {@code erf(z / √2)}. */
    static double level(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                * t * Math.exp(-x * x);
        return Math.min(Math.max(y, 1e-9), 1 - 1e-9);
    }
}
