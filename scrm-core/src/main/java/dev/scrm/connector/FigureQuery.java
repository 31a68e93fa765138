package dev.scrm.connector;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to read from a {@link FigureSource}: which figures of which site or search term, from which first day
 * up to which last day. Immutable and thread-safe.
 *
 * @param target a {@link QueryKind#WEB_TRAFFIC} query whose value is the site id, or a
 *     {@link QueryKind#SEARCH_VOLUME} query whose value is the search term
 * @param from the first day wanted, in the source's time zone
 * @param to the last day wanted, inclusive, or {@code null} for "up to the latest bucket the source has"
 * @param metrics the figures wanted, at least one, all of the target's kind
 */
public record FigureQuery(ListeningQuery target, LocalDate from, LocalDate to, Set<FigureMetric> metrics) {

    /**
     * Validates and copies the query.
     *
     * @throws NullPointerException if a required part is null
     * @throws IllegalArgumentException if the target is not a figure query, {@code to} is before {@code from},
     *     no metric is asked for, or a metric does not fit the target's kind
     */
    public FigureQuery {
        Objects.requireNonNull(target, "target");
        if (target.kind() != QueryKind.WEB_TRAFFIC && target.kind() != QueryKind.SEARCH_VOLUME) {
            throw new IllegalArgumentException("a figure query reads WEB_TRAFFIC or SEARCH_VOLUME, not "
                    + target.kind());
        }
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        Objects.requireNonNull(metrics, "metrics");
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a figure query needs at least one metric");
        }
        metrics = Collections.unmodifiableSet(EnumSet.copyOf(metrics));
        for (FigureMetric m : metrics) {
            boolean search = m == FigureMetric.SEARCH_INTEREST;
            if (search != (target.kind() == QueryKind.SEARCH_VOLUME)) {
                throw new IllegalArgumentException(m + " does not fit a " + target.kind() + " query");
            }
        }
    }

    /**
     * Web traffic figures of one site.
     *
     * @param site the site id, as the analytics tool names it (Matomo {@code idSite}, Plausible domain)
     * @param from the first day
     * @param to the last day, inclusive, or {@code null} for up to today
     * @param metrics the figures, at least one
     * @return the query
     */
    public static FigureQuery webTraffic(String site, LocalDate from, LocalDate to, Set<FigureMetric> metrics) {
        return new FigureQuery(new ListeningQuery(QueryKind.WEB_TRAFFIC, site), from, to, metrics);
    }

    /**
     * The search-interest index of one term.
     *
     * @param term the search term
     * @param from the first day
     * @param to the last day, inclusive, or {@code null} for up to the latest bucket
     * @return the query
     */
    public static FigureQuery searchInterest(String term, LocalDate from, LocalDate to) {
        return new FigureQuery(new ListeningQuery(QueryKind.SEARCH_VOLUME, term), from, to,
                EnumSet.of(FigureMetric.SEARCH_INTEREST));
    }

    /**
     * The last day wanted.
     *
     * @return the day, or empty for "up to the latest bucket"
     */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(to);
    }

    /**
     * A stable, non-personal key for checkpoints: the target's {@link ListeningQuery#key()} and the set of
     * metrics. The first day is not part of it, so a later pull with another {@code from} resumes the same
     * checkpoint.
     *
     * @return the key, for example {@code web-traffic-1f3a9c2e-m7}
     */
    public String key() {
        int mask = 0;
        for (FigureMetric m : metrics) {
            mask |= 1 << m.ordinal();
        }
        return target.key() + "-m" + Integer.toHexString(mask);
    }

    /** Shows the kind, the range and the metrics; the target's value only by length. */
    @Override
    public String toString() {
        return "FigureQuery[" + target + ", " + from + ".." + (to == null ? "latest" : to) + ", " + metrics + "]";
    }
}
