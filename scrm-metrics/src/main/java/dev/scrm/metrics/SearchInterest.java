package dev.scrm.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * One search interest index value of a term for one bucket, with its normalisation scope. Index values are
 * never summed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the search term (the brand dimension)
 * @param scope the normalisation scope
 * @param bucketStart the start of the provider's bucket
 * @param index the index value, finite and at least 0
 * @param partial whether the bucket is still incomplete (the provider's latest bucket)
 */
public record SearchInterest(String term, SearchScope scope, Instant bucketStart, double index, boolean partial) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the index is negative or not finite
     */
    public SearchInterest {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(bucketStart, "bucketStart");
        if (!(index >= 0) || Double.isInfinite(index)) {
            throw new IllegalArgumentException("search index must be finite and >= 0");
        }
    }
}
