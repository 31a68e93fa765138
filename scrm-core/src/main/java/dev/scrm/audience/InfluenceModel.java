package dev.scrm.audience;

import dev.scrm.core.KpiId;
import java.time.Duration;
import java.util.Objects;

/**
 * The parameters of the transparent influence score {@code influence.score@1}:
 * {@code raw = a·log10(1 + F) + b·log10(1 + median E per post) + c·log10(1 + amplifications by others)},
 * reported as {@code 100 × percentileRank(raw)} within the tracked population.
 *
 * <p>Per customer, over the identities linked to them that are not bots (identity attribute
 * {@code bot=true}, {@link Audience#BOT_ATTRIBUTE}): {@code F} is the sum of their latest follower counts
 * (an audience footprint, one person counted once per platform); a post is an interaction of kind
 * {@code MENTION}, {@code POST}, {@code REPLY}, {@code COMMENT} or {@code REVIEW} within the window, its
 * {@code E} is {@link dev.scrm.core.Engagement#total()} (median of an even count: mean of the two middle
 * values; 0 with no posts); amplifications are the {@code SHARES} plus {@code QUOTES} counts of those posts.
 * The population is every customer with at least one such interaction (of any kind) within the window.
 * {@code percentileRank(x) = (#{y < x} + 0.5·#{y = x}) / N} over the population, including the customer.
 * The formula sheet's fourth term (net sentiment about the author, weight {@code d}) has weight 0 by
 * default and is not tracked in this version. Immutable and thread-safe.
 *
 * @param followersWeight {@code a}, at least 0
 * @param engagementWeight {@code b}, at least 0
 * @param amplificationWeight {@code c}, at least 0
 * @param window the window for posts, engagement and activity, positive
 * @param smallPopulation below this population size a score is flagged {@code SMALL_POPULATION}
 */
public record InfluenceModel(double followersWeight, double engagementWeight, double amplificationWeight,
        Duration window, int smallPopulation) {

    /** The definition the default parameters implement. */
    public static final KpiId KPI = KpiId.of("influence.score", 1);

    private static final InfluenceModel DEFAULTS = new InfluenceModel(0.4, 0.3, 0.3, Duration.ofDays(90), 20);

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, the window not positive or the
     *     small-population size below 1
     */
    public InfluenceModel {
        weight(followersWeight, "followersWeight");
        weight(engagementWeight, "engagementWeight");
        weight(amplificationWeight, "amplificationWeight");
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("influence window must be positive");
        }
        if (smallPopulation < 1) {
            throw new IllegalArgumentException("smallPopulation must be >= 1, was " + smallPopulation);
        }
    }

    /**
     * The formula sheet's defaults: {@code a = 0.4, b = 0.3, c = 0.3}, a 90-day window, and the
     * {@code SMALL_POPULATION} flag below 20 customers.
     *
     * @return the defaults
     */
    public static InfluenceModel ofDefaults() {
        return DEFAULTS;
    }

    /**
     * Whether these are the parameters of {@code influence.score@1}; scores from other parameters are only
     * comparable with each other.
     *
     * @return true for the defaults
     */
    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    private static void weight(double w, String name) {
        if (!(w >= 0.0) || !Double.isFinite(w)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + w);
        }
    }
}
