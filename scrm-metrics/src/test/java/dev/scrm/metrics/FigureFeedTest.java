package dev.scrm.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureGranularity;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connector.SearchTrendScope;
import dev.scrm.core.KpiId;
import dev.scrm.core.Window;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureFeedTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
    private static final LocalDate D2 = D1.plusDays(1);

    private static FigureSeries web(String source, FigureMetric m, double v1, double v2) {
        return FigureSeries.of("3", m, source, FigureGranularity.DAY, ZoneOffset.UTC,
                List.of(new FigurePoint(D1, v1, false), new FigurePoint(D2, v2, true)), null);
    }

    private static KpiResult explain(MetricsEngine engine, String kpi, Window w) {
        return engine.explain(MetricQuery.builder(KpiId.parse(kpi), w).brand("acme").build());
    }

    private static Window days(LocalDate from, int n) {
        return Window.of(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                from.plusDays(n).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void matomoBatch_feedsVisitsAndReturningVisits_underTheSiteName() {
        MetricsEngine engine = MetricsEngine.builder().build();
        FigureBatch batch = new FigureBatch(List.of(web("matomo", FigureMetric.VISITS, 40, 10),
                web("matomo", FigureMetric.PAGEVIEWS, 120, 25), web("matomo", FigureMetric.BOUNCES, 16, 3),
                web("matomo", FigureMetric.RETURNING_VISITS, 10, 2)), Checkpoint.empty(), true);
        FigureFeed.Fed fed = FigureFeed.into(engine, site -> site.equals("3") ? "acme" : site).accept(batch);
        assertThat(fed.webDays()).isEqualTo(2);
        assertThat(explain(engine, "web.visits@1", days(D1, 2)).value()).isEqualTo(50);
        assertThat(explain(engine, "web.pageviews@1", days(D1, 1)).value()).isEqualTo(120);
        KpiResult rate = explain(engine, "web.return_visit_rate@1", days(D1, 1));
        assertThat(rate.status()).isNotEqualTo(KpiStatus.UNAVAILABLE);
        assertThat(rate.value()).isEqualTo(0.25);
    }

    @Test
    void plausibleBatch_unavailableReturningVisits_makeTheRateUnavailable() {
        MetricsEngine engine = MetricsEngine.builder().build();
        FigureBatch batch = new FigureBatch(List.of(web("plausible", FigureMetric.VISITS, 40, 10),
                FigureSeries.unavailable("3", FigureMetric.RETURNING_VISITS, "plausible", FigureGranularity.DAY,
                        ZoneOffset.UTC, "no new/returning split")), Checkpoint.empty(), true);
        FigureFeed.into(engine, s -> "acme").accept(batch);
        assertThat(explain(engine, "web.visits@1", days(D1, 1)).value()).isEqualTo(40);
        assertThat(explain(engine, "web.return_visit_rate@1", days(D1, 1)).status())
                .isEqualTo(KpiStatus.UNAVAILABLE);
    }

    @Test
    void laterBatch_replacesThePartialDay() {
        MetricsEngine engine = MetricsEngine.builder().build();
        FigureFeed feed = FigureFeed.into(engine, s -> "acme");
        feed.accept(List.of(web("matomo", FigureMetric.VISITS, 40, 10)));
        feed.accept(List.of(web("matomo", FigureMetric.VISITS, 40, 33)));
        assertThat(explain(engine, "web.visits@1", days(D2, 1)).value()).isEqualTo(33);
    }

    @Test
    void searchSeries_feedInterestWithTheirScope_weeklyWebIsSkipped() {
        MetricsEngine engine = MetricsEngine.builder().build();
        SearchTrendScope scope = new SearchTrendScope("google-trends", "a.csv#1", List.of("acme", "globex"), "DE",
                "2026-03-01..2026-03-08", FigureGranularity.WEEK, false);
        FigureSeries acme = FigureSeries.of("acme", FigureMetric.SEARCH_INTEREST, "google-trends",
                FigureGranularity.WEEK, ZoneOffset.UTC, List.of(new FigurePoint(LocalDate.of(2026, 3, 1), 60, false),
                        new FigurePoint(LocalDate.of(2026, 3, 8), 80, true)), scope);
        FigureSeries weeklyWeb = FigureSeries.of("3", FigureMetric.VISITS, "x", FigureGranularity.WEEK,
                ZoneOffset.UTC, List.of(new FigurePoint(LocalDate.of(2026, 3, 1), 9, false)), null);
        FigureFeed.Fed fed = FigureFeed.into(engine).accept(List.of(acme, weeklyWeb));
        assertThat(fed.searchPoints()).isEqualTo(2);
        assertThat(fed.skipped()).isEqualTo(1);
        assertThat(explain(engine, "search.interest_index@1", Window.of(
                LocalDate.of(2026, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                LocalDate.of(2026, 3, 15).atStartOfDay(ZoneOffset.UTC).toInstant())).value()).isEqualTo(70);
    }
}
