package dev.scrm.metrics;

/** The unit of a KPI's value. Ratios are stored as fractions and only shown multiplied by 100. */
public enum MetricUnit {
    /** A count of things. */
    COUNT,
    /** A fraction (0.15 means 15 %); shares and rates. */
    RATIO,
    /** Percentage points (a difference of two percentages, as a fraction: 0.08 means +8 pp). */
    PP,
    /** A duration in seconds. */
    SECONDS,
    /** A provider's index value (for example a search interest index from 0 to 100). */
    INDEX,
    /** A score on a stated scale (for example net sentiment in [-1, 1]). */
    SCORE,
    /** An amount of money in the tenant's currency. */
    CURRENCY
}
