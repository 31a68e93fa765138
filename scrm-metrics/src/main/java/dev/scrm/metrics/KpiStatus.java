package dev.scrm.metrics;

/** Whether a KPI could be computed for a query. */
public enum KpiStatus {
    /** The value is defined. */
    OK,
    /** The formula has no value for this input, for example a ratio whose denominator is zero. Never 0. */
    UNDEFINED,
    /** The data the formula needs does not exist for this source or was not ingested. Never 0. */
    UNAVAILABLE
}
