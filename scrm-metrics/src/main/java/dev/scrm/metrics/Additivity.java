package dev.scrm.metrics;

/**
 * How a KPI's values may be rolled up over time and across accounts or platforms.
 *
 * <p>The engine enforces these rules: {@link KpiDefinition#rollUp} refuses a roll-up that the type does not
 * allow, so a follower count is never summed over days and a rate is never averaged.
 */
public enum Additivity {
    /** Values may be summed over time and across accounts (mention counts, visits, engagements). */
    ADDITIVE,
    /**
     * A snapshot such as a follower count: never summed over time (take the last, mean, minimum or maximum),
     * but snapshots taken at the same instant may be summed across accounts (an audience footprint).
     */
    SEMI_ADDITIVE,
    /**
     * Rates, shares, unique counts, percentiles and index values: never rolled up arithmetically; recompute
     * them from pooled numerators and denominators instead.
     */
    NON_ADDITIVE
}
