package dev.scrm.connector;

import java.util.List;
import java.util.Objects;

/**
 * Within what a search-interest index was normalised. Classic Google Trends scales each request's values to 0
 * to 100 relative to the highest point of all its terms, so two series are comparable only when they come
 * from the same request; a consistently scaled provider (the Google Trends API, absolute keyword volumes)
 * says so with {@code consistentlyScaled}. Immutable and thread-safe.
 *
 * @param provider the provider, for example {@code google-trends}
 * @param requestId what identifies the request the values came from (an export file's name and digest)
 * @param terms every term of that request, in its order, at least one
 * @param geo the region as the provider writes it, or the empty string for worldwide
 * @param range the requested time range, for example {@code 2025-11-30..2026-11-22}
 * @param granularity the bucket granularity
 * @param consistentlyScaled whether values of different requests of this provider may be compared
 */
public record SearchTrendScope(String provider, String requestId, List<String> terms, String geo, String range,
        FigureGranularity granularity, boolean consistentlyScaled) {

    /**
     * Validates and copies the scope.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the provider, request id or range is blank, or there is no term
     */
    public SearchTrendScope {
        notBlank(provider, "provider");
        notBlank(requestId, "requestId");
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a search trend scope needs at least one term");
        }
        Objects.requireNonNull(geo, "geo");
        notBlank(range, "range");
        Objects.requireNonNull(granularity, "granularity");
    }

    /**
     * Whether index values of this scope may be compared with those of another.
     *
     * @param other the other scope
     * @return true for the same scope, or two consistently scaled scopes of one provider, region and granularity
     */
    public boolean isComparableWith(SearchTrendScope other) {
        Objects.requireNonNull(other, "other");
        return equals(other) || (consistentlyScaled && other.consistentlyScaled && provider.equals(other.provider)
                && geo.equals(other.geo) && granularity == other.granularity);
    }

    /** Shows the provider, request, region and granularity; terms can name people, so only their count. */
    @Override
    public String toString() {
        return "SearchTrendScope[" + provider + ", " + requestId + ", " + terms.size() + " terms, geo=" + geo + ", "
                + range + ", " + granularity + (consistentlyScaled ? ", consistent" : "") + "]";
    }

    private static void notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
