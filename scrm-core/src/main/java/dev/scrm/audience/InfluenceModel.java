package dev.scrm.audience;

import dev.scrm.core.KpiId;
import java.time.Duration;
import java.util.Objects;

/**
 * The parameters of the transparent influence score {@code influence.score@1}:
 * {@code raw = a·log10(1 + F) + b·log10(1 + median E per post) + c·log10(1 + amplifications by others)
 * + d·NS_about_author}, reported as {@code 100 × percentileRank(raw)} within the tracked population.
 *
 * <p>Per customer, over the identities linked to them that are not bots (identity attribute
 * {@code bot=true}, {@link Audience#BOT_ATTRIBUTE}): {@code F} is the sum of their latest follower counts
 * (an audience footprint, one person counted once per platform); a post is an interaction of kind
 * {@code MENTION}, {@code POST}, {@code REPLY}, {@code COMMENT} or {@code REVIEW} within the window, its
 * {@code E} is {@link dev.scrm.core.Engagement#total()} (median of an even count: mean of the two middle
 * values; 0 with no posts); amplifications are the {@code SHARES} plus {@code QUOTES} counts of those posts.
 * The population is every customer with at least one such interaction (of any kind) within the window.
 * {@code percentileRank(x) = (#{y < x} + 0.5·#{y = x}) / N} over the population, including the customer.
 *
 * <p>{@code NS_about_author} is the net sentiment {@code (P − N) / (P + N)} (neutral excluded) of the replies
 * to the customer: interactions that are inbound, authored by a non-bot identity not linked to the same
 * customer, carry a sentiment, occurred within the window, and whose {@code inReplyTo} is an interaction
 * authored by one of the customer's non-bot identities (the replied-to item may be older than the window).
 * Each is positive or negative by {@link dev.scrm.core.Sentiment#label()}. Mentions by handle are not
 * counted: a handle in free text is not a reliable link to an identity. When {@code P + N = 0} the net
 * sentiment is undefined and the term contributes 0. The default weight {@code d} is 0, so the default
 * score does not depend on it. Immutable and thread-safe.
 *
 * @param followersWeight {@code a}, at least 0
 * @param engagementWeight {@code b}, at least 0
 * @param amplificationWeight {@code c}, at least 0
 * @param sentimentWeight {@code d}, the weight of the net sentiment about the customer, finite (it may be
 *     negative only if a user wants praise to lower a score, which is unusual)
 * @param window the window for posts, engagement and activity, positive
 * @param smallPopulation below this population size a score is flagged {@code SMALL_POPULATION}
 */
public record InfluenceModel(double followersWeight, double engagementWeight, double amplificationWeight,
        double sentimentWeight, Duration window, int smallPopulation) {

    /** The definition the default parameters implement. */
    public static final KpiId KPI = KpiId.of("influence.score", 1);

    private static final InfluenceModel DEFAULTS = new InfluenceModel(0.4, 0.3, 0.3, 0.0, Duration.ofDays(90), 20);

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if one of {@code a}, {@code b}, {@code c} is negative or not finite,
     *     {@code d} is not finite, the window not positive or the small-population size below 1
     */
    public InfluenceModel {
        weight(followersWeight, "followersWeight");
        weight(engagementWeight, "engagementWeight");
        weight(amplificationWeight, "amplificationWeight");
        if (!Double.isFinite(sentimentWeight)) {
            throw new IllegalArgumentException("sentimentWeight must be finite, was " + sentimentWeight);
        }
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("influence window must be positive");
        }
        if (smallPopulation < 1) {
            throw new IllegalArgumentException("smallPopulation must be >= 1, was " + smallPopulation);
        }
    }

    /**
     * A model without the sentiment term ({@code d = 0}).
     *
     * @param followersWeight {@code a}, at least 0
     * @param engagementWeight {@code b}, at least 0
     * @param amplificationWeight {@code c}, at least 0
     * @param window the window for posts, engagement, replies and activity, positive
     * @param smallPopulation below this population size a score is flagged {@code SMALL_POPULATION}
     * @throws IllegalArgumentException as the canonical constructor
     */
    public InfluenceModel(double followersWeight, double engagementWeight, double amplificationWeight,
            Duration window, int smallPopulation) {
        this(followersWeight, engagementWeight, amplificationWeight, 0.0, window, smallPopulation);
    }

    /**
     * The same parameters with another weight {@code d} for the net sentiment about the customer.
     *
     * @param d the weight, finite
     * @return the model
     * @throws IllegalArgumentException if {@code d} is not finite
     */
    public InfluenceModel withSentimentWeight(double d) {
        return new InfluenceModel(followersWeight, engagementWeight, amplificationWeight, d, window, smallPopulation);
    }

    /**
     * The formula sheet's defaults: {@code a = 0.4, b = 0.3, c = 0.3, d = 0}, a 90-day window, and the
     * {@code SMALL_POPULATION} flag below 20 customers.
     *
     * @return the defaults
     */
    public static InfluenceModel ofDefaults() {
        return DEFAULTS;
    }

    /**
     * The followers term of the raw score.
     *
     * @param followers {@code F}, at least 0
     * @return {@code a·log10(1 + F)}
     */
    public double followersContribution(long followers) {
        return followersWeight * Math.log10(1 + (double) followers);
    }

    /**
     * The engagement term of the raw score.
     *
     * @param medianEngagement the median engagement per post, at least 0
     * @return {@code b·log10(1 + median E)}
     */
    public double engagementContribution(double medianEngagement) {
        return engagementWeight * Math.log10(1 + medianEngagement);
    }

    /**
     * The amplification term of the raw score.
     *
     * @param amplifications amplifications by others, at least 0
     * @return {@code c·log10(1 + amplifications)}
     */
    public double amplificationContribution(long amplifications) {
        return amplificationWeight * Math.log10(1 + (double) amplifications);
    }

    /**
     * The mid-rank percentile of a raw value within its population.
     *
     * @param below how many raw values of the population are smaller
     * @param equal how many are equal, the value's own included (at least 1)
     * @param population {@code N}, at least 1
     * @return {@code (below + 0.5·equal) / N}
     */
    public static double percentileRank(long below, long equal, long population) {
        return (below + 0.5 * equal) / population;
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
