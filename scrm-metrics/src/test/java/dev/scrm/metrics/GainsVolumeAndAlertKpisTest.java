package dev.scrm.metrics;

import static dev.scrm.metrics.Fixtures.day;
import static dev.scrm.metrics.Fixtures.days;
import static dev.scrm.metrics.Fixtures.kpi;
import static dev.scrm.metrics.Fixtures.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * followers.gains@1, search.volume@1, alerts.spike.ewma@1 and alerts.volume_threshold@1: hand-computed cases,
 * empty input, a single item, missing inputs flagged incomplete, and window edges.
 */
class GainsVolumeAndAlertKpisTest {

    private static final PlatformAccountId ACME_LI = PlatformAccountId.of("linkedin", "org-1");

    private static FollowerGains gains(int day, long organic, long paid) {
        return new FollowerGains(ACME_LI, "acme", days(day, 1), organic, paid);
    }

    private static KpiResult explain(MetricsEngine e, String id, Window w) {
        return e.explain(MetricQuery.builder(kpi(id), w).brand("acme").parameter("threshold", "10").build());
    }

    @Nested
    class FollowerGainsKpi {

        @Test
        void twoDays_sumOrganicAndPaid() {
            MetricsEngine e = MetricsEngine.builder().build();
            e.ingest(gains(1, 12, 3));
            e.ingest(gains(2, 7, 0));
            KpiResult r = explain(e, "followers.gains@1", days(1, 2));
            assertThat(r.value()).isEqualTo(22.0);
            assertThat(r.component("organic")).isEqualTo(19.0);
            assertThat(r.component("paid")).isEqualTo(3.0);
            assertThat(r.metric().completeness().coverage()).isEqualTo(1.0);
        }

        @Test
        void empty_isUnavailable_notZero() {
            KpiResult r = explain(MetricsEngine.builder().build(), "followers.gains@1", days(1, 2));
            assertThat(r.status()).isEqualTo(KpiStatus.UNAVAILABLE);
            assertThat(r.reason()).isEqualTo("NO_FOLLOWER_GAINS");
            assertThat(r.metric().value()).isNull();
        }

        @Test
        void singleReport_isComplete_forItsDay() {
            MetricsEngine e = MetricsEngine.builder().build();
            e.ingest(gains(3, 5, 1));
            assertThat(explain(e, "followers.gains@1", days(3, 1)).value()).isEqualTo(6.0);
        }

        @Test
        void missingDays_lowerCompleteness() {
            MetricsEngine e = MetricsEngine.builder().build();
            e.ingest(gains(1, 12, 3));
            e.ingest(gains(2, 7, 0));
            KpiResult r = explain(e, "followers.gains@1", days(1, 3));
            assertThat(r.value()).isEqualTo(22.0);
            assertThat(r.metric().completeness().coverage()).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(r.metric().completeness().missing()).contains("follower gains");
        }

        @Test
        void windowEdges_startIncluded_endExcluded() {
            MetricsEngine e = MetricsEngine.builder().build();
            e.ingest(gains(3, 4, 0));
            e.ingest(gains(1, 1, 0));
            assertThat(explain(e, "followers.gains@1", days(1, 2)).value()).isEqualTo(1.0);
            assertThat(explain(e, "followers.gains@1", days(3, 2)).value()).isEqualTo(4.0);
        }

        @Test
        void reingest_replaces_andMergeAddsPartitions() {
            MetricsEngine e = MetricsEngine.builder().build();
            e.ingest(gains(1, 12, 3));
            e.ingest(gains(1, 12, 3));
            e.ingest(gains(1, 10, 3));
            assertThat(explain(e, "followers.gains@1", days(1, 1)).value()).isEqualTo(13.0);
            MetricsEngine other = MetricsEngine.builder().build();
            other.ingest(gains(2, 7, 0));
            e.mergeFrom(other);
            assertThat(explain(e, "followers.gains@1", days(1, 2)).value()).isEqualTo(20.0);
            assertThat(e.explain(MetricQuery.builder(kpi("followers.gains@1"), days(1, 2)).brand("acme")
                    .platform(Platform.MASTODON).build()).status()).isEqualTo(KpiStatus.UNAVAILABLE);
        }

        @Test
        void periodOfTwoBuckets_isRefused() {
            MetricsEngine e = MetricsEngine.builder().build();
            assertThatThrownBy(() -> e.ingest(new FollowerGains(ACME_LI, "acme", days(1, 2), 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 buckets");
            assertThatThrownBy(() -> gains(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class SearchVolumeKpi {

        private KeywordSearchVolume month(int m, long searches, String source) {
            LocalDate first = LocalDate.of(2026, m, 1);
            return new KeywordSearchVolume("acme", source, Window.of(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    first.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant()), searches);
        }

        private Window months(int from, int count) {
            return Fixtures.date(LocalDate.of(2026, from, 1), (int) java.time.temporal.ChronoUnit.DAYS.between(
                    LocalDate.of(2026, from, 1), LocalDate.of(2026, from, 1).plusMonths(count)));
        }

        private MetricsEngine firstQuarter() {
            MetricsEngine e = MetricsEngine.builder().build();
            e.ingest(month(1, 1000, "planner"));
            e.ingest(month(2, 1200, "planner"));
            e.ingest(month(3, 900, "planner"));
            return e;
        }

        @Test
        void quarter_sumsItsMonths() {
            MetricsEngine e = firstQuarter();
            KpiResult r = explain(e, "search.volume@1", months(1, 3));
            assertThat(r.value()).isEqualTo(3100.0);
            assertThat(r.component("periods")).isEqualTo(3.0);
            assertThat(r.metric().completeness().coverage()).isEqualTo(1.0);
        }

        @Test
        void empty_isUnavailable() {
            KpiResult r = explain(MetricsEngine.builder().build(), "search.volume@1", months(1, 1));
            assertThat(r.status()).isEqualTo(KpiStatus.UNAVAILABLE);
            assertThat(r.reason()).isEqualTo("NO_SEARCH_VOLUME");
        }

        @Test
        void singleMonth() {
            MetricsEngine e = MetricsEngine.builder().build();
            e.ingest(month(2, 1200, "planner"));
            assertThat(explain(e, "search.volume@1", months(2, 1)).value()).isEqualTo(1200.0);
        }

        @Test
        void missingMonth_lowersCompleteness() {
            MetricsEngine e = firstQuarter();
            KpiResult r = explain(e, "search.volume@1", months(1, 4));
            assertThat(r.value()).isEqualTo(3100.0);
            assertThat(r.metric().completeness().coverage()).isCloseTo(90.0 / 120, within(1e-12));
        }

        @Test
        void windowEdges_partialPeriodsAreLeftOut() {
            MetricsEngine e = firstQuarter();
            Window w = Fixtures.date(LocalDate.of(2026, 1, 15), 45);
            KpiResult r = explain(e, "search.volume@1", w);
            assertThat(r.value()).isEqualTo(1200.0);
            assertThat(r.metric().completeness().coverage()).isCloseTo(28.0 / 45, within(1e-12));
        }

        @Test
        void sources_neverDoubleCount_andCanBeChosen() {
            MetricsEngine e = MetricsEngine.builder().build();
            e.ingest(month(1, 1000, "b-tool"));
            e.ingest(month(1, 1100, "a-tool"));
            e.ingest(month(1, 1100, "a-tool"));
            assertThat(explain(e, "search.volume@1", months(1, 1)).value()).isEqualTo(1100.0);
            assertThat(e.explain(MetricQuery.builder(kpi("search.volume@1"), months(1, 1)).brand("acme")
                    .parameter("source", "b-tool").build()).value()).isEqualTo(1000.0);
            MetricsEngine merged = MetricsEngine.builder().build();
            merged.mergeFrom(e);
            assertThat(explain(merged, "search.volume@1", months(1, 1)).value()).isEqualTo(1100.0);
        }
    }

    @Nested
    class Alerts {

        private final Instant now = Instant.parse("2026-03-30T14:00:00Z");

        private MetricsEngine hourly(int current) {
            MetricsEngine e = MetricsEngine.builder().resolution(BucketUnit.HOUR).build();
            int[] base = {100, 110, 90, 105, 95, 100, 120, 80};
            for (int w = 1; w <= 8; w++) {
                for (int i = 0; i < base[8 - w]; i++) {
                    e.ingest(mention("w" + w + "-" + i, now.minus(Duration.ofDays(7L * w)).plusSeconds(i), "acme"));
                }
            }
            for (int i = 0; i < current; i++) {
                e.ingest(mention("now" + i, now.plusSeconds(i), "acme"));
            }
            return e;
        }

        @Test
        void ewma_baselineOfTheSameHourOverEightWeeks() {
            // EWMA (lambda 0.3) of [100, 110, 90, 105, 95, 100, 120, 80], oldest first, is 97.894387; the
            // deviations' median is 7.5, so sigma = 1.4826 * 7.5 = 11.1195 and z(160) = 62.105613 / 11.1195
            KpiResult r = explain(hourly(160), "alerts.spike.ewma@1", Window.of(now, now.plusSeconds(3600)));
            assertThat(r.component("mu")).isCloseTo(97.894387, within(1e-9));
            assertThat(r.component("mad")).isCloseTo(7.5, within(1e-9));
            assertThat(r.component("sigma")).isCloseTo(11.1195, within(1e-9));
            assertThat(r.value()).isCloseTo(5.585288, within(0.5e-6));
            assertThat(r.component("severity")).isEqualTo(6.0);
            assertThat(r.component("longevity")).isEqualTo(1.0);
        }

        @Test
        void ewma_emptyAndSingleItem() {
            Window w = Window.of(now, now.plusSeconds(3600));
            KpiResult empty = explain(MetricsEngine.builder().resolution(BucketUnit.HOUR).build(),
                    "alerts.spike.ewma@1", w);
            assertThat(empty.value()).isZero();
            assertThat(empty.component("severity")).isZero();
            MetricsEngine one = MetricsEngine.builder().resolution(BucketUnit.HOUR).build();
            one.ingest(mention("m", now.plusSeconds(5), "acme"));
            KpiResult r = explain(one, "alerts.spike.ewma@1", w);
            assertThat(r.value()).isEqualTo(1.0);
            assertThat(r.component("sigma")).isEqualTo(1.0);
        }

        @Test
        void ewma_lowCoverage_suppressesTheAlert_andRejectsBadLambda() {
            MetricsEngine e = hourly(160);
            Window w = Window.of(now, now.plusSeconds(3600));
            e.reportCoverage(Platform.MASTODON, w, 0.5);
            KpiResult r = explain(e, "alerts.spike.ewma@1", w);
            assertThat(r.component("severity")).isZero();
            assertThat(r.component("suppressed")).isEqualTo(1.0);
            assertThat(r.metric().completeness().coverage()).isEqualTo(0.5);
            assertThatThrownBy(() -> e.explain(MetricQuery.builder(kpi("alerts.spike.ewma@1"), w).brand("acme")
                    .parameter("lambda", "1.5").build())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void threshold_firesAtOrAbove_withLongevity() {
            MetricsEngine e = MetricsEngine.builder().build();
            int[] perDay = {5, 12, 10, 15};
            for (int d = 0; d < perDay.length; d++) {
                for (int i = 0; i < perDay[d]; i++) {
                    e.ingest(mention("d" + d + "-" + i, day(1 + d).plusSeconds(i), "acme"));
                }
            }
            KpiResult last = explain(e, "alerts.volume_threshold@1", days(4, 1));
            assertThat(last.value()).isEqualTo(15.0);
            assertThat(last.component("fired")).isEqualTo(1.0);
            assertThat(last.component("longevity")).isEqualTo(3.0);
            KpiResult first = explain(e, "alerts.volume_threshold@1", days(1, 1));
            assertThat(first.component("fired")).isZero();
            assertThat(first.component("longevity")).isZero();
            assertThat(explain(e, "alerts.volume_threshold@1", days(3, 1)).component("fired")).isEqualTo(1.0);
        }

        @Test
        void threshold_emptySingleMissingParameterAndCoverage() {
            MetricsEngine e = MetricsEngine.builder().build();
            KpiResult empty = explain(e, "alerts.volume_threshold@1", days(1, 1));
            assertThat(empty.value()).isZero();
            assertThat(empty.component("fired")).isZero();
            e.ingest(mention("m", day(1), "acme"));
            assertThat(explain(e, "alerts.volume_threshold@1", days(1, 1)).value()).isEqualTo(1.0);
            assertThatThrownBy(() -> e.explain(MetricQuery.builder(kpi("alerts.volume_threshold@1"), days(1, 1))
                    .brand("acme").build())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("threshold");
            e.reportCoverage(Platform.MASTODON, days(1, 1), 0.8);
            KpiResult low = e.explain(MetricQuery.builder(kpi("alerts.volume_threshold@1"), days(1, 1)).brand("acme")
                    .parameter("threshold", "1").build());
            assertThat(low.component("fired")).isZero();
            assertThat(low.component("suppressed")).isEqualTo(1.0);
        }
    }
}
