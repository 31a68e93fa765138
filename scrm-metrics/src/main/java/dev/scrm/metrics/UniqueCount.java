package dev.scrm.metrics;

/**
 * A distinct count, exact or estimated. Immutable and thread-safe.
 *
 * @param value the count or its estimate
 * @param exact whether the count is exact
 * @param relativeStandardError the estimate's relative standard error, 0 when exact
 */
public record UniqueCount(double value, boolean exact, double relativeStandardError) {
}
