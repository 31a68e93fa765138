package dev.scrm.metrics;

import static dev.scrm.metrics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.scrm.core.ConfidenceInterval;
import dev.scrm.core.Engagement;
import dev.scrm.core.EngagementType;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Metric;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Window;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every golden row of the formula sheet, sections 1 to 16. */
class GoldenCasesTest {

    private final MetricsEngine engine = MetricsEngine.builder().build();

    private KpiResult explain(String kpi, Window w, String brand, String... competitors) {
        MetricQuery.Builder q = MetricQuery.builder(kpi(kpi), w);
        if (brand != null) {
            q.brand(brand);
        }
        return engine.explain(q.competitors(competitors).build());
    }

    private KpiResult explain(MetricQuery q) {
        return engine.explain(q);
    }

    // ---- 1 mentions ----

    @Test
    @DisplayName("§1 dedupe: the same item from two instances counts once, a boost only with reposts")
    void mentions_dedupe() {
        engine.ingest(mention("https://a.example/u1", day(1), "acme"));
        engine.ingest(mention("https://a.example/u1", day(1).plusSeconds(60), "acme"));
        engine.ingest(mention("https://a.example/u2", day(1), "acme"));
        engine.ingest(item("mastodon", "boost-of-u2", InteractionKind.SHARE, day(1), "acme").build());
        engine.ingest(mention("https://a.example/u3", day(1), "acme"));
        assertThat(explain("mentions.volume@1", days(1, 1), "acme").value()).isEqualTo(3);
        assertThat(explain("mentions.volume.with_reposts@1", days(1, 1), "acme").value()).isEqualTo(4);
    }

    @Test
    @DisplayName("§1 unique authors are not additive: days {a, b} and {b, c} make 3, and summing them is refused")
    void mentions_uniqueAuthors() {
        MetricsEngine e = MetricsEngine.builder().uniqueAuthors(true).build();
        String[][] authors = {{"a", "b"}, {"b", "c"}};
        for (int d = 0; d < 2; d++) {
            for (String a : authors[d]) {
                e.ingest(item("mastodon", "u" + d + a, InteractionKind.MENTION, day(1 + d), "acme")
                        .author(PlatformAccountId.of("mastodon", a)).build());
            }
        }
        List<KpiResult> daily = e.series(MetricQuery.builder(kpi("mentions.unique_authors@1"), days(1, 2))
                .bucket(BucketUnit.DAY).brand("acme").build());
        assertThat(daily).extracting(KpiResult::value).containsExactly(2.0, 2.0);
        assertThat(e.explain(MetricQuery.builder(kpi("mentions.unique_authors@1"), days(1, 2)).brand("acme")
                .build()).value()).isEqualTo(3);
        KpiDefinition def = e.registry().get(kpi("mentions.unique_authors@1"));
        assertThatThrownBy(() -> def.rollUp(daily.stream().map(KpiResult::metric).toList(), Rollup.SUM,
                RollupAxis.TIME)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mentions.unique_authors@1");
        assertThat(engine.explain(MetricQuery.builder(kpi("mentions.unique_authors@1"), days(1, 2)).build())
                .reason()).isEqualTo("UNIQUE_AUTHORS_NOT_TRACKED");
    }

    @Test
    void mentions_uniqueAuthors_largeCountsAreEstimatedWithAnInterval() {
        MetricsEngine e = MetricsEngine.builder().uniqueAuthors(true).build();
        for (int i = 0; i < 30_000; i++) {
            e.ingest(item("mastodon", "m" + i, InteractionKind.MENTION, day(1 + i % 3), "acme")
                    .author(PlatformAccountId.of("mastodon", "author" + (i % 20_000))).build());
        }
        KpiResult r = e.explain(MetricQuery.builder(kpi("mentions.unique_authors@1"), days(1, 3)).brand("acme")
                .build());
        assertThat(r.value()).isCloseTo(20_000, withinPercentage(5));
        assertThat(r.estimated()).isTrue();
        assertThat(r.metric().interval().lower()).isLessThan(r.value());
        assertThat(r.metric().interval().upper()).isGreaterThan(r.value());
    }

    // ---- 2 followers ----

    private void dailyFollowers() {
        engine.ingest(followers("a", "acme", 1000, day(1)));
        engine.ingest(followers("a", "acme", 1020, day(2)));
        engine.ingest(followers("a", "acme", 1050, day(3)));
    }

    @Test
    void followers_last_average_footprint_and_sumRefused() {
        dailyFollowers();
        KpiResult last = explain("followers.volume@1", days(1, 3), "acme");
        assertThat(last.value()).isEqualTo(1050);
        assertThat(explain("followers.volume.avg@1", days(1, 3), "acme").value())
                .isCloseTo(1023.3333333333, withinPercentage(1e-7));
        KpiDefinition def = engine.registry().get(kpi("followers.volume@1"));
        assertThatThrownBy(() -> def.rollUp(List.of(last.metric()), Rollup.SUM, RollupAxis.TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("followers.volume@1")
                .hasMessageContaining("SUM");
        engine.ingest(AudienceSnapshot.of(PlatformAccountId.of("bluesky", "b"), "acme", 2000, day(3)));
        assertThat(explain("followers.footprint@1", days(3, 1), "acme").value()).isEqualTo(3050);
        assertThat(def.rollUp(List.of(last.metric()), Rollup.SUM, RollupAxis.ACCOUNTS)).hasValue(1050);
    }

    // ---- 3 growth ----

    @Test
    void followers_growth_audienceGrowth_compounding_zeroBase() {
        engine.ingest(followers("a", "acme", 1000, day(1)));
        engine.ingest(followers("a", "acme", 1150, day(2)));
        assertThat(explain("followers.net_new@1", days(1, 1), "acme").value()).isEqualTo(150);
        assertThat(explain("followers.growth_rate@1", days(1, 1), "acme").value()).isCloseTo(0.15, within(0.5e-4));
        assertThat(explain("followers.audience_growth_rate@1", days(1, 1), "acme").value())
                .isCloseTo(0.130435, within(0.5e-6));
        engine.ingest(followers("g", "grow", 1000, day(1)));
        engine.ingest(followers("g", "grow", 1100, day(2)));
        engine.ingest(followers("g", "grow", 1210, day(3)));
        assertThat(explain("followers.growth_rate@1", days(1, 1), "grow").value()).isCloseTo(0.10, within(1e-12));
        assertThat(explain("followers.growth_rate@1", days(2, 1), "grow").value()).isCloseTo(0.10, within(1e-12));
        assertThat(explain("followers.growth_rate@1", days(1, 2), "grow").value()).isCloseTo(0.21, within(1e-12));
        engine.ingest(followers("z", "zero", 0, day(1)));
        engine.ingest(followers("z", "zero", 10, day(2)));
        KpiResult zero = explain("followers.growth_rate@1", days(1, 1), "zero");
        assertThat(zero.status()).isEqualTo(KpiStatus.UNDEFINED);
        assertThat(zero.metric().value()).isNull();
    }

    // ---- 4 web ----

    private static WebTrafficFigures web(String site, Window w, long visits, long actions, long bounces, long secs,
            long social, Long returning, Long uniq, Long retUniq, Long repeat) {
        return new WebTrafficFigures(site, "matomo", w, visits, actions, bounces, secs, social, 0, returning, uniq,
                retUniq, repeat);
    }

    @Test
    void web_matomoDay_rates() {
        engine.ingest(web("acme.example", days(1, 1), 2, 8, 1, 1622, 0, 1L, 1L, 0L, 1L));
        assertThat(explain("web.actions_per_visit@1", days(1, 1), "acme.example").value()).isEqualTo(4);
        assertThat(explain("web.bounce_rate@1", days(1, 1), "acme.example").value()).isEqualTo(0.5);
        assertThat(explain("web.avg_visit_duration@1", days(1, 1), "acme.example").value()).isEqualTo(811);
        // §6 Matomo "one visitor, two visits"
        assertThat(explain("web.return_visit_rate@1", days(1, 1), "acme.example").value()).isEqualTo(0.5);
        assertThat(explain("web.repeat_visitor_rate@1", days(1, 1), "acme.example").value()).isEqualTo(1.0);
        assertThat(explain("web.return_visitor_rate@1", days(1, 1), "acme.example").value()).isEqualTo(0.0);
    }

    @Test
    void web_weeklyVisitorsAreNotSummed_eventsAre() {
        long[] visitors = {129, 65, 72, 94, 44, 14, 12};
        long[] events = {144, 68, 78, 98, 49, 14, 12};
        for (int i = 0; i < 7; i++) {
            engine.ingest(new WebTrafficFigures("p.example", "plausible", days(1 + i, 1), visitors[i], events[i], 0, 0,
                    0, 0, null, visitors[i], null, null));
        }
        assertThat(explain("web.pageviews@1", days(1, 7), "p.example").value()).isEqualTo(463);
        KpiResult weekly = explain("web.unique_visitors@1", days(1, 7), "p.example");
        assertThat(weekly.status()).isEqualTo(KpiStatus.UNDEFINED);
        assertThat(explain("web.unique_visitors@1", days(1, 1), "p.example").value()).isEqualTo(129);
        KpiResult plausible = explain("web.return_visit_rate@1", days(1, 7), "p.example");
        assertThat(plausible.status()).isEqualTo(KpiStatus.UNAVAILABLE);
        assertThat(plausible.reason()).isEqualTo("NO_RETURNING_DIMENSION");
        assertThat(explain("web.return_visitor_rate@1", days(1, 1), "p.example").reason())
                .isEqualTo("NO_RETURNING_DIMENSION");
    }

    @Test
    void web_pooledBounce_socialShare() {
        engine.ingest(web("s", days(1, 1), 2, 2, 1, 0, 0, null, null, null, null));
        engine.ingest(web("s", days(2, 1), 10, 10, 1, 0, 0, null, null, null, null));
        assertThat(explain("web.bounce_rate@1", days(1, 2), "s").value()).isCloseTo(2.0 / 12, withinPercentage(1e-7));
        engine.ingest(web("t", days(1, 1), 2000, 2000, 0, 0, 300, null, null, null, null));
        assertThat(explain("web.social_referral_share@1", days(1, 1), "t").value()).isCloseTo(0.15, within(0.5e-4));
    }

    @ParameterizedTest
    @CsvSource({"1500, 2000, 0.75", "250, 800, 0.3125"})
    void web_returnVisitorRate_published(long returning, long unique, double expected) {
        engine.ingest(web("r", days(1, 1), unique * 2, unique * 2, 0, 0, 0, 0L, unique, returning, 0L));
        assertThat(explain("web.return_visitor_rate@1", days(1, 1), "r").value()).isEqualTo(expected);
    }

    // ---- 5 search ----

    private static SearchScope scope(String request) {
        return new SearchScope("google-trends", request, List.of("acme", "globex", "initech"), "", "today 3-m", "week",
                false);
    }

    @Test
    void search_trendChange_relativeInterest_scopeGuard() {
        double[] idx = {40, 45, 50, 45, 60, 66, 70, 64};
        for (int i = 0; i < idx.length; i++) {
            engine.ingest(new SearchInterest("acme", scope("r1"), day(1 + 7 * i), idx[i], false));
        }
        assertThat(explain("search.trend_change@1", days(1, 56), "acme").value()).isCloseTo(0.4444, within(0.5e-4));
        Window w = days(100, 1);
        engine.ingest(new SearchInterest("acme", scope("r2"), day(100), 30, false));
        engine.ingest(new SearchInterest("globex", scope("r2"), day(100), 45, false));
        engine.ingest(new SearchInterest("initech", scope("r2"), day(100), 25, false));
        assertThat(explain("search.relative_interest@1", w, "acme", "globex", "initech").value())
                .isCloseTo(0.30, within(0.5e-4));
        engine.ingest(new SearchInterest("acme", scope("r3"), day(2), 70, false));
        assertThatThrownBy(() -> explain("search.interest_index@1", days(1, 56), "acme"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(engine.explain(MetricQuery.builder(kpi("search.interest_index@1"), days(1, 56)).brand("acme")
                .parameter("requestId", "r1").build()).value()).isEqualTo(55);
    }

    // ---- 7 SCAR ----

    @Test
    void scar_itemAndInteractionLevel() {
        List<ContentAcceptance.Item> items = List.of(new ContentAcceptance.Item(0.020, 0.2, 10),
                new ContentAcceptance.Item(0.035, -0.1, 10), new ContentAcceptance.Item(0.010, 0.5, 10),
                new ContentAcceptance.Item(0.040, 0.0, 10), new ContentAcceptance.Item(0.025, 0, 3));
        ContentAcceptance.ItemOutcome o = ContentAcceptance.itemLevel(items, 0.025, 5);
        assertThat(o.accepted()).isEqualTo(2);
        assertThat(o.rate()).isEqualTo(0.4);
        assertThat(o.sentimentSkipped()).isEqualTo(1);
        assertThat(ContentAcceptance.interactionLevel(150 + 20 + 10, 5 + 3 + 12, true)).isEqualTo(0.9);
        assertThat(ContentAcceptance.interactionLevel(180, 0, false)).isNaN();
    }

    // ---- 8 share of voice ----

    private void mentions(String prefix, int n, int day, String... brands) {
        for (int i = 0; i < n; i++) {
            engine.ingest(mention(prefix + i, day(day), brands));
        }
    }

    private void mentions(String prefix, int n, double compound, String... brands) {
        for (int i = 0; i < n; i++) {
            engine.ingest(mention(prefix + i, day(1), compound, brands));
        }
    }

    private double sov(String kpi, String policy, String brand, String competitor) {
        return engine.explain(MetricQuery.builder(kpi(kpi), days(1, 1)).brand(brand).competitors(competitor)
                .parameter("overlapPolicy", policy).build()).value();
    }

    @Test
    void sov_published_and_overlapPolicies() {
        mentions("b", 50, 1, "acme");
        mentions("i", 450, 1, "industry");
        assertThat(sov("share_of_voice.mentions@1", "COUNT_EACH", "acme", "industry")).isEqualTo(0.10);
    }

    @Test
    void sov_overlap() {
        mentions("b", 6, 1, "acme");
        mentions("c", 3, 1, "globex");
        mentions("x", 1, 1, "acme", "globex");
        String k = "share_of_voice.mentions@1";
        assertThat(sov(k, "COUNT_EACH", "acme", "globex")).isCloseTo(7.0 / 11, withinPercentage(1e-7));
        assertThat(sov(k, "SPLIT", "acme", "globex")).isCloseTo(0.65, withinPercentage(1e-7));
        assertThat(sov(k, "EXCLUDE", "acme", "globex")).isCloseTo(6.0 / 9, withinPercentage(1e-7));
        for (String p : new String[] {"COUNT_EACH", "SPLIT", "EXCLUDE"}) {
            assertThat(sov(k, p, "acme", "globex") + sov(k, p, "globex", "acme")).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void sov_sentimentFamily() {
        mentions("bp", 40, 0.5, "acme");
        mentions("bu", 40, 0.0, "acme");
        mentions("bn", 20, -0.5, "acme");
        mentions("cp", 30, 0.5, "globex");
        mentions("cu", 50, 0.0, "globex");
        mentions("cn", 20, -0.5, "globex");
        assertThat(sov("share_of_voice.mentions@1", "COUNT_EACH", "acme", "globex")).isEqualTo(0.5);
        assertThat(sov("share_of_voice.sentiment_weighted@1", "COUNT_EACH", "acme", "globex"))
                .isCloseTo(60.0 / 115, withinPercentage(1e-7));
        assertThat(sov("share_of_voice.positive@1", "COUNT_EACH", "acme", "globex"))
                .isCloseTo(40.0 / 70, withinPercentage(1e-7));
        assertThat(sov("share_of_voice.negative@1", "COUNT_EACH", "acme", "globex")).isEqualTo(0.5);
        assertThat(sov("share_of_voice.net@1", "COUNT_EACH", "acme", "globex")).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void sov_reach_pooled_excess() {
        engine.ingest(item("mastodon", "r1", InteractionKind.MENTION, day(1), "acme").attribute("reach", "10000")
                .build());
        engine.ingest(item("mastodon", "r2", InteractionKind.MENTION, day(1), "acme").attribute("reach", "5000")
                .build());
        engine.ingest(item("mastodon", "r3", InteractionKind.MENTION, day(1), "globex").attribute("reach", "30000")
                .build());
        assertThat(sov("share_of_voice.reach@1", "COUNT_EACH", "acme", "globex"))
                .isCloseTo(1.0 / 3, withinPercentage(1e-7));

        MetricsEngine e = MetricsEngine.builder().build();
        for (int i = 0; i < 10; i++) {
            e.ingest(mention("d1b" + i, day(1), "acme"));
            e.ingest(mention("d1c" + i, day(1), "globex"));
            e.ingest(mention("d2b" + i, day(2), "acme"));
        }
        for (int i = 0; i < 90; i++) {
            e.ingest(mention("d2c" + i, day(2), "globex"));
        }
        assertThat(e.explain(MetricQuery.builder(kpi("share_of_voice.mentions@1"), days(1, 2)).brand("acme")
                .competitors("globex").build()).value()).isCloseTo(20.0 / 120, withinPercentage(1e-7));

        MetricsEngine x = MetricsEngine.builder().build();
        for (int i = 0; i < 100; i++) {
            x.ingest(mention("x" + i, day(1), i < 30 ? "acme" : "globex"));
        }
        KpiResult esov = x.explain(MetricQuery.builder(kpi("share_of_voice.excess@1"), days(1, 1)).brand("acme")
                .competitors("globex").parameter("shareOfMarket", "0.22").build());
        assertThat(esov.value()).isCloseTo(0.08, within(0.5e-3));
        assertThat(esov.unit()).isEqualTo(MetricUnit.PP);
    }

    // ---- 9 engagement ----

    @Test
    void engagement_datedXComposition() {
        Engagement e = new Engagement(Map.of(EngagementType.SHARES, 5L, EngagementType.REPLIES, 6L,
                EngagementType.LIKES, 26L, EngagementType.QUOTES, 1L));
        EngagementCompositions c = EngagementCompositions.ofDefaults();
        assertThat(c.forDay(Platform.X, LocalDate.of(2023, 5, 1)).count(e)).isEqualTo(31);
        assertThat(c.forDay(Platform.X, LocalDate.of(2023, 9, 1)).count(e)).isEqualTo(32);
        assertThat(c.forDay(Platform.X, LocalDate.of(2024, 3, 1)).count(e)).isEqualTo(38);
        EngagementComposition x4 = c.forDay(Platform.X, LocalDate.of(2024, 9, 1));
        assertThat(x4.count(e)).isEqualTo(38);
        assertThat(x4.isIncomplete(e)).isTrue();
        assertThat(x4.id()).isEqualTo("engagement.x@4");
        // through the engine: the bucket's date picks the composition, the missing bookmark lowers completeness
        for (LocalDate d : new LocalDate[] {LocalDate.of(2023, 5, 1), LocalDate.of(2023, 9, 1),
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1)}) {
            engine.ingest(post("x", "p" + d, date(d, 1).start(), e, Map.of(), "acme"));
        }
        assertThat(explain("engagement.count@1", date(LocalDate.of(2023, 5, 1), 1), "acme").value()).isEqualTo(31);
        assertThat(explain("engagement.count@1", date(LocalDate.of(2023, 9, 1), 1), "acme").value()).isEqualTo(32);
        assertThat(explain("engagement.count@1", date(LocalDate.of(2024, 3, 1), 1), "acme").value()).isEqualTo(38);
        KpiResult last = explain("engagement.count@1", date(LocalDate.of(2024, 9, 1), 1), "acme");
        assertThat(last.value()).isEqualTo(38);
        assertThat(last.metric().completeness().coverage()).isLessThan(1.0);
    }

    @Test
    void engagement_facebookInstagram() {
        EngagementCompositions c = EngagementCompositions.ofDefaults();
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThat(c.forDay(Platform.FACEBOOK, d).count(new Engagement(Map.of(EngagementType.SHARES, 3L,
                EngagementType.LIKES, 40L, EngagementType.REPLIES, 7L)))).isEqualTo(50);
        assertThat(c.forDay(Platform.INSTAGRAM, d).count(new Engagement(Map.of(EngagementType.LIKES, 120L,
                EngagementType.REPLIES, 8L)))).isEqualTo(128);
    }

    @Test
    void engagementRate_followers_macroVsPooled_daily() {
        engine.ingest(followers("a", "acme", 10_000, day(1)));
        engine.ingest(post("mastodon", "p1", day(1), engagement(100, 0, 0, 0), Map.of("reach", "2000"), "acme"));
        assertThat(explain("engagement_rate.followers.pooled@1", days(1, 1), "acme").value()).isEqualTo(0.01);
        engine.ingest(post("mastodon", "p2", day(1), engagement(300, 0, 0, 0), Map.of("reach", "20000"), "acme"));
        assertThat(explain("engagement_rate.reach.macro@1", days(1, 1), "acme").value())
                .isCloseTo(0.0325, withinPercentage(1e-7));
        assertThat(explain("engagement_rate.reach.pooled@1", days(1, 1), "acme").value())
                .isCloseTo(400.0 / 22_000, withinPercentage(1e-7));

        MetricsEngine e = MetricsEngine.builder().build();
        e.ingest(followers("a", "acme", 10_000, day(1)));
        for (int i = 0; i < 7; i++) {
            e.ingest(post("mastodon", "d" + i, day(1 + i), engagement(100, 0, 0, 0), Map.of(), "acme"));
        }
        assertThat(e.explain(MetricQuery.builder(kpi("engagement_rate.daily@1"), days(1, 7)).brand("acme").build())
                .value()).isCloseTo(0.01, withinPercentage(1e-7));
    }

    // ---- 10 net sentiment ----

    @Test
    void netSentiment_published_wilson_dilution_empty() {
        mentions("p", 255, 0.6, "acme");
        mentions("n", 513, -0.6, "acme");
        KpiResult ns = explain("sentiment.net@1", days(1, 1), "acme");
        assertThat(ns.value()).isCloseTo(-0.3359375, withinPercentage(1e-7));
        ConfidenceInterval ci = ns.metric().interval();
        assertThat(ci.lower()).isCloseTo(-0.4007, within(0.5e-4));
        assertThat(ci.upper()).isCloseTo(-0.2678, within(0.5e-4));
        assertThat(ci.level()).isCloseTo(0.95, within(1e-3));
        mentions("u", 232, 0.0, "acme");
        assertThat(explain("sentiment.net_total@1", days(1, 1), "acme").value()).isCloseTo(-0.2580, within(0.5e-4));

        ConfidenceInterval small = NetSentiment.wilson(3, 2, NetSentiment.Z_95);
        assertThat(small.lower()).isCloseTo(-0.5386, within(0.5e-4));
        assertThat(small.upper()).isCloseTo(0.7648, within(0.5e-4));
        MetricsEngine e = MetricsEngine.builder().build();
        for (int i = 0; i < 5; i++) {
            e.ingest(mention("s" + i, day(1), i < 3 ? 0.5 : -0.5, "acme"));
        }
        assertThat(e.explain(MetricQuery.builder(kpi("sentiment.net@1"), days(1, 1)).brand("acme").build()).value())
                .isCloseTo(0.20, within(1e-12));
        KpiResult empty = explain("sentiment.net@1", days(5, 1), "acme");
        assertThat(empty.status()).isEqualTo(KpiStatus.UNDEFINED);
    }

    @Test
    void netSentiment_bootstrapIsReproducible() {
        ConfidenceInterval a = NetSentiment.bootstrap(255, 513, 2000, 0.95, 7);
        ConfidenceInterval b = NetSentiment.bootstrap(255, 513, 2000, 0.95, 7);
        assertThat(a).isEqualTo(b);
        assertThat(a.lower()).isBetween(-0.41, -0.38);
        assertThat(a.upper()).isBetween(-0.30, -0.26);
    }

    // ---- 11 Kaushik ----

    @Test
    void kaushik_applause_threeNormalisations_economicValue() {
        engine.ingest(followers("a", "acme", 10_000, day(1)));
        engine.ingest(post("mastodon", "one", day(1), engagement(200, 0, 0, 0), Map.of(), "acme"));
        assertThat(explain("kaushik.applause_rate.per_follower@1", days(1, 1), "acme").value()).isEqualTo(0.02);

        MetricsEngine e = MetricsEngine.builder().build();
        e.ingest(followers("a", "acme", 10_000, day(1)));
        for (int i = 0; i < 10; i++) {
            e.ingest(post("mastodon", "p" + i, day(1 + i % 5), engagement(200, 0, 0, 0), Map.of(), "acme"));
        }
        MetricQuery.Builder q = MetricQuery.builder(kpi("kaushik.applause_rate.per_post@1"), days(1, 5)).brand("acme");
        assertThat(e.explain(q.build()).value()).isEqualTo(200);
        assertThat(e.explain(q.build().withKpi(kpi("kaushik.applause_rate.per_follower@1"))).value())
                .isCloseTo(0.02, within(1e-12));
        assertThat(e.explain(q.build().withKpi(kpi("kaushik.applause_rate.per_1000_followers@1"))).value())
                .isCloseTo(20, within(1e-9));

        engine.ingest(new WebTrafficFigures("acme", "matomo", days(1, 1), 1000, 1000, 0, 0, 400, 1200, null, null,
                null, null));
        assertThat(explain("kaushik.economic_value.per_visit@1", days(1, 1), "acme").value()).isEqualTo(3.0);
    }

    // ---- 12 estimated impressions ----

    @Test
    void impressions_ownedEarnedAndFactor() {
        assertThat(ImpressionEstimates.owned(6_200_000, 14)).isEqualTo(86_800_000);
        assertThat(ImpressionEstimates.factor(5_050_000)).isCloseTo(0.105, within(1e-12));
        assertThat(ImpressionEstimates.factor(50_000)).isEqualTo(0.15);
        assertThat(ImpressionEstimates.factor(100_000)).isEqualTo(0.15);
        assertThat(ImpressionEstimates.factor(1_000_000)).isCloseTo(0.1418181818, within(1e-9));
        assertThat(ImpressionEstimates.factor(10_000_000)).isCloseTo(0.06, within(1e-12));
        assertThat(ImpressionEstimates.factor(20_000_000)).isEqualTo(0.06);
        long[] authors = {20_000, 5_050_000, 20_000_000};
        for (int i = 0; i < 3; i++) {
            engine.ingest(item("mastodon", "e" + i, InteractionKind.MENTION, day(1), "acme")
                    .attribute("author_followers", Long.toString(authors[i])).build());
        }
        KpiResult earned = explain("impressions.estimated.earned@1", days(1, 1), "acme");
        assertThat(earned.value()).isCloseTo(1_733_250, within(1e-6));
        assertThat(earned.estimated()).isTrue();
        engine.ingest(followers("a", "acme", 6_200_000, day(1)));
        for (int i = 0; i < 14; i++) {
            engine.ingest(post("mastodon", "o" + i, day(1), engagement(0, 0, 0, 0), Map.of(), "acme"));
        }
        assertThat(explain("impressions.estimated.owned@1", days(1, 1), "acme").value()).isEqualTo(86_800_000);
    }

    // ---- 13 influence ----

    private static InfluenceScore.Input author(String id, long f, double e, long amp) {
        return new InfluenceScore.Input(PlatformAccountId.of("mastodon", id), f, e, amp, 0, false);
    }

    @Test
    void influence_scoresAndTie() {
        List<InfluenceScore.Result> r = InfluenceScore.ofDefaults().score(List.of(author("A", 99, 9, 0),
                author("B", 999, 99, 9), author("C", 9_999, 99, 99), author("D", 999_999, 999, 9_999),
                new InfluenceScore.Input(PlatformAccountId.of("mastodon", "bot"), 1_000_000, 1, 1, 0, true)));
        double[] raw = {1.1, 2.1, 2.8, 4.5};
        for (int i = 0; i < 4; i++) {
            assertThat(r.get(i).raw()).isCloseTo(raw[i], within(1e-12));
        }
        assertThat(r).extracting(InfluenceScore.Result::score).containsExactly(12.5, 37.5, 62.5, 87.5);
        assertThat(r).allMatch(InfluenceScore.Result::smallPopulation).allMatch(x -> x.population() == 4);
        List<InfluenceScore.Result> tie = InfluenceScore.ofDefaults().score(List.of(author("A", 9, 0, 0),
                author("B", 99, 0, 0), author("C", 999, 0, 0), author("D", 999, 0, 0)));
        assertThat(tie.get(2).score()).isEqualTo(75.0);
        assertThat(tie.get(3).score()).isEqualTo(75.0);
    }

    // ---- 14 customer service ----

    private static CareConversation conversation(String id, Object... typeAndTime) {
        List<CareEvent> ev = new ArrayList<>();
        for (int i = 0; i < typeAndTime.length; i += 2) {
            ev.add(CareEvent.of(ConversationId.of(id), (CareEventType) typeAndTime[i], (Instant) typeAndTime[i + 1]));
        }
        return new CareConversation(ConversationId.of(id), ev);
    }

    @Test
    void care_distribution_sla_responseRate() {
        int[] frt = {30, 45, 60, 90, 120, 150, 200, 300, 600, 3600};
        for (int i = 0; i < frt.length; i++) {
            Instant t = day(1).plusSeconds(i * 60L);
            engine.ingest(CareEvent.of(ConversationId.of("c" + i), CareEventType.INBOUND, t));
            engine.ingest(CareEvent.of(ConversationId.of("c" + i), CareEventType.AUTOMATED_REPLY, t.plusSeconds(1)));
            engine.ingest(CareEvent.of(ConversationId.of("c" + i), CareEventType.AGENT_REPLY, t.plusSeconds(frt[i])));
        }
        MetricQuery.Builder q = MetricQuery.builder(kpi("care.first_response_time@1"), days(1, 1));
        assertThat(engine.explain(q.parameter("statistic", "mean").build()).value()).isEqualTo(519.5);
        assertThat(engine.explain(q.parameter("statistic", "p50").build()).value()).isEqualTo(135);
        assertThat(engine.explain(q.parameter("statistic", "p90").build()).value()).isCloseTo(900, within(1e-9));
        q.parameter("method", "NEAREST_RANK");
        assertThat(engine.explain(q.parameter("statistic", "p50").build()).value()).isEqualTo(120);
        assertThat(engine.explain(q.parameter("statistic", "p90").build()).value()).isEqualTo(600);
        assertThat(engine.explain(MetricQuery.builder(kpi("care.sla_attainment@1"), days(1, 1))
                .parameter("targetSeconds", "300").build()).value()).isEqualTo(0.8);
        double[] sprout = new double[120];
        java.util.Arrays.fill(sprout, 125);
        assertThat(Percentiles.mean(sprout) * 120).isEqualTo(15_000);
        assertThat(Percentiles.mean(sprout)).isEqualTo(125);

        List<CareConversation> cs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Instant t = day(1);
            cs.add(i < 45 ? conversation("r" + i, CareEventType.INBOUND, t, CareEventType.AGENT_REPLY, t.plusSeconds(5))
                    : conversation("r" + i, CareEventType.INBOUND, t, CareEventType.AUTOMATED_REPLY, t.plusSeconds(5)));
        }
        long[] rr = CareMetrics.responseRate(cs);
        assertThat((double) rr[0] / rr[1]).isEqualTo(0.9);
    }

    @Test
    void care_businessHours_berlin() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar cal = BusinessCalendar.builder(berlin).open(LocalTime.of(9, 0), LocalTime.of(18, 0),
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).build();
        Instant in = LocalDate.of(2024, 6, 7).atTime(17, 30).atZone(berlin).toInstant();
        Instant reply = LocalDate.of(2024, 6, 10).atTime(9, 45).atZone(berlin).toInstant();
        assertThat(cal.between(in, reply)).isEqualTo(Duration.ofMinutes(75));
        assertThat(Duration.between(in, reply)).isEqualTo(Duration.ofHours(64).plusMinutes(15));
        MetricsEngine e = MetricsEngine.builder().zone(berlin).businessCalendar(cal).build();
        e.ingest(CareEvent.of(ConversationId.of("b"), CareEventType.INBOUND, in));
        e.ingest(CareEvent.of(ConversationId.of("b"), CareEventType.AGENT_REPLY, reply));
        Window june = Window.of(LocalDate.of(2024, 6, 1).atStartOfDay(berlin).toInstant(),
                LocalDate.of(2024, 7, 1).atStartOfDay(berlin).toInstant());
        assertThat(e.explain(MetricQuery.builder(kpi("care.first_response_time.business_hours@1"), june).build())
                .value()).isEqualTo(75 * 60);
        assertThat(e.explain(MetricQuery.builder(kpi("care.first_response_time@1"), june).build()).value())
                .isEqualTo(64 * 3600 + 15 * 60);
    }

    @Test
    void care_nextResponseTime_clockStopsAtResolution() {
        Instant t = Instant.parse("2024-06-03T10:00:00Z");
        CareConversation c = conversation("n", CareEventType.INBOUND, t, CareEventType.AGENT_REPLY, t.plusSeconds(300),
                CareEventType.INBOUND, t.plusSeconds(1200), CareEventType.INBOUND, t.plusSeconds(1320),
                CareEventType.AGENT_REPLY, t.plusSeconds(3000), CareEventType.RESOLVED, t.plusSeconds(3600),
                CareEventType.INBOUND, t.plusSeconds(5400));
        assertThat(CareMetrics.firstResponseSeconds(c, null)).isEqualTo(300);
        assertThat(CareMetrics.nextResponseSeconds(c, null)).containsExactly(1800.0);
    }

    // ---- 15 spikes ----

    @Test
    void spike_baseline_scores_severity_longevity() {
        SpikeDetector.Baseline b = SpikeDetector.robust(new double[] {100, 110, 90, 105, 95, 100, 120, 80});
        assertThat(b.mu()).isEqualTo(100);
        assertThat(b.mad()).isEqualTo(7.5);
        assertThat(b.sigma()).isCloseTo(11.1195, within(0.5e-4));
        double z = SpikeDetector.z(160, b);
        assertThat(z).isCloseTo(5.3959, within(0.5e-4));
        assertThat(SpikeDetector.severity(z, 3)).isEqualTo(5);
        double clamp = SpikeDetector.z(250, b);
        assertThat(clamp).isCloseTo(13.4898, within(0.5e-4));
        assertThat(SpikeDetector.severity(clamp, 3)).isEqualTo(10);
        assertThat(SpikeDetector.z(130, b)).isCloseTo(2.698, within(0.5e-3));
        assertThat(SpikeDetector.severity(SpikeDetector.z(130, b), 3)).isZero();
        SpikeDetector.Baseline flat = SpikeDetector.robust(new double[] {50, 50, 50, 50, 50, 50, 50, 50});
        assertThat(flat.sigma()).isCloseTo(7.0711, within(0.5e-4));
        assertThat(SpikeDetector.z(80, flat)).isCloseTo(4.2426, within(0.5e-4));
        assertThat(SpikeDetector.severity(SpikeDetector.z(80, flat), 3)).isEqualTo(4);
        assertThat(SpikeDetector.longevity(new double[] {1.2, 3.5, 4.1, 5.4}, 3)).isEqualTo(3);
    }

    @Test
    void spike_throughTheEngine_hourly() {
        MetricsEngine e = MetricsEngine.builder().resolution(BucketUnit.HOUR).build();
        Instant now = Instant.parse("2026-03-30T14:00:00Z");
        int[] base = {100, 110, 90, 105, 95, 100, 120, 80};
        int n = 0;
        for (int w = 1; w <= 8; w++) {
            for (int i = 0; i < base[8 - w]; i++) {
                e.ingest(mention("w" + w + "-" + i, now.minus(Duration.ofDays(7L * w)).plusSeconds(i), "acme"));
                n++;
            }
        }
        for (int i = 0; i < 100; i++) {
            e.ingest(mention("now" + i, now.plusSeconds(i), "acme"));
        }
        for (int i = 0; i < 60; i++) {
            e.ingest(item("bluesky", "bsky" + i, InteractionKind.MENTION, now.plusSeconds(i), "acme")
                    .attribute("campaign", "launch").build());
        }
        KpiResult r = e.explain(MetricQuery.builder(kpi("alerts.spike.robust_z@1"),
                Window.of(now, now.plusSeconds(3600))).brand("acme").build());
        assertThat(n).isEqualTo(800);
        assertThat(r.value()).isCloseTo(5.3959, within(0.5e-4));
        assertThat(r.component("severity")).isEqualTo(5);
        assertThat(r.component("longevity")).isEqualTo(1);
        assertThat(r.component("mu")).isEqualTo(100);
        assertThat(r.component("driver.platform.bluesky")).isEqualTo(60);
        assertThat(r.component("driver.campaign.launch")).isEqualTo(60);
        assertThat(r.components()).doesNotContainKey("driver.platform.mastodon");
    }

    // ---- 16 ROI ----

    @Test
    void roi_published_attribution_zeroCost() {
        Window w = days(1, 30);
        Metric roi = SocialRoi.roi(w, ZoneOffset.UTC, Map.of("model", "attribution.linear@1"), 20_000, 5_000);
        assertThat(roi.value()).isEqualTo(3.0);
        assertThat(SocialRoi.roi(w, ZoneOffset.UTC, Map.of(), 100, 0).isDefined()).isFalse();
        Instant at = day(20);
        Conversion c = new Conversion(1000, at, List.of(new Touch("social", at.minus(Duration.ofDays(10))),
                new Touch("email", at.minus(Duration.ofDays(3))), new Touch("search", at)));
        Duration lb = AttributionModel.DEFAULT_LOOKBACK;
        assertThat(AttributionModel.lastTouch().credit(c, lb).get("social")).isEqualTo(0.0);
        assertThat(AttributionModel.firstTouch().credit(c, lb).get("social")).isEqualTo(1000.0);
        assertThat(AttributionModel.linear().credit(c, lb).get("social")).isCloseTo(333.33, within(0.5e-2));
        Map<String, Double> decay = AttributionModel.timeDecay(Duration.ofDays(7)).credit(c, lb);
        assertThat(decay.get("social")).isCloseTo(175.69, within(0.5e-2));
        assertThat(decay.get("email")).isCloseTo(351.38, within(0.5e-2));
        assertThat(decay.get("search")).isCloseTo(472.93, within(0.5e-2));
        assertThat(decay.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1000, within(1e-9));
        assertThat(AttributionModel.positionBased(0.4, 0.2, 0.4).credit(c, lb).get("social")).isEqualTo(400.0);
        assertThat(SocialRoi.attributedValue(List.of(c), "social", AttributionModel.firstTouch(), lb)).isEqualTo(1000);
    }
}
