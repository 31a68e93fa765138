package dev.scrm.metrics;

/** The direction of a {@link Rollup}: over consecutive windows, or across accounts or platforms at one time. */
public enum RollupAxis {
    /** Over consecutive time windows of one series. */
    TIME,
    /** Across accounts, platforms or other dimension values over the same window. */
    ACCOUNTS
}
