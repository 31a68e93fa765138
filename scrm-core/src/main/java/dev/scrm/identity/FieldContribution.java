package dev.scrm.identity;

import java.util.Objects;

/**
 * One comparison's share of a match weight: the level the pair reached and the bits it adds. It names the
 * comparison and level, never the values compared. Immutable and thread-safe.
 *
 * @param comparison the comparison (a field name, or {@code profile_links})
 * @param level the level name, for example {@code exact} or {@code jaro_winkler>=0.92}; {@code null} means a
 *     value was missing
 * @param weight log2(m / u) of the level, 0 for a missing value
 * @param tfAdjustment the term-frequency adjustment in bits (positive for a rare value, negative for a common one)
 */
public record FieldContribution(String comparison, String level, double weight, double tfAdjustment) {

    /**
     * Validates the contribution.
     *
     * @throws NullPointerException if the comparison or level is null
     */
    public FieldContribution {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(level, "level");
    }

    /**
     * The bits this comparison adds in total.
     *
     * @return weight plus term-frequency adjustment
     */
    public double total() {
        return weight + tfAdjustment;
    }
}
