package dev.scrm.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The normalisation scope of search interest index values. Classic Google Trends scales 0–100 within one
 * request, so values of two scopes are never compared unless both are {@code consistentlyScaled}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param provider the provider, for example {@code google-trends}
 * @param requestId the request the values came from
 * @param terms the terms of that request
 * @param geo the geography, for example {@code DE}, or the empty string for worldwide
 * @param range the requested time range, as the provider writes it
 * @param granularity the bucket granularity, for example {@code week}
 * @param consistentlyScaled whether the provider scales values consistently across requests
 */
public record SearchScope(String provider, String requestId, List<String> terms, String geo, String range,
        String granularity, boolean consistentlyScaled) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a field is null
     */
    public SearchScope {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(requestId, "requestId");
        terms = List.copyOf(terms);
        Objects.requireNonNull(geo, "geo");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
    }

    /**
     * Whether index values of this scope and another may be compared or combined.
     *
     * @param other the other scope
     * @return true for the same scope, or two consistently scaled scopes of one provider
     */
    public boolean isComparableWith(SearchScope other) {
        Objects.requireNonNull(other, "other");
        if (equals(other)) {
            return true;
        }
        return consistentlyScaled && other.consistentlyScaled && provider.equals(other.provider)
                && geo.equals(other.geo) && granularity.equals(other.granularity);
    }
}
