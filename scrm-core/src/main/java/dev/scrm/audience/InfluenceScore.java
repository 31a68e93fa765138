package dev.scrm.audience;

import dev.scrm.core.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

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
 * @param positiveAboutAuthor {@code P}, positive replies to the customer by others in the window
 * @param negativeAboutAuthor {@code N}, negative replies to the customer by others in the window
 * @param sentimentContribution {@code d·NS_about_author}, 0 when the net sentiment is undefined
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
        long positiveAboutAuthor,
        long negativeAboutAuthor,
        double sentimentContribution,
        long population,
        boolean smallPopulation,
        InfluenceModel model,
        Instant at) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the score is outside (0, 100], the population below 1 or a reply
     *     count negative
     */
    public InfluenceScore {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(at, "at");
        if (!(score > 0.0 && score <= 100.0)) {
            throw new IllegalArgumentException("influence score must be within (0, 100], was " + score);
        }
        if (positiveAboutAuthor < 0 || negativeAboutAuthor < 0) {
            throw new IllegalArgumentException("reply counts must be >= 0");
        }
        if (population < 1) {
            throw new IllegalArgumentException("population must be >= 1, was " + population);
        }
    }

    /**
     * The net sentiment about the customer, {@code (P − N) / (P + N)} in [−1, 1], from
     * {@link #positiveAboutAuthor()} and {@link #negativeAboutAuthor()}.
     *
     * @return the net sentiment, or empty when undefined ({@code P + N = 0})
     */
    public OptionalDouble netSentimentAboutAuthor() {
        long rated = positiveAboutAuthor + negativeAboutAuthor;
        return rated == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((positiveAboutAuthor - negativeAboutAuthor) / (double) rated);
    }
}
