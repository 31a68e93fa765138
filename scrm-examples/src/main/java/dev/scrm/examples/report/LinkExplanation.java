package dev.scrm.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * Why two identities were linked: a prior match weight plus one weight per compared field (log2 Bayes
 * factors, Fellegi-Sunter style), summing to the final match weight; shown as a waterfall.
 *
 * <p>Immutable and thread-safe.
 *
 * @param left the first identity as shown, for example {@code x: @mgonzalez}
 * @param right the second identity as shown
 * @param prior the prior match weight
 * @param contributions the field contributions, in display order
 * @param probability the resulting match probability, within [0, 1]
 * @param rule the deterministic rule that linked the pair whatever the score (for example
 *     {@code reciprocal_profile_links}), or {@code null} when the score decided
 */
public record LinkExplanation(String left, String right, double prior, List<LinkExplanation.Contribution> contributions,
        double probability, String rule) {

    /**
     * Validates and copies the explanation.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public LinkExplanation {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
        if (!Double.isFinite(prior)) {
            throw new IllegalArgumentException("prior must be finite");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be within [0, 1]");
        }
        if (rule != null && rule.isBlank()) {
            rule = null;
        }
    }

    /**
     * An explanation of a pair the score decided (no rule).
     *
     * @param left the first identity as shown
     * @param right the second identity as shown
     * @param prior the prior match weight
     * @param contributions the field contributions, in display order
     * @param probability the resulting match probability, within [0, 1]
     */
    public LinkExplanation(String left, String right, double prior, List<Contribution> contributions,
            double probability) {
        this(left, right, prior, contributions, probability, null);
    }

    /**
     * The final match weight: the prior plus all contributions.
     *
     * @return the total weight
     */
    public double total() {
        return prior + contributions.stream().mapToDouble(Contribution::weight).sum();
    }

    /**
     * One field's contribution.
     *
     * @param feature what was compared, for example {@code handle (Jaro-Winkler 0.93)}
     * @param weight its match weight, positive for evidence for a match
     */
    public record Contribution(String feature, double weight) {

        /**
         * Validates the contribution.
         *
         * @throws NullPointerException if the feature is null
         * @throws IllegalArgumentException if the weight is not finite
         */
        public Contribution {
            Objects.requireNonNull(feature, "feature");
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("weight must be finite");
            }
        }
    }
}
