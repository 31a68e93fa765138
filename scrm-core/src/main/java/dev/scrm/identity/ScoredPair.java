package dev.scrm.identity;

import java.util.Objects;

/**
 * A compared pair of records with its score and the decision taken. Immutable and thread-safe.
 *
 * @param left one record
 * @param right the other record
 * @param probability the posterior probability that both describe one person (1 for a rule link)
 * @param matchWeight the total match weight in bits (prior plus field weights); positive infinity for a rule link
 * @param rule the deterministic rule that linked the pair, or {@code null}
 * @param decision what clustering did with the pair
 */
public record ScoredPair(RecordRef left, RecordRef right, double probability, double matchWeight, String rule,
        Decision decision) {

    /** What clustering did with a pair. */
    public enum Decision {
        /** Linked by a deterministic rule. */
        RULE_LINK,
        /** Linked by its score. */
        AUTO_LINK,
        /** Not linked; suggested for human review (score in the review band). */
        REVIEW,
        /** Not linked although the score was high enough: one account per platform, one-to-one or the size cap. */
        CONFLICT,
        /** Not linked because the linking policy requires consent; suggested for review. */
        CONSENT_REQUIRED,
        /** Not linked: the score is below the review band. */
        NO_LINK;

        /**
         * Whether the decision links the pair.
         *
         * @return true for {@link #RULE_LINK} and {@link #AUTO_LINK}
         */
        public boolean links() {
            return this == RULE_LINK || this == AUTO_LINK;
        }
    }

    /**
     * Validates the pair.
     *
     * @throws NullPointerException if a reference or the decision is null
     * @throws IllegalArgumentException if the probability is outside [0, 1]
     */
    public ScoredPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(decision, "decision");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be within [0, 1]");
        }
    }

    /**
     * Whether the pair was linked, by a rule or a score.
     *
     * @return true for {@link Decision#RULE_LINK} and {@link Decision#AUTO_LINK}
     */
    public boolean linked() {
        return decision.links();
    }
}
