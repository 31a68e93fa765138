package dev.scrm.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureSeriesTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 2);

    @Test
    void window_followsTheSeriesZoneAndGranularity() {
        FigureSeries s = FigureSeries.of("1", FigureMetric.VISITS, "matomo", FigureGranularity.DAY,
                ZoneId.of("Europe/Berlin"), List.of(new FigurePoint(D, 3, false)), null);
        assertThat(s.window(s.points().get(0)).start()).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
        assertThat(s.window(s.points().get(0)).end()).isEqualTo(Instant.parse("2026-11-02T23:00:00Z"));
        assertThat(s.available()).isTrue();
        assertThat(s.normalisation()).isEmpty();
    }

    @Test
    void points_mustBeStrictlyAscending() {
        assertThatThrownBy(() -> FigureSeries.of("1", FigureMetric.VISITS, "matomo", FigureGranularity.DAY,
                ZoneOffset.UTC, List.of(new FigurePoint(D, 1, false), new FigurePoint(D, 2, false)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
    }

    @Test
    void unavailable_hasNoPointsAndSaysWhy() {
        FigureSeries s = FigureSeries.unavailable("example.org", FigureMetric.RETURNING_VISITS, "plausible",
                FigureGranularity.DAY, ZoneOffset.UTC, "no new/returning split");
        assertThat(s.available()).isFalse();
        assertThat(s.unavailability()).contains("no new/returning split");
        assertThat(s.points()).isEmpty();
    }

    @Test
    void searchInterest_needsAMatchingScope() {
        SearchTrendScope weekly = new SearchTrendScope("google-trends", "f.csv#1", List.of("acme", "globex"), "",
                "2026-01-04..2026-11-22", FigureGranularity.WEEK, false);
        assertThatThrownBy(() -> FigureSeries.of("acme", FigureMetric.SEARCH_INTEREST, "google-trends",
                FigureGranularity.WEEK, ZoneOffset.UTC, List.of(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FigureSeries.of("acme", FigureMetric.SEARCH_INTEREST, "google-trends",
                FigureGranularity.DAY, ZoneOffset.UTC, List.of(), weekly))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FigureSeries.of("1", FigureMetric.VISITS, "matomo", FigureGranularity.WEEK,
                ZoneOffset.UTC, List.of(), weekly)).isInstanceOf(IllegalArgumentException.class);
        FigureSeries ok = FigureSeries.of("acme", FigureMetric.SEARCH_INTEREST, "google-trends",
                FigureGranularity.WEEK, ZoneOffset.UTC, List.of(new FigurePoint(D, 0.5, false)), weekly);
        assertThat(ok.normalisation()).contains(weekly);
        assertThat(ok.toString()).doesNotContain("acme");
    }

    @Test
    void scopes_compareOnlyWithinOneRequestUnlessConsistentlyScaled() {
        SearchTrendScope a = new SearchTrendScope("google-trends", "a.csv", List.of("acme"), "DE", "r",
                FigureGranularity.WEEK, false);
        SearchTrendScope b = new SearchTrendScope("google-trends", "b.csv", List.of("acme"), "DE", "r",
                FigureGranularity.WEEK, false);
        assertThat(a.isComparableWith(a)).isTrue();
        assertThat(a.isComparableWith(b)).isFalse();
        SearchTrendScope c = new SearchTrendScope("trends-api", "c", List.of("acme"), "DE", "r",
                FigureGranularity.WEEK, true);
        SearchTrendScope d = new SearchTrendScope("trends-api", "d", List.of("globex"), "DE", "r2",
                FigureGranularity.WEEK, true);
        assertThat(c.isComparableWith(d)).isTrue();
    }

    @Test
    void query_rejectsMetricsOfTheWrongKindAndKeysByMetrics() {
        assertThatThrownBy(() -> FigureQuery.webTraffic("1", D, null, EnumSet.of(FigureMetric.SEARCH_INTEREST)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FigureQuery.webTraffic("1", D, D.minusDays(1), EnumSet.of(FigureMetric.VISITS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FigureQuery(ListeningQuery.hashtag("java"), D, null,
                EnumSet.of(FigureMetric.VISITS))).isInstanceOf(IllegalArgumentException.class);
        FigureQuery visits = FigureQuery.webTraffic("1", D, null, EnumSet.of(FigureMetric.VISITS));
        FigureQuery both = FigureQuery.webTraffic("1", D.minusDays(9), null,
                EnumSet.of(FigureMetric.VISITS, FigureMetric.RETURNING_VISITS));
        assertThat(visits.key()).isNotEqualTo(both.key()).startsWith("web-traffic-");
        assertThat(FigureQuery.webTraffic("1", D.minusDays(3), null, EnumSet.of(FigureMetric.VISITS)).key())
                .isEqualTo(visits.key());
        assertThat(FigureQuery.searchInterest("acme", D, null).toString()).doesNotContain("acme");
    }
}
