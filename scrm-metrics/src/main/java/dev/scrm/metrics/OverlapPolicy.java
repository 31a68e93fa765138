package dev.scrm.metrics;

/**
 * What a share-of-voice KPI does with a mention that names more than one brand of the competitor set.
 * Under every policy the shares of all brands of the set add up to 100 %.
 */
public enum OverlapPolicy {
    /** The mention counts once for every brand it names; the denominator counts brand-mention pairs. */
    COUNT_EACH,
    /** The mention is split evenly: {@code 1/k} to each of the {@code k} brands of the set it names. */
    SPLIT,
    /** The mention is left out of numerator and denominator. */
    EXCLUDE
}
