package dev.scrm.audience;

import dev.scrm.core.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * One customer's influence score with every component behind it, so that the number can be explained and
 * recomputed by hand (see {@link InfluenceModel} for the definitions). A score is comparable only with
 * scores of the same population, snapshot and model. Immutable and thread-safe.
 *
 * @param customer the customer
 * @param score {@code 100 × percentileRank(raw)}, within (0, 100]
 * @param raw the weighted sum of the log components
 * @param followers {@code F}, the summed latest follower counts of the customer's identities
 * @param medianEngagement the median engagement per post in the window
 * @param amplifications shares and quotes of the customer's posts in the window
 * @param posts how many posts the median was taken over
 * @param followersContribution {@code a·log10(1 + F)}
 * @param engagementContribution {@code b·log10(1 + median E)}
 * @param amplificationContribution {@code c·log10(1 + amplifications)}
 * @param population {@code N}, the number of customers in the population
 * @param smallPopulation whether {@code N} is below the model's threshold (flag {@code SMALL_POPULATION})
 * @param model the parameters used
 * @param at the evaluation time the window was measured from
 */
public record InfluenceScore(
        CustomerId customer,
        double score,
        double raw,
        long followers,
        double medianEngagement,
        long amplifications,
        int posts,
        double followersContribution,
        double engagementContribution,
        double amplificationContribution,
        long population,
        boolean smallPopulation,
        InfluenceModel model,
        Instant at) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the score is outside (0, 100] or the population below 1
     */
    public InfluenceScore {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(at, "at");
        if (!(score > 0.0 && score <= 100.0)) {
            throw new IllegalArgumentException("influence score must be within (0, 100], was " + score);
        }
        if (population < 1) {
            throw new IllegalArgumentException("population must be >= 1, was " + population);
        }
    }
}
