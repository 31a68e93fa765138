package dev.scrm.metrics;

import static dev.scrm.metrics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Completeness;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.KpiId;
import dev.scrm.core.Metric;
import dev.scrm.core.Platform;
import dev.scrm.core.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MetricsEngineTest {

    static Stream<KpiDefinition> standard() {
        return KpiRegistry.standard().definitions().stream();
    }

    private static MetricsEngine withCalendar() {
        return MetricsEngine.builder().businessCalendar(BusinessCalendar.builder(java.time.ZoneOffset.UTC)
                .open(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0), java.time.DayOfWeek.MONDAY).build())
                .build();
    }

    private static MetricQuery query(KpiId id, Window w) {
        return MetricQuery.builder(id, w).brand("acme").competitors("globex").parameter("shareOfMarket", "0.2")
                .parameter("category", "cars").parameter("threshold", "10").build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standard")
    void everyKpi_emptyInput_isZeroCountOrNotOk(KpiDefinition def) {
        MetricsEngine engine = withCalendar();
        KpiResult r = engine.explain(query(def.id(), days(1, 7)));
        assertThat(r.metric().kpi()).isEqualTo(def.id());
        assertThat(r.metric().window()).isEqualTo(days(1, 7));
        if (r.status() == KpiStatus.OK) {
            assertThat(def.additivity()).isNotEqualTo(Additivity.SEMI_ADDITIVE);
            assertThat(r.value()).isZero();
        } else {
            assertThat(r.metric().value()).isNull();
            assertThat(r.reason()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standard")
    void everyKpi_singleMention_answersWithoutError(KpiDefinition def) {
        MetricsEngine engine = withCalendar();
        engine.ingest(mention("m1", day(2), 0.5, "acme"));
        KpiResult r = engine.explain(query(def.id(), days(1, 7)));
        assertThat(r.metric().kpi()).isEqualTo(def.id());
        if (r.status() == KpiStatus.OK) {
            assertThat(r.metric().value()).isFinite();
        }
    }

    @Test
    void singleItem_countsOnce_andSovIsWhole() {
        MetricsEngine engine = MetricsEngine.builder().build();
        engine.ingest(mention("m1", day(2), 0.5, "acme"));
        assertThat(engine.compute(query(KpiId.parse("mentions.volume@1"), days(1, 7))).value()).isEqualTo(1);
        assertThat(engine.compute(query(KpiId.parse("share_of_voice.mentions@1"), days(1, 7))).value()).isEqualTo(1);
        assertThat(engine.compute(query(KpiId.parse("sentiment.net@1"), days(1, 7))).value()).isEqualTo(1);
    }

    @Test
    void windowEdges_startIncluded_endExcluded() {
        MetricsEngine engine = MetricsEngine.builder().build();
        engine.ingest(mention("at-start", day(2), "acme"));
        engine.ingest(mention("before-end", day(3).minusNanos(1), "acme"));
        engine.ingest(mention("at-end", day(3), "acme"));
        engine.ingest(mention("before-start", day(2).minusSeconds(1), "acme"));
        assertThat(engine.compute(query(KpiId.parse("mentions.volume@1"), days(2, 1))).value()).isEqualTo(2);
        assertThat(engine.compute(query(KpiId.parse("mentions.volume@1"), days(1, 1))).value()).isEqualTo(1);
        assertThat(engine.compute(query(KpiId.parse("mentions.volume@1"), days(3, 1))).value()).isEqualTo(1);
    }

    @Test
    void windowOffBucketBoundary_isRefused() {
        MetricsEngine engine = MetricsEngine.builder().build();
        Window w = Window.of(day(1).plusSeconds(3600), day(2));
        assertThatThrownBy(() -> engine.compute(query(KpiId.parse("mentions.volume@1"), w)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DAY boundary");
    }

    @Test
    void unknownKpi_isRefused() {
        MetricsEngine engine = MetricsEngine.builder().build();
        assertThatThrownBy(() -> engine.compute(query(KpiId.parse("no.such@1"), days(1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such@1");
    }

    @Test
    void missingInputs_areFlaggedIncomplete_notZero() {
        MetricsEngine engine = MetricsEngine.builder().build();
        engine.ingest(mention("rated", day(1), 0.5, "acme"));
        engine.ingest(mention("unrated", day(1), "acme"));
        KpiResult ns = engine.explain(query(KpiId.parse("sentiment.net@1"), days(1, 1)));
        assertThat(ns.metric().completeness().coverage()).isEqualTo(0.5);
        assertThat(ns.metric().completeness().missing()).contains("sentiment");

        KpiResult followers = engine.explain(query(KpiId.parse("followers.volume@1"), days(1, 1)));
        assertThat(followers.status()).isEqualTo(KpiStatus.UNAVAILABLE);
        assertThat(followers.metric().completeness().missing()).contains("followers");

        engine.ingest(new WebTrafficFigures("acme", "matomo", days(1, 1), 10, 10, 1, 0, 0, 0, null, null, null, null));
        KpiResult visits = engine.explain(query(KpiId.parse("web.visits@1"), days(1, 2)));
        assertThat(visits.value()).isEqualTo(10);
        assertThat(visits.metric().completeness().coverage()).isEqualTo(0.5);

        engine.ingest(post("mastodon", "p", day(1), engagement(10, 0, 0, 0), Map.of("reach", "100"), "acme"));
        engine.ingest(post("mastodon", "q", day(1), engagement(10, 0, 0, 0), Map.of(), "acme"));
        KpiResult err = engine.explain(query(KpiId.parse("engagement_rate.reach.pooled@1"), days(1, 1)));
        assertThat(err.value()).isEqualTo(0.1);
        assertThat(err.metric().completeness().missing()).contains("post reach");

        engine.reportCoverage(Platform.MASTODON, days(1, 1), 0.5);
        Metric m = engine.compute(query(KpiId.parse("mentions.volume@1"), days(1, 2)));
        assertThat(m.completeness().coverage()).isEqualTo(0.75);
    }

    @Test
    void ingestion_isIdempotent_forAllInputs() {
        MetricsEngine engine = MetricsEngine.builder().build();
        assertThat(engine.ingest(mention("m", day(1), "acme"))).isTrue();
        assertThat(engine.ingest(mention("m", day(1), "acme"))).isFalse();
        WebTrafficFigures f = new WebTrafficFigures("acme", "matomo", days(1, 1), 10, 10, 1, 0, 0, 0, null, null,
                null, null);
        engine.ingest(f);
        engine.ingest(f);
        assertThat(engine.compute(query(KpiId.parse("web.visits@1"), days(1, 1))).value()).isEqualTo(10);
        engine.ingest(new WebTrafficFigures("acme", "matomo", days(1, 1), 12, 12, 1, 0, 0, 0, null, null, null, null));
        assertThat(engine.compute(query(KpiId.parse("web.visits@1"), days(1, 1))).value()).isEqualTo(12);
        assertThat(engine.compute(query(KpiId.parse("mentions.volume@1"), days(1, 1))).value()).isEqualTo(1);
    }

    @Test
    void dstDays_inBerlin_areCalendarCorrect() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        MetricsEngine engine = MetricsEngine.builder().zone(berlin).build();
        LocalDate change = LocalDate.of(2026, 3, 29);
        Instant start = change.atStartOfDay(berlin).toInstant();
        Instant end = change.plusDays(1).atStartOfDay(berlin).toInstant();
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(23));
        engine.ingest(mention("first", start, "acme"));
        engine.ingest(mention("last", end.minusSeconds(1), "acme"));
        engine.ingest(mention("next", end, "acme"));
        List<KpiResult> s = engine.series(MetricQuery.builder(KpiId.parse("mentions.volume@1"),
                Window.of(change.minusDays(1).atStartOfDay(berlin).toInstant(),
                        change.plusDays(2).atStartOfDay(berlin).toInstant())).bucket(BucketUnit.DAY).brand("acme")
                .build());
        assertThat(s).extracting(r -> r.value()).containsExactly(0.0, 2.0, 1.0);
        assertThat(s.get(1).metric().window()).isEqualTo(Window.of(start, end));
        assertThat(s.get(1).metric().zone()).isEqualTo(berlin);
    }

    @Test
    void hourlyResolution_answersQueriesInAnotherZone() {
        MetricsEngine engine = MetricsEngine.builder().resolution(BucketUnit.HOUR).build();
        ZoneId ny = ZoneId.of("America/New_York");
        Instant localMidnight = LocalDate.of(2026, 3, 3).atStartOfDay(ny).toInstant();
        engine.ingest(mention("a", localMidnight.minusSeconds(1), "acme"));
        engine.ingest(mention("b", localMidnight, "acme"));
        List<KpiResult> s = engine.series(MetricQuery.builder(KpiId.parse("mentions.volume@1"),
                Window.of(localMidnight.minus(Duration.ofDays(1)), localMidnight.plus(Duration.ofDays(1))))
                .bucket(BucketUnit.DAY).zone(ny).brand("acme").build());
        assertThat(s).extracting(r -> r.value()).containsExactly(1.0, 1.0);
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Instant k = LocalDate.of(2026, 3, 3).atStartOfDay(kolkata).toInstant();
        assertThatThrownBy(() -> engine.compute(MetricQuery.builder(KpiId.parse("mentions.volume@1"),
                Window.of(k, k.plus(Duration.ofDays(1)))).zone(kolkata).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
    }

    @Test
    void monthlySeries_overDailyBuckets_andRollupRules() {
        MetricsEngine engine = MetricsEngine.builder().build();
        engine.ingest(mention("jan", Instant.parse("2026-01-31T23:59:59Z"), "acme"));
        engine.ingest(mention("feb", Instant.parse("2026-02-01T00:00:00Z"), "acme"));
        List<KpiResult> s = engine.series(MetricQuery.builder(KpiId.parse("mentions.volume@1"),
                Window.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")))
                .bucket(BucketUnit.MONTH).brand("acme").build());
        assertThat(s).extracting(r -> r.value()).containsExactly(1.0, 1.0);
        KpiDefinition volume = engine.registry().get(KpiId.parse("mentions.volume@1"));
        assertThat(volume.rollUp(s.stream().map(KpiResult::metric).toList(), Rollup.SUM, RollupAxis.TIME)).hasValue(2);
        KpiDefinition sov = engine.registry().get(KpiId.parse("share_of_voice.mentions@1"));
        assertThatThrownBy(() -> sov.checkRollUp(Rollup.AVG, RollupAxis.TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share_of_voice.mentions@1")
                .hasMessageContaining("AVG");
        assertThatThrownBy(() -> engine.series(MetricQuery.builder(KpiId.parse("mentions.volume@1"),
                days(1, 1)).bucket(BucketUnit.HOUR).build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void userDefinitions_registerThroughTheSameApi() {
        KpiDefinition perPost = KpiDefinition.of("mentions.per_post@1", Additivity.NON_ADDITIVE, MetricUnit.RATIO,
                "Mentions per owned post.", Map.of(),
                in -> in.ratio(in.sum(Counter.MENTIONS), in.sum(Counter.POSTS), Completeness.complete(), null));
        KpiRegistry registry = KpiRegistry.builder().registerAll(KpiRegistry.standard()).register(perPost).build();
        assertThatThrownBy(() -> KpiRegistry.builder().registerAll(registry).register(perPost))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mentions.per_post@1");
        MetricsEngine engine = MetricsEngine.builder().registry(registry).build();
        engine.ingest(mention("m1", day(1), "acme"));
        engine.ingest(mention("m2", day(1), "acme"));
        engine.ingest(post("mastodon", "p", day(1), engagement(1, 1, 1, 1), Map.of(), "acme"));
        Metric m = engine.compute(MetricQuery.builder(KpiId.parse("mentions.per_post@1"), days(1, 1)).brand("acme")
                .build());
        assertThat(m.value()).isEqualTo(2);
        assertThat(m.numerator()).isEqualTo(2);
        assertThat(m.denominator()).isEqualTo(1);
        assertThat(m.dimensions()).containsEntry("brand", "acme");
    }

    @Test
    void dimensions_filterByPlatformCampaignAndSegment() {
        MetricsEngine engine = MetricsEngine.builder().build();
        engine.ingest(item("mastodon", "a", InteractionKind.MENTION, day(1), "acme").attribute("campaign", "spring")
                .attribute("segment", "vip").build());
        engine.ingest(item("bluesky", "b", InteractionKind.MENTION, day(1), "acme").attribute("campaign", "spring")
                .build());
        engine.ingest(item("bluesky", "c", InteractionKind.MENTION, day(1), "acme").build());
        KpiId v = KpiId.parse("mentions.volume@1");
        assertThat(engine.compute(MetricQuery.builder(v, days(1, 1)).brand("acme").build()).value()).isEqualTo(3);
        assertThat(engine.compute(MetricQuery.builder(v, days(1, 1)).brand("acme").campaign("spring").build()).value())
                .isEqualTo(2);
        assertThat(engine.compute(MetricQuery.builder(v, days(1, 1)).brand("acme").platform(Platform.BLUESKY).build())
                .value()).isEqualTo(2);
        Metric seg = engine.compute(MetricQuery.builder(v, days(1, 1)).brand("acme").segment("vip").build());
        assertThat(seg.value()).isEqualTo(1);
        assertThat(seg.dimensions()).containsEntry("segment", "vip").containsEntry("brand", "acme");
    }

    @Test
    void footprint_isReported() {
        MetricsEngine engine = MetricsEngine.builder().build();
        for (int d = 1; d <= 30; d++) {
            engine.ingest(mention("m" + d, day(d), "acme"));
        }
        MetricsEngine.Footprint f = engine.footprint();
        assertThat(f.series()).isEqualTo(1);
        assertThat(f.occupiedBuckets()).isEqualTo(30);
        // one counter in use (mentions) and one unrated count: 64 buckets each, plus block sums
        assertThat(f.allocatedBuckets()).isEqualTo(64);
        assertThat(f.counterBytes()).isEqualTo(2 * (64 * 8 + 8 + 32));
        assertThat(f.rememberedIds()).isEqualTo(30);
    }
}
