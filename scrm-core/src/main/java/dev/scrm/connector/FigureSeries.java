package dev.scrm.connector;

import dev.scrm.core.Window;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A series of one aggregate figure of one subject (a site or a search term) from one source, one
 * {@link FigurePoint} per bucket, oldest first. A figure the source cannot supply is a series that is
 * {@link #unavailable unavailable}: it has no points and says why, so a consumer reports the KPI as unavailable
 * rather than as zero. Search-interest series carry their {@link SearchTrendScope normalisation scope}.
 *
 * <p>Immutable and thread-safe. The subject can be personal data (a search term naming a person), so
 * {@link #toString()} shows its length only.
 *
 * @param subject the site id or search term, not blank, at most 1024 characters
 * @param metric the figure
 * @param source the tool or provider, for example {@code matomo}, {@code plausible} or {@code google-trends}
 * @param granularity the bucket length
 * @param zone the time zone whose calendar days the buckets follow (the site's zone, UTC for trends)
 * @param points the values, strictly ascending by start, none when unavailable
 * @param unavailableReason why the figure is unavailable, or {@code null} when it is available
 * @param scope the normalisation scope; required for {@link FigureMetric#SEARCH_INTEREST}, {@code null} otherwise
 */
public record FigureSeries(String subject, FigureMetric metric, String source, FigureGranularity granularity,
        ZoneId zone, List<FigurePoint> points, String unavailableReason, SearchTrendScope scope) {

    /**
     * Validates and copies the series.
     *
     * @throws NullPointerException if a required part is null
     * @throws IllegalArgumentException if the points are not strictly ascending, an unavailable series has
     *     points, the scope does not match the metric, or a text is blank or too long
     */
    public FigureSeries {
        Objects.requireNonNull(subject, "subject");
        subject = subject.strip();
        if (subject.isEmpty() || subject.length() > 1024) {
            throw new IllegalArgumentException("subject must have 1 to 1024 characters");
        }
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(zone, "zone");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        LocalDate previous = null;
        for (FigurePoint p : points) {
            if (previous != null && !p.start().isAfter(previous)) {
                throw new IllegalArgumentException("points of a " + metric + " series must be strictly ascending;"
                        + " bucket " + p.start() + " follows " + previous);
            }
            if (!granularity.canStart(p.start())) {
                throw new IllegalArgumentException("bucket " + p.start() + " cannot start a " + granularity);
            }
            previous = p.start();
        }
        if (unavailableReason != null) {
            if (unavailableReason.isBlank()) {
                throw new IllegalArgumentException("unavailableReason must not be blank");
            }
            if (!points.isEmpty()) {
                throw new IllegalArgumentException("an unavailable series has no points");
            }
        }
        if (metric == FigureMetric.SEARCH_INTEREST) {
            Objects.requireNonNull(scope, "a search-interest series needs its normalisation scope");
            if (scope.granularity() != granularity) {
                throw new IllegalArgumentException("scope granularity " + scope.granularity()
                        + " differs from the series' " + granularity);
            }
        } else if (scope != null) {
            throw new IllegalArgumentException("only search-interest series carry a normalisation scope");
        }
    }

    /**
     * An available series.
     *
     * @param subject the site id or search term
     * @param metric the figure
     * @param source the tool or provider
     * @param granularity the bucket length
     * @param zone the time zone of the buckets
     * @param points the values, oldest first
     * @param scope the normalisation scope for search interest, else {@code null}
     * @return the series
     */
    public static FigureSeries of(String subject, FigureMetric metric, String source, FigureGranularity granularity,
            ZoneId zone, List<FigurePoint> points, SearchTrendScope scope) {
        return new FigureSeries(subject, metric, source, granularity, zone, points, null, scope);
    }

    /**
     * A series the source cannot supply (Plausible has no returning visitors).
     *
     * @param subject the site id or search term
     * @param metric the figure
     * @param source the tool or provider
     * @param granularity the bucket length asked for
     * @param zone the time zone of the buckets
     * @param reason why, without personal data
     * @return the series
     */
    public static FigureSeries unavailable(String subject, FigureMetric metric, String source,
            FigureGranularity granularity, ZoneId zone, String reason) {
        return new FigureSeries(subject, metric, source, granularity, zone, List.of(),
                Objects.requireNonNull(reason, "reason"), null);
    }

    /**
     * Whether the source supplied this figure.
     *
     * @return false for an unavailable series
     */
    public boolean available() {
        return unavailableReason == null;
    }

    /**
     * Why the figure is unavailable.
     *
     * @return the reason, or empty when it is available
     */
    public Optional<String> unavailability() {
        return Optional.ofNullable(unavailableReason);
    }

    /**
     * The normalisation scope of a search-interest series.
     *
     * @return the scope, or empty for other figures
     */
    public Optional<SearchTrendScope> normalisation() {
        return Optional.ofNullable(scope);
    }

    /**
     * The time window a point's bucket covers, from its first day's start to the next bucket's start in
     * {@link #zone()}.
     *
     * @param point a point of this series
     * @return the window
     */
    public Window window(FigurePoint point) {
        Objects.requireNonNull(point, "point");
        return Window.of(point.start().atStartOfDay(zone).toInstant(),
                granularity.next(point.start()).atStartOfDay(zone).toInstant());
    }

    /** Shows the metric, source, granularity and point count; the subject's length only. */
    @Override
    public String toString() {
        return "FigureSeries[" + metric + ", " + source + ", " + granularity + ", subject " + subject.length()
                + " chars, " + (available() ? points.size() + " points" : "unavailable") + "]";
    }
}
