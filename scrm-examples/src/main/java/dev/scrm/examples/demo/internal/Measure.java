package dev.scrm.examples.demo.internal;

import dev.scrm.core.Interaction;
import dev.scrm.core.KpiId;
import dev.scrm.core.Platform;
import dev.scrm.core.Window;
import dev.scrm.examples.report.BarChart;
import dev.scrm.examples.report.KpiValue;
import dev.scrm.examples.report.Point;
import dev.scrm.examples.report.Series;
import dev.scrm.examples.report.ShareOfVoice;
import dev.scrm.examples.report.SpikeFinding;
import dev.scrm.examples.report.TimeSeries;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricQuery;
import dev.scrm.metrics.MetricsEngine;
import dev.scrm.metrics.SpikeDetector;
import dev.scrm.metrics.WebTrafficFigures;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WebVisit;
import dev.scrm.testkit.world.WorldBrand;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The metrics stage: feeds a {@link MetricsEngine} with the interactions and the world's web visits (standing
 * in for an analytics source), then reads share of voice, daily series, spikes and the awareness and sales
 * KPIs. Not thread-safe; use once.
 */
public final class Measure {

    static final KpiId SOV = KpiId.parse("share_of_voice.mentions@1");
    static final KpiId MENTIONS = KpiId.parse("mentions.volume@1");
    static final KpiId NET = KpiId.parse("sentiment.net@1");
    private static final int SPIKE_HISTORY = 7;

    private final MetricsEngine engine;
    private final SyntheticWorld world;
    private final List<WorldBrand> brands;
    private final WorldBrand own;
    private final Window window;
    private final Map<String, Map<LocalDate, Long>> daily = new LinkedHashMap<>();

    /**
     * Feeds the engine.
     *
     * @param world the world whose period, brands and web visits are measured
     * @param clock the engine's clock
     * @param interactions every stored interaction, streamed once
     */
    public Measure(SyntheticWorld world, Clock clock, Stream<Interaction> interactions) {
        this.engine = MetricsEngine.builder().zone(ZoneOffset.UTC).clock(clock).build();
        this.world = world;
        this.brands = world.brands();
        this.own = world.config().ownBrand();
        this.window = Window.of(world.start(), world.end());
        interactions.forEach(engine::ingest);
        ingestWeb();
        for (WorldBrand b : brands) {
            daily.put(b.id(), perDay(MetricQuery.builder(MENTIONS, window).bucket(BucketUnit.DAY).brand(b.id())
                    .build(), r -> (double) Math.round(r.value())).entrySet().stream()
                    .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue().longValue()), Map::putAll));
        }
    }

    private void ingestWeb() {
        Map<LocalDate, List<WebVisit>> byDay = new TreeMap<>();
        world.webVisits().forEach(v -> byDay.computeIfAbsent(LocalDate.ofInstant(v.startedAt(), ZoneOffset.UTC),
                d -> new ArrayList<>()).add(v));
        for (LocalDate d : world.days()) {
            List<WebVisit> vs = byDay.getOrDefault(d, List.of());
            Window day = Window.of(d.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            long pageviews = vs.stream().mapToLong(WebVisit::pageViews).sum();
            long bounces = vs.stream().filter(v -> v.pageViews() == 1).count();
            long seconds = vs.stream().mapToLong(WebVisit::durationSeconds).sum();
            long social = vs.stream().filter(v -> v.channel().equals("social")).count();
            long returning = vs.stream().filter(WebVisit::returning).count();
            engine.ingest(new WebTrafficFigures(own.id(), "synthetic", day, vs.size(), pageviews, bounces, seconds,
                    social, 0.0, returning, null, null, null));
        }
    }

    /** One value per UTC day of a series query; days without data are 0. */
    private Map<LocalDate, Double> perDay(MetricQuery q, Function<KpiResult, Double> value) {
        Map<LocalDate, Double> out = new TreeMap<>();
        for (KpiResult r : engine.series(q)) {
            out.put(LocalDate.ofInstant(r.metric().window().start(), ZoneOffset.UTC),
                    r.status() == KpiStatus.OK ? value.apply(r) : 0.0);
        }
        return out;
    }

    private String[] others(WorldBrand b) {
        return brands.stream().filter(o -> !o.equals(b)).map(WorldBrand::id).toArray(String[]::new);
    }

    /**
     * Share of voice over the whole period, overall and per platform.
     *
     * @return the table
     */
    public ShareOfVoice shareOfVoice() {
        List<ShareOfVoice.Row> rows = new ArrayList<>();
        rows.add(sovRow(null));
        for (Platform p : Sources.PLATFORMS) {
            rows.add(sovRow(p));
        }
        return new ShareOfVoice("share_of_voice.mentions@1: a brand's inbound mentions / all tracked brands'"
                + " mentions x 100; a post naming two brands counts for each; the brands' own posts are not"
                + " mentions.", rows);
    }

    private ShareOfVoice.Row sovRow(Platform p) {
        List<ShareOfVoice.BrandShare> shares = new ArrayList<>();
        for (WorldBrand b : brands) {
            MetricQuery.Builder q = MetricQuery.builder(SOV, window).brand(b.id()).competitors(others(b));
            MetricQuery.Builder m = MetricQuery.builder(MENTIONS, window).brand(b.id());
            if (p != null) {
                q.platform(p);
                m.platform(p);
            }
            KpiResult share = engine.explain(q.build());
            KpiResult mentions = engine.explain(m.build());
            shares.add(new ShareOfVoice.BrandShare(b.name(),
                    mentions.status() == KpiStatus.OK ? Math.round(mentions.value()) : 0,
                    share.status() == KpiStatus.OK ? 100.0 * share.value() : 0.0, b.own()));
        }
        return new ShareOfVoice.Row(p == null ? "all platforms" : p.id(), shares);
    }

    /**
     * Days whose mentions stand out against the previous week: a robust z-score (median and MAD) of at least
     * {@link SpikeDetector#DEFAULT_K} and at least five mentions above the median.
     *
     * @return the spikes, by day and brand
     */
    public List<SpikeFinding> spikes() {
        List<SpikeFinding> out = new ArrayList<>();
        for (WorldBrand b : brands) {
            List<Map.Entry<LocalDate, Long>> days = new ArrayList<>(daily.get(b.id()).entrySet());
            for (int i = SPIKE_HISTORY; i < days.size(); i++) {
                double[] history = new double[SPIKE_HISTORY];
                for (int k = 0; k < SPIKE_HISTORY; k++) {
                    history[k] = days.get(i - SPIKE_HISTORY + k).getValue();
                }
                SpikeDetector.Baseline base = SpikeDetector.robust(history);
                long x = days.get(i).getValue();
                double z = SpikeDetector.z(x, base);
                if (z >= SpikeDetector.DEFAULT_K && x >= base.mu() + 5) {
                    out.add(new SpikeFinding(days.get(i).getKey(), b.name(), x, base.mu(), z,
                            String.format(Locale.ROOT, "robust z %.1f against the previous %d days", z,
                                    SPIKE_HISTORY)));
                }
            }
        }
        out.sort(Comparator.comparing(SpikeFinding::day).thenComparing(SpikeFinding::brand));
        return out;
    }

    /**
     * The line charts: share of voice, mentions and net sentiment per day per brand, and the client brand's
     * followers per platform; spike days are marked.
     *
     * @param spikes the spikes found
     * @return the charts
     */
    public List<TimeSeries> charts(List<SpikeFinding> spikes) {
        List<LocalDate> marks = spikes.stream().map(SpikeFinding::day).distinct().toList();
        List<Series> mentions = new ArrayList<>();
        List<Series> sov = new ArrayList<>();
        List<Series> net = new ArrayList<>();
        for (WorldBrand b : brands) {
            mentions.add(series(b.name(), daily.get(b.id()).entrySet().stream()
                    .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), (double) e.getValue()), Map::putAll)));
            sov.add(series(b.name(), perDay(MetricQuery.builder(SOV, window).bucket(BucketUnit.DAY).brand(b.id())
                    .competitors(others(b)).build(), r -> 100.0 * r.value())));
            net.add(series(b.name(), perDay(MetricQuery.builder(NET, window).bucket(BucketUnit.DAY).brand(b.id())
                    .build(), r -> 100.0 * r.value())));
        }
        List<Series> followers = new ArrayList<>();
        for (Platform p : Sources.PLATFORMS) {
            List<Point> pts = world.followerHistory().stream()
                    .filter(s -> s.brandId().equals(own.id()) && s.account().platform().equals(p))
                    .map(s -> new Point(s.day(), s.followers())).toList();
            if (!pts.isEmpty()) {
                followers.add(new Series(p.id(), pts));
            }
        }
        List<TimeSeries> out = new ArrayList<>();
        out.add(new TimeSeries("Share of voice per day", "%", "share_of_voice.mentions@1 per UTC day.", sov, marks));
        out.add(new TimeSeries("Mentions per day", "mentions",
                "mentions.volume@1: inbound posts and replies naming each brand, per UTC day.", mentions, marks));
        out.add(new TimeSeries("Net sentiment per day", "%",
                "sentiment.net@1: (positive - negative) / (positive + negative) x 100, VADER labels.", net, marks));
        if (!followers.isEmpty()) {
            out.add(new TimeSeries(own.name() + " followers", "followers",
                    "Followers of the brand's own account on each platform at the end of each day.", followers,
                    List.of()));
        }
        return out;
    }

    private static Series series(String name, Map<LocalDate, Double> values) {
        return new Series(name, values.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList());
    }

    /**
     * Searches per brand over the period (the synthetic search-volume source).
     *
     * @return the bar chart
     */
    public BarChart searchBars() {
        Map<String, Long> searches = new LinkedHashMap<>();
        world.searchVolume().forEach(s -> searches.merge(s.brandId(), s.searches(), Long::sum));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (WorldBrand b : brands) {
            bars.add(new BarChart.Bar(b.name(), searches.getOrDefault(b.id(), 0L)));
        }
        return new BarChart("Search volume", "searches",
                "search.volume: searches for the brand name over the period (synthetic search-volume source).",
                bars);
    }

    /**
     * The client brand's awareness KPIs with their definitions.
     *
     * @param sov the share of voice table
     * @return the KPIs
     */
    public List<KpiValue> awareness(ShareOfVoice sov) {
        List<KpiValue> out = new ArrayList<>();
        double share = sov.rows().get(0).shares().stream().filter(ShareOfVoice.BrandShare::own).findFirst()
                .orElseThrow().percent();
        out.add(new KpiValue(SOV.toString(), "Share of voice", String.format(Locale.ROOT, "%.1f %%", share),
                "Mentions of the brand / mentions of all tracked brands x 100."));
        out.add(kpi(MENTIONS, "Mentions", 1.0, "", "Inbound posts and replies naming the brand."));
        out.add(kpi(KpiId.parse("mentions.unique_authors@1"), "Unique authors", 1.0, "",
                "Distinct accounts that named the brand."));
        out.add(kpi(NET, "Net sentiment", 100.0, " %",
                "(positive - negative) / (positive + negative) x 100 over the brand's mentions."));
        out.add(kpi(KpiId.parse("web.visits@1"), "Web visits", 1.0, "", "Sessions on the brand's site."));
        out.add(kpi(KpiId.parse("web.return_visit_rate@1"), "Return visit rate", 100.0, " %",
                "Visits by returning visitors / visits x 100."));
        out.add(kpi(KpiId.parse("web.social_referral_share@1"), "Social referral share", 100.0, " %",
                "Visits referred by social sources / visits x 100."));
        return out;
    }

    /**
     * The client brand's sales KPIs with their definitions.
     *
     * @param items the interactions, for the content acceptance of the brand's own posts
     * @param own whether an account is one of the client brand's
     * @param accounts the accounts seen
     * @return the KPIs
     */
    public List<KpiValue> sales(java.util.Collection<Interaction> items,
            java.util.function.Predicate<dev.scrm.core.SocialIdentity> own,
            Map<dev.scrm.core.PlatformAccountId, dev.scrm.core.SocialIdentity> accounts) {
        return List.of(ContentKpis.acceptance(items, own, accounts, window.end()),
                kpi(KpiId.parse("web.bounce_rate@1"), "Bounce rate", 100.0, " %",
                        "Visits that viewed one page / visits x 100."),
                new KpiValue("sales.conversion_rate", "Conversion rate", "UNDEFINED",
                        "Purchases / visits x 100; the demo pulls no purchases."));
    }

    private KpiValue kpi(KpiId id, String name, double scale, String unit, String definition) {
        KpiResult r = engine.explain(MetricQuery.builder(id, window).brand(own.id()).build());
        String value = r.status() == KpiStatus.OK
                ? (scale == 1.0 ? String.format(Locale.ROOT, "%,.0f", r.value())
                        : String.format(Locale.ROOT, "%.1f", scale * r.value())) + unit
                : r.status().name();
        return new KpiValue(id.toString(), name, value, definition);
    }

    /**
     * Share of voice over the period per brand id, in percent, in brand order.
     *
     * @param sov the table
     * @return brand id to percent
     */
    public Map<String, Double> shareById(ShareOfVoice sov) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ShareOfVoice.BrandShare s : sov.rows().get(0).shares()) {
            out.put(brands.stream().filter(b -> b.name().equals(s.brand())).findFirst().orElseThrow().id(),
                    s.percent());
        }
        return out;
    }
}
