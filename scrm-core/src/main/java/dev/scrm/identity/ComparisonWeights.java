package dev.scrm.identity;

import java.util.List;
import java.util.Objects;

/**
 * What the model learnt for one comparison: per level (null level excluded) its name, m, u and weight.
 * Immutable and thread-safe.
 *
 * @param comparison the comparison name
 * @param levels the level names, strongest first
 * @param m per level, the probability among matches
 * @param u per level, the probability among non-matches
 * @param weights per level, log2(m / u)
 */
public record ComparisonWeights(String comparison, List<String> levels, List<Double> m, List<Double> u,
        List<Double> weights) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a part is null
     */
    public ComparisonWeights {
        Objects.requireNonNull(comparison, "comparison");
        levels = List.copyOf(levels);
        m = List.copyOf(m);
        u = List.copyOf(u);
        weights = List.copyOf(weights);
    }
}
