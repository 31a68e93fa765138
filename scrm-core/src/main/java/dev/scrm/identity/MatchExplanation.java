package dev.scrm.identity;

import java.util.List;
import java.util.Objects;

/**
 * Why two records were or were not linked: the rule that fired, and the data of a waterfall chart that steps
 * from the prior through each comparison's weight to the total weight and probability. The prior plus the sum
 * of {@link FieldContribution#total()} equals {@link #totalWeight()}. Names fields and levels, never values.
 * Immutable and thread-safe.
 *
 * @param left one record
 * @param right the other record
 * @param rule the deterministic rule that fired, or {@code null}
 * @param priorWeight log2(lambda / (1 - lambda)), the weight before any evidence
 * @param contributions one per comparison, in schema order
 * @param totalWeight the prior plus every contribution
 * @param probability the posterior probability of a match from the score (a rule link is certain regardless)
 * @param autoLinkThreshold the posterior at which a score links automatically
 * @param decision what clustering did with the pair ({@link ScoredPair.Decision#NO_LINK} when it was never a
 *     candidate)
 * @param modelVersion the model that scored it
 */
public record MatchExplanation(RecordRef left, RecordRef right, String rule, double priorWeight,
        List<FieldContribution> contributions, double totalWeight, double probability, double autoLinkThreshold,
        ScoredPair.Decision decision, String modelVersion) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a required part is null
     */
    public MatchExplanation {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(modelVersion, "modelVersion");
    }

    /**
     * A plain-text rendering: one line per step of the waterfall.
     *
     * @return the text
     */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%-28s %-28s %9s %9s %9s%n", "comparison", "level", "weight",
                "tf_adj", "running"));
        double running = priorWeight;
        sb.append(String.format(java.util.Locale.ROOT, "%-28s %-28s %9.3f %9s %9.3f%n", "prior", "", priorWeight, "",
                running));
        for (FieldContribution c : contributions) {
            running += c.total();
            sb.append(String.format(java.util.Locale.ROOT, "%-28s %-28s %9.3f %9.3f %9.3f%n", c.comparison(), c.level(),
                    c.weight(), c.tfAdjustment(), running));
        }
        sb.append(String.format(java.util.Locale.ROOT, "total weight %.3f, probability %.6f, auto-link at %.4f%n",
                totalWeight, probability, autoLinkThreshold));
        sb.append("rule: ").append(rule == null ? "none" : rule).append(", decision: ").append(decision)
                .append(", model: ").append(modelVersion).append(System.lineSeparator());
        return sb.toString();
    }
}
