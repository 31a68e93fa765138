package dev.scrm.metrics;

/** An arithmetic roll-up of several metric values into one, checked against the KPI's {@link Additivity}. */
public enum Rollup {
    /** The sum of the values. */
    SUM,
    /** The value of the latest window. */
    LAST,
    /** The arithmetic mean of the values. */
    AVG,
    /** The smallest value. */
    MIN,
    /** The largest value. */
    MAX
}
