package dev.scrm.identity;

/** Which pairs of records are compared. */
public enum LinkMode {
    /** Every pair, whatever its sources: deduplication (and linking) of everything given. */
    DEDUPE,
    /** Only pairs of records from different sources: linking files that are each free of duplicates. */
    LINK_ONLY
}
