package dev.scrm.metrics;

import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureGranularity;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connector.SearchTrendScope;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Feeds the aggregate figures of a {@link dev.scrm.connector.FigureSource} into a {@link MetricsEngine}: daily
 * web-traffic series become one {@link WebTrafficFigures} per site, source and day, and search-interest series
 * become {@link SearchInterest} values with their normalisation scope.
 *
 * <p>Web days need a {@link FigureMetric#VISITS} value; page views, bounces and visit seconds that the batch
 * lacks count as 0 (social visits and goal value are not web-analytics figures and are always 0 here), while
 * unique visitors, returning visits and returning visitors stay unknown ({@code null}) unless the source supplied
 * them, so an {@link FigureSeries#unavailable unavailable} figure makes the dependent KPIs unavailable rather
 * than zero. Partial buckets are fed too; the engine replaces them when a later batch brings the closed value.
 * Web series whose buckets are not days are skipped (the engine takes one bucket per ingest) and counted.
 *
 * <p>Immutable and thread-safe, as thread-safe as the engine.
 */
public final class FigureFeed {

    private final MetricsEngine engine;
    private final UnaryOperator<String> siteName;

    private FigureFeed(MetricsEngine engine, UnaryOperator<String> siteName) {
        this.engine = engine;
        this.siteName = siteName;
    }

    /**
     * A feed that uses each series' subject (the site id) as the site, and so as the brand dimension.
     *
     * @param engine the engine
     * @return the feed
     */
    public static FigureFeed into(MetricsEngine engine) {
        return new FigureFeed(Objects.requireNonNull(engine, "engine"), s -> s);
    }

    /**
     * A feed that names sites, for example Matomo's {@code idSite 3} as the brand {@code acme}.
     *
     * @param engine the engine
     * @param siteName maps a series' subject to the site (brand) name; must not return null or blank
     * @return the feed
     */
    public static FigureFeed into(MetricsEngine engine, UnaryOperator<String> siteName) {
        return new FigureFeed(Objects.requireNonNull(engine, "engine"), Objects.requireNonNull(siteName, "siteName"));
    }

    /**
     * Feeds one batch.
     *
     * @param batch the batch
     * @return what was fed
     * @throws IllegalArgumentException if the engine refuses a value (for example a day that is not one bucket
     *     of its resolution)
     */
    public Fed accept(FigureBatch batch) {
        return accept(Objects.requireNonNull(batch, "batch").series());
    }

    /**
     * Feeds series.
     *
     * @param series the series
     * @return what was fed
     * @throws IllegalArgumentException if the engine refuses a value
     */
    public Fed accept(List<FigureSeries> series) {
        Objects.requireNonNull(series, "series");
        Map<List<String>, Map<FigureMetric, FigureSeries>> web = new LinkedHashMap<>();
        int searchPoints = 0;
        int skipped = 0;
        for (FigureSeries s : series) {
            if (s.metric() == FigureMetric.SEARCH_INTEREST) {
                SearchScope scope = scope(s.normalisation().orElseThrow());
                for (FigurePoint p : s.points()) {
                    engine.ingest(new SearchInterest(s.subject(), scope, s.window(p).start(), p.value(), p.partial()));
                    searchPoints++;
                }
            } else if (s.granularity() != FigureGranularity.DAY) {
                skipped += s.points().size();
            } else if (s.available()) {
                web.computeIfAbsent(List.of(s.subject(), s.source()), k -> new EnumMap<>(FigureMetric.class))
                        .put(s.metric(), s);
            }
        }
        int webDays = 0;
        for (Map.Entry<List<String>, Map<FigureMetric, FigureSeries>> e : web.entrySet()) {
            Map<FigureMetric, FigureSeries> byMetric = e.getValue();
            FigureSeries visits = byMetric.get(FigureMetric.VISITS);
            if (visits == null) {
                for (FigureSeries s : byMetric.values()) {
                    skipped += s.points().size();
                }
                continue;
            }
            Map<FigureMetric, Map<LocalDate, Double>> values = new EnumMap<>(FigureMetric.class);
            byMetric.forEach((m, s) -> {
                Map<LocalDate, Double> days = new TreeMap<>();
                s.points().forEach(p -> days.put(p.start(), p.value()));
                values.put(m, days);
            });
            String site = siteName.apply(e.getKey().get(0));
            for (FigurePoint p : visits.points()) {
                long v = Math.round(p.value());
                engine.ingest(new WebTrafficFigures(site, e.getKey().get(1), visits.window(p), v,
                        count(values, FigureMetric.PAGEVIEWS, p.start(), Long.MAX_VALUE, 0L),
                        count(values, FigureMetric.BOUNCES, p.start(), v, 0L),
                        count(values, FigureMetric.VISIT_SECONDS, p.start(), Long.MAX_VALUE, 0L), 0, 0,
                        count(values, FigureMetric.RETURNING_VISITS, p.start(), v, null),
                        count(values, FigureMetric.VISITORS, p.start(), Long.MAX_VALUE, null),
                        count(values, FigureMetric.RETURNING_VISITORS, p.start(), Long.MAX_VALUE, null), null));
                webDays++;
            }
        }
        return new Fed(webDays, searchPoints, skipped);
    }

    private static Long count(Map<FigureMetric, Map<LocalDate, Double>> values, FigureMetric metric, LocalDate day,
            long cap, Long absent) {
        Map<LocalDate, Double> days = values.get(metric);
        Double v = days == null ? null : days.get(day);
        return v == null ? absent : Long.valueOf(Math.min(cap, Math.round(v)));
    }

    private static SearchScope scope(SearchTrendScope s) {
        return new SearchScope(s.provider(), s.requestId(), s.terms(), s.geo(), s.range(),
                s.granularity().name().toLowerCase(Locale.ROOT), s.consistentlyScaled());
    }

    /**
     * What one {@link #accept} call fed. Immutable and thread-safe.
     *
     * @param webDays web-traffic days fed (one {@link WebTrafficFigures} each)
     * @param searchPoints search-interest values fed
     * @param skipped points left out: web buckets that are not days, or web series without visits
     */
    public record Fed(int webDays, int searchPoints, int skipped) {
    }

    @Override
    public String toString() {
        return "FigureFeed[" + engine + "]";
    }
}
