package dev.scrm.core;

/**
 * A confidence interval around a metric's value.
 *
 * @param lower the lower bound
 * @param upper the upper bound, at least {@code lower}
 * @param level the confidence level, strictly between 0 and 1 (for example 0.95)
 */
public record ConfidenceInterval(double lower, double upper, double level) {

    /**
     * Validates the interval.
     *
     * @throws IllegalArgumentException if a bound is not finite, the bounds are reversed or the level is out of
     *     range
     */
    public ConfidenceInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("interval bounds must be finite");
        }
        if (upper < lower) {
            throw new IllegalArgumentException("interval upper bound must be >= lower bound");
        }
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be within (0, 1), was " + level);
        }
    }
}
