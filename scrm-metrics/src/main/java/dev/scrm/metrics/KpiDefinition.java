package dev.scrm.metrics;

import dev.scrm.core.KpiId;
import dev.scrm.core.Metric;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A versioned KPI definition: its id, additivity, unit, inputs, formula (in words and as code) and default
 * parameters. Changing a formula or a default makes a new version; old versions stay registered so that
 * historical reports can be reproduced.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, for example {@code share_of_voice.mentions@1}
 * @param additivity how values may be rolled up
 * @param unit the unit of the value
 * @param description the formula and its inputs, in words
 * @param defaults the default parameters, part of the definition
 * @param estimated whether values are modelled (for example estimated impressions)
 * @param formula the computation
 */
public record KpiDefinition(KpiId id, Additivity additivity, MetricUnit unit, String description,
        Map<String, String> defaults, boolean estimated, KpiFormula formula) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the description is blank
     */
    public KpiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(additivity, "additivity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("KPI " + id + " needs a description");
        }
        defaults = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(defaults, "defaults")));
        Objects.requireNonNull(formula, "formula");
    }

    /**
     * A measured (not estimated) definition.
     *
     * @param id the id, parsed with {@link KpiId#parse}
     * @param additivity the additivity
     * @param unit the unit
     * @param description the formula in words
     * @param defaults the default parameters
     * @param formula the computation
     * @return the definition
     */
    public static KpiDefinition of(String id, Additivity additivity, MetricUnit unit, String description,
            Map<String, String> defaults, KpiFormula formula) {
        return new KpiDefinition(KpiId.parse(id), additivity, unit, description, defaults, false, formula);
    }

    /**
     * Checks that a roll-up is allowed for this KPI.
     *
     * @param rollup the roll-up
     * @param axis over time or across accounts
     * @throws IllegalArgumentException if the additivity forbids it; the message names the KPI and the roll-up
     */
    public void checkRollUp(Rollup rollup, RollupAxis axis) {
        Objects.requireNonNull(rollup, "rollup");
        Objects.requireNonNull(axis, "axis");
        boolean ok;
        switch (additivity) {
            case ADDITIVE:
                ok = true;
                break;
            case SEMI_ADDITIVE:
                ok = rollup != Rollup.SUM || axis == RollupAxis.ACCOUNTS;
                break;
            default:
                ok = false;
        }
        if (!ok) {
            throw new IllegalArgumentException("KPI " + id + " is " + additivity.name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + rollup + " over " + axis.name().toLowerCase(java.util.Locale.ROOT)
                    + " is refused; recompute it from pooled components instead");
        }
    }

    /**
     * Rolls up values of this KPI, after {@link #checkRollUp checking} that the roll-up is allowed. Values
     * are taken in list order (LAST is the last element); undefined values make the result undefined.
     *
     * @param values the values, at least one
     * @param rollup the roll-up
     * @param axis over time or across accounts
     * @return the rolled-up value, or empty when a value is undefined
     * @throws IllegalArgumentException if the roll-up is refused, the list is empty, or a value belongs to
     *     another KPI
     */
    public java.util.OptionalDouble rollUp(List<Metric> values, Rollup rollup, RollupAxis axis) {
        checkRollUp(rollup, axis);
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to roll up for KPI " + id);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Metric m : values) {
            if (!m.kpi().equals(id)) {
                throw new IllegalArgumentException("cannot roll up " + m.kpi() + " as " + id);
            }
            if (!m.isDefined()) {
                return java.util.OptionalDouble.empty();
            }
            sum += m.value();
            min = Math.min(min, m.value());
            max = Math.max(max, m.value());
        }
        switch (rollup) {
            case SUM:
                return java.util.OptionalDouble.of(sum);
            case AVG:
                return java.util.OptionalDouble.of(sum / values.size());
            case MIN:
                return java.util.OptionalDouble.of(min);
            case MAX:
                return java.util.OptionalDouble.of(max);
            default:
                return java.util.OptionalDouble.of(values.get(values.size() - 1).value());
        }
    }
}
