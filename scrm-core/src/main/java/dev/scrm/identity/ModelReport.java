package dev.scrm.identity;

import java.util.List;
import java.util.Objects;

/**
 * The trained Fellegi-Sunter model and how training went: the prior, per-comparison weights, EM iterations and
 * any warnings (an implausible prior, comparisons that separate nothing, weights that fall as similarity rises).
 * Immutable and thread-safe.
 *
 * @param version the model version string written into explanations
 * @param lambda the prior probability that two records drawn at random match (the expected matches among
 *     candidates over all comparable pairs)
 * @param comparisons what was learnt per comparison
 * @param iterations EM iterations run
 * @param converged whether EM converged
 * @param warnings training problems, empty when none
 */
public record ModelReport(String version, double lambda, List<ComparisonWeights> comparisons, int iterations,
        boolean converged, List<String> warnings) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a part is null
     */
    public ModelReport {
        Objects.requireNonNull(version, "version");
        comparisons = List.copyOf(comparisons);
        warnings = List.copyOf(warnings);
    }
}
