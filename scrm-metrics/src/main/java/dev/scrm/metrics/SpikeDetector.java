package dev.scrm.metrics;

import java.util.Objects;

/**
 * Spike detection on a volume series with a robust baseline: the median of comparable past buckets (the same
 * hour of the week over the previous weeks), {@code σ̂ = max(1.4826 · MAD, max(1, √μ̂))}, score
 * {@code z = (x − μ̂) / σ̂}, severity {@code clamp(round(z), 1, 10)} when {@code z ≥ k}, and longevity (the
 * run of consecutive alerting buckets ending now). The median and MAD keep earlier spikes from inflating the
 * baseline. Stateless and thread-safe.
 */
public final class SpikeDetector {

    /** The MAD-to-σ factor for normal data. */
    public static final double MAD_SCALE = 1.4826;
    /** The default alert threshold k. */
    public static final double DEFAULT_K = 3.0;

    private SpikeDetector() {
    }

    /**
     * A baseline: its centre, the median absolute deviation and the resulting scale. Immutable and thread-safe.
     *
     * @param mu the centre μ̂
     * @param mad the median absolute deviation around μ̂
     * @param sigma the scale σ̂ after the floor
     */
    public record Baseline(double mu, double mad, double sigma) {
    }

    /**
     * The robust (median and MAD) baseline of past values.
     *
     * @param history the comparable past buckets, at least one
     * @return the baseline
     * @throws IllegalArgumentException if the history is empty
     */
    public static Baseline robust(double[] history) {
        Objects.requireNonNull(history, "history");
        double mu = Percentiles.median(history);
        return around(history, mu);
    }

    /**
     * An EWMA baseline of past values (oldest first) with smoothing λ, with the same MAD-based scale.
     *
     * @param history the past buckets, oldest first, at least one
     * @param lambda the smoothing within (0, 1], for example 0.3
     * @return the baseline
     * @throws IllegalArgumentException if the history is empty or λ is out of range
     */
    public static Baseline ewma(double[] history, double lambda) {
        Objects.requireNonNull(history, "history");
        if (history.length == 0 || !(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("need a history and a lambda within (0, 1]");
        }
        double s = history[0];
        for (int i = 1; i < history.length; i++) {
            s = lambda * history[i] + (1 - lambda) * s;
        }
        return around(history, s);
    }

    private static Baseline around(double[] history, double mu) {
        double[] dev = new double[history.length];
        for (int i = 0; i < history.length; i++) {
            dev[i] = Math.abs(history[i] - mu);
        }
        double mad = Percentiles.median(dev);
        double floor = Math.max(1.0, Math.sqrt(Math.max(mu, 0)));
        return new Baseline(mu, mad, Math.max(MAD_SCALE * mad, floor));
    }

    /**
     * The score of a value against a baseline.
     *
     * @param x the value
     * @param baseline the baseline
     * @return {@code (x − μ̂) / σ̂}
     */
    public static double z(double x, Baseline baseline) {
        return (x - baseline.mu()) / baseline.sigma();
    }

    /**
     * The severity of a score.
     *
     * @param z the score
     * @param k the threshold
     * @return {@code clamp(round half up(z), 1, 10)} when {@code z ≥ k}, otherwise 0 (no alert)
     */
    public static int severity(double z, double k) {
        if (!(z >= k)) {
            return 0;
        }
        double r = Math.floor(z + 0.5);
        return (int) Math.max(1, Math.min(10, r));
    }

    /**
     * The longevity of an alert: how many consecutive scores, ending with the last, reach the threshold.
     *
     * @param zs the scores, oldest first
     * @param k the threshold
     * @return the run length, 0 when the last score is below k
     */
    public static int longevity(double[] zs, double k) {
        int n = 0;
        for (int i = zs.length - 1; i >= 0 && zs[i] >= k; i--) {
            n++;
        }
        return n;
    }
}
