package dev.scrm.examples.demo;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.ConnectorConfig;
import dev.scrm.connectors.Connectors;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.InMemoryCheckpointStore;
import dev.scrm.connectors.http.Puller;
import dev.scrm.connectors.http.RetryPolicy;
import dev.scrm.connectors.reddit.RedditConnector;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.KpiId;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Sentiment;
import dev.scrm.core.SentimentLabel;
import dev.scrm.core.SocialIdentity;
import dev.scrm.core.Window;
import dev.scrm.examples.report.BarChart;
import dev.scrm.examples.report.CustomerSummary;
import dev.scrm.examples.report.DemoReport;
import dev.scrm.examples.report.HtmlReportWriter;
import dev.scrm.examples.report.KpiValue;
import dev.scrm.examples.report.LinkExplanation;
import dev.scrm.examples.report.Point;
import dev.scrm.examples.report.PostSample;
import dev.scrm.examples.report.Series;
import dev.scrm.examples.report.ShareOfVoice;
import dev.scrm.examples.report.SpikeFinding;
import dev.scrm.examples.report.TimeSeries;
import dev.scrm.identity.FieldContribution;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentityResolver;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.MatchExplanation;
import dev.scrm.identity.RecordRef;
import dev.scrm.identity.Resolution;
import dev.scrm.identity.ResolverConfig;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricQuery;
import dev.scrm.metrics.MetricsEngine;
import dev.scrm.metrics.SpikeDetector;
import dev.scrm.metrics.WebTrafficFigures;
import dev.scrm.store.ScrmStore;
import dev.scrm.testkit.simulator.FaultKind;
import dev.scrm.testkit.simulator.PlatformSimulators;
import dev.scrm.testkit.simulator.SimulatorSettings;
import dev.scrm.testkit.simulator.SimulatorStats;
import dev.scrm.testkit.world.SearchVolume;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WebVisit;
import dev.scrm.testkit.world.WorldBrand;
import dev.scrm.testkit.world.WorldConfig;
import dev.scrm.text.Brand;
import dev.scrm.text.BrandTagger;
import dev.scrm.text.VaderSentimentAnalyzer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The whole social CRM loop offline: generates a {@link SyntheticWorld}, serves it from simulated Mastodon,
 * Bluesky, Reddit and X servers on 127.0.0.1 (no rate limits, a small rate of injected server errors and torn
 * bodies), pulls every brand's mentions through the real connectors into a {@link ScrmStore}, resolves the
 * pulled accounts into customers, scores sentiment and tags brands with listening queries, feeds a
 * {@link MetricsEngine}, finds spikes and writes {@code report.html}.
 *
 * <p>Every figure in the report is computed from what the connectors delivered; the world's ground truth is
 * never read, so tests can compare the two. The world's web visits and search volumes stand in for an
 * analytics and a search-volume source.
 *
 * <pre>{@code
 * DemoResult r = DemoRunner.builder().persons(3_000).seed(42).out(Path.of("scrm-demo")).build().run();
 * System.out.println(r.report());
 * }</pre>
 *
 * <p>Immutable; each {@link #run()} starts its own simulators, so runs may proceed concurrently (each binds its
 * own free ports).
 */
public final class DemoRunner {

    /** The report's file name inside the output folder. */
    public static final String REPORT_FILE = "report.html";

    private static final List<Platform> PLATFORMS = List.of(Platform.MASTODON, Platform.BLUESKY, Platform.REDDIT,
            Platform.X);
    private static final KpiId SOV = KpiId.parse("share_of_voice.mentions@1");
    private static final KpiId MENTIONS = KpiId.parse("mentions.volume@1");
    private static final KpiId NET = KpiId.parse("sentiment.net@1");
    private static final String ACTOR = "demo";
    private static final int TOP_CUSTOMERS = 5;
    private static final int MAX_POSTS = 60;
    private static final int SPIKE_HISTORY = 7;

    private final int persons;
    private final long seed;
    private final Path out;
    private final Clock clock;
    private final double faultRate;
    private final Consumer<String> progress;

    private DemoRunner(Builder b) {
        this.persons = b.persons;
        this.seed = b.seed;
        this.out = b.out;
        this.clock = b.clock;
        this.faultRate = b.faultRate;
        this.progress = b.progress;
    }

    /**
     * A builder with the defaults: {@value WorldConfig#DEFAULT_PERSONS} persons, the default world seed, output
     * folder {@code scrm-demo}, the system UTC clock, a 2 % fault rate and no progress messages.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the demo.
     *
     * @return what it produced
     * @throws java.io.UncheckedIOException if the report cannot be written
     * @throws IllegalStateException if the simulators cannot start
     */
    public DemoResult run() {
        long t0 = System.nanoTime();
        Consumer<String> say = m -> progress.accept(String.format(Locale.ROOT, "[%5.1f s] %s",
                (System.nanoTime() - t0) / 1e9, m));
        SyntheticWorld world = SyntheticWorld.generate(WorldConfig.ofDefaults().withPersons(persons).withSeed(seed));
        say.accept("world: " + world.persons().size() + " persons, " + world.identities().size()
                + " accounts, " + world.interactions().size() + " posts and replies");
        List<WorldBrand> brands = world.brands();
        WorldBrand own = world.config().ownBrand();
        BrandTagger tagger = BrandTagger.of(brands.stream().map(DemoRunner::listeningBrand).toList());
        VaderSentimentAnalyzer vader = VaderSentimentAnalyzer.ofDefaults();
        ScrmStore store = ScrmStore.inMemory(clock);
        MetricsEngine engine = MetricsEngine.builder().zone(ZoneOffset.UTC).clock(clock).build();

        Map<InteractionId, Interaction> pulled = new LinkedHashMap<>();
        Map<PlatformAccountId, SocialIdentity> accounts = new LinkedHashMap<>();
        long requests = 0;
        long faults = 0;
        SimulatorSettings settings = SimulatorSettings.ofDefaults().withoutRateLimits().withClock(clock)
                .withFaultKinds(EnumSet.of(FaultKind.SERVER_ERROR, FaultKind.TRUNCATED_BODY))
                .withFaults(faultRate, seed);
        try (PlatformSimulators sims = PlatformSimulators.start(world, settings)) {
            HttpSettings http = HttpSettings.builder().clock(clock).seed(seed)
                    .retryPolicy(RetryPolicy.ofDefaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50)))
                    .build();
            for (Platform p : PLATFORMS) {
                int before = pulled.size();
                long t = System.nanoTime();
                try (Connector c = connector(p, sims.baseUrl(p), http)) {
                    for (WorldBrand b : brands) {
                        Puller.of(c, new InMemoryCheckpointStore()).pull(ListeningQuery.search(searchQuery(b)),
                                Integer.MAX_VALUE, page -> take(page, pulled, accounts, tagger, vader));
                    }
                }
                SimulatorStats s = sims.stats(p);
                requests += s.requests();
                faults += s.faultsInjected();
                say.accept("pull: " + p.id() + " " + (pulled.size() - before) + " interactions in "
                        + s.requests() + " requests (" + s.faultsInjected() + " faults retried), "
                        + (System.nanoTime() - t) / 1_000_000 + " ms");
            }
        }
        accounts.values().forEach(a -> store.putIdentity(a, ACTOR));
        pulled.values().forEach(i -> store.append(i, ACTOR));
        engine.ingestAll(pulled.values());
        say.accept("store: " + store.interactionCount() + " interactions, " + accounts.size() + " accounts");

        Set<PlatformAccountId> brandAccounts = brandAccounts(brands, accounts.values());
        List<SocialIdentity> people = accounts.values().stream().filter(a -> !brandAccounts.contains(a.id())).toList();
        Resolution res = IdentityResolver.create(IdentitySchema.social(),
                        ResolverConfig.builder().onePerPlatform(true).build())
                .resolve(people.stream().map(IdentityRecord::of).toList());
        List<List<PlatformAccountId>> clusters = new ArrayList<>();
        for (List<RecordRef> cluster : res.clusters()) {
            clusters.add(cluster.stream().map(r -> PlatformAccountId.of(r.source(), r.id())).sorted().toList());
        }
        Map<PlatformAccountId, CustomerId> customerOf = createCustomers(store, res, clusters);
        List<List<PlatformAccountId>> linked = clusters.stream().filter(c -> c.size() > 1).toList();
        say.accept("identity: " + people.size() + " accounts resolved into " + clusters.size() + " customers, "
                + linked.size() + " across platforms");

        Window window = Window.of(world.start(), world.end());
        ingestWeb(engine, world, own);
        Map<String, Map<LocalDate, Long>> daily = new LinkedHashMap<>();
        for (WorldBrand b : brands) {
            daily.put(b.id(), dailyMentions(engine, window, b.id()));
        }
        List<SpikeFinding> spikes = findSpikes(brands, daily);
        ShareOfVoice sov = shareOfVoice(engine, window, brands);
        Map<String, Double> sovAll = new LinkedHashMap<>();
        sov.rows().get(0).shares().forEach(s -> sovAll.put(idOf(brands, s.brand()), s.percent()));
        say.accept("metrics: share of voice " + sovAll.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f%%", e.getValue()))
                .collect(Collectors.joining(", ")) + "; " + spikes.size() + " spikes");

        DemoReport report = new DemoReport("Social CRM demo: " + own.name() + " & competitors", clock.instant(),
                List.of(world.persons().size() + " synthetic persons; " + pulled.size()
                                + " posts and replies pulled through 4 connectors in " + requests + " requests ("
                                + faults + " injected faults retried)",
                        people.size() + " person accounts resolved into " + clusters.size() + " customers, "
                                + linked.size() + " of them linked across platforms"),
                sov, charts(engine, window, world, brands, own, daily, spikes), List.of(searchBars(world, brands)),
                awareness(engine, window, own, sov), sales(engine, window, own), spikes,
                topCustomers(store, res, linked, pulled.values(), customerOf, accounts),
                posts(pulled.values(), own, accounts));
        Path file = new HtmlReportWriter().write(report, out);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        return new DemoResult(world.persons().size(), pulled.size(), accounts.size(), clusters.size(), linked,
                sovAll, spikes.size(), requests, faults, file, elapsed);
    }

    /** A listening query per brand: its name, hashtag, handle mentions and products. */
    static Brand listeningBrand(WorldBrand b) {
        List<String> terms = new ArrayList<>();
        terms.add(b.name().contains(" ") ? "\"" + b.name() + "\"" : b.name());
        terms.add(b.hashtag());
        terms.add(b.handle());
        terms.add("@" + b.handle() + "*");
        b.products().forEach(p -> terms.add("\"" + p + "\""));
        String q = String.join(" OR ", terms);
        return b.own() ? Brand.own(b.id(), q) : Brand.competitor(b.id(), q);
    }

    /** The platform search for one brand: its name, hashtag, handle and products; the tagger then decides. */
    static String searchQuery(WorldBrand b) {
        Set<String> terms = new java.util.LinkedHashSet<>();
        terms.add(b.name().contains(" ") ? "\"" + b.name().toLowerCase(Locale.ROOT) + "\""
                : b.name().toLowerCase(Locale.ROOT));
        terms.add(b.hashtag());
        terms.add(b.handle());
        b.products().forEach(p -> terms.add("\"" + p.toLowerCase(Locale.ROOT) + "\""));
        return String.join(" OR ", terms);
    }

    private static Connector connector(Platform p, URI base, HttpSettings http) {
        ConnectorConfig.Builder c = ConnectorConfig.builder(ConnectorId.of(p.id())).baseUrl(base).settings(http);
        // the simulators accept any credential; these stand in for a real deployment's
        if (p.equals(Platform.MASTODON) || p.equals(Platform.X)) {
            c.secret("token", Secret.of("demo-token"));
        } else if (p.equals(Platform.BLUESKY)) {
            c.option("identifier", "demo.bsky.social").secret("password", Secret.of("demo-app-password"));
        } else if (p.equals(Platform.REDDIT)) {
            // built directly: the token endpoint lives on the simulator too, not on www.reddit.com
            return RedditConnector.builder().id(ConnectorId.of(p.id())).baseUrl(base)
                    .tokenUrl(base.resolve("/api/v1/access_token")).client("demo", Secret.of("demo-secret"))
                    .userAgent("java:dev.scrm.demo:1.0 (by /u/scrm-demo)").settings(http).build();
        }
        return Connectors.discover().create(p, c.build());
    }

    private static void take(Page page, Map<InteractionId, Interaction> pulled,
            Map<PlatformAccountId, SocialIdentity> accounts, BrandTagger tagger, VaderSentimentAnalyzer vader) {
        for (SocialIdentity s : page.identities()) {
            accounts.merge(s.id(), s, (a, b) -> b.observedAt().isAfter(a.observedAt()) ? b : a);
        }
        for (Interaction i : page.interactions()) {
            Interaction x = i;
            if (x.text() != null) {
                x = x.withSentiment(vader.analyze(x.text()));
            }
            x = x.withBrands(tagger.matching(x).stream().map(Brand::name).collect(Collectors.toSet()));
            pulled.putIfAbsent(x.id(), x);
        }
    }

    private static Set<PlatformAccountId> brandAccounts(List<WorldBrand> brands, java.util.Collection<SocialIdentity> all) {
        Set<String> handles = new HashSet<>();
        for (WorldBrand b : brands) {
            for (Platform p : PLATFORMS) {
                handles.add(normalHandle(SyntheticWorld.brandHandle(b, p)));
            }
        }
        Set<PlatformAccountId> out = new HashSet<>();
        for (SocialIdentity s : all) {
            if (s.handle() != null && handles.contains(normalHandle(s.handle()))) {
                out.add(s.id());
            }
        }
        return out;
    }

    private static String normalHandle(String h) {
        String s = h.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("@") ? s.substring(1) : s;
    }

    private Map<PlatformAccountId, CustomerId> createCustomers(ScrmStore store, Resolution res,
            List<List<PlatformAccountId>> clusters) {
        Instant now = clock.instant();
        Map<PlatformAccountId, Double> confidence = new HashMap<>();
        Map<PlatformAccountId, String> rule = new HashMap<>();
        res.links().forEach(pair -> {
            for (RecordRef r : List.of(pair.left(), pair.right())) {
                PlatformAccountId a = PlatformAccountId.of(r.source(), r.id());
                confidence.merge(a, pair.probability(), Math::max);
                if (pair.rule() != null) {
                    rule.putIfAbsent(a, pair.rule());
                }
            }
        });
        Map<PlatformAccountId, CustomerId> out = new HashMap<>();
        for (List<PlatformAccountId> cluster : clusters) {
            CustomerId id = CustomerId.of("c-" + UUID.nameUUIDFromBytes((seed + ":" + cluster.get(0).platform().id() + ":" + cluster.get(0).nativeId())
                    .getBytes(StandardCharsets.UTF_8)));
            store.create(Customer.create(id, now), ACTOR);
            for (PlatformAccountId a : cluster) {
                IdentityLink link = cluster.size() == 1
                        ? new IdentityLink(LinkMethod.PROBABILISTIC_SCORE, 1.0, null, now)
                        : rule.containsKey(a) ? new IdentityLink(LinkMethod.DETERMINISTIC_RULE, 1.0, rule.get(a), now)
                        : new IdentityLink(LinkMethod.PROBABILISTIC_SCORE, confidence.getOrDefault(a, 1.0), null, now);
                store.link(a, id, link, ACTOR);
                out.put(a, id);
            }
        }
        return out;
    }

    private void ingestWeb(MetricsEngine engine, SyntheticWorld world, WorldBrand own) {
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

    private static Map<LocalDate, Long> dailyMentions(MetricsEngine engine, Window window, String brand) {
        Map<LocalDate, Long> out = new TreeMap<>();
        for (KpiResult r : engine.series(MetricQuery.builder(MENTIONS, window).bucket(BucketUnit.DAY).brand(brand)
                .build())) {
            LocalDate d = LocalDate.ofInstant(r.metric().window().start(), ZoneOffset.UTC);
            out.put(d, r.status() == KpiStatus.OK ? Math.round(r.value()) : 0L);
        }
        return out;
    }

    /** Robust z-score of each day's mentions against the previous week (median and MAD). */
    static List<SpikeFinding> findSpikes(List<WorldBrand> brands, Map<String, Map<LocalDate, Long>> daily) {
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

    private static ShareOfVoice shareOfVoice(MetricsEngine engine, Window window, List<WorldBrand> brands) {
        List<ShareOfVoice.Row> rows = new ArrayList<>();
        rows.add(sovRow(engine, window, brands, null));
        for (Platform p : PLATFORMS) {
            rows.add(sovRow(engine, window, brands, p));
        }
        return new ShareOfVoice("share_of_voice.mentions@1: a brand's inbound mentions / all tracked brands'"
                + " mentions x 100; a post naming two brands counts for each.", rows);
    }

    private static ShareOfVoice.Row sovRow(MetricsEngine engine, Window window, List<WorldBrand> brands, Platform p) {
        List<ShareOfVoice.BrandShare> shares = new ArrayList<>();
        for (WorldBrand b : brands) {
            String[] others = brands.stream().filter(o -> !o.equals(b)).map(WorldBrand::id).toArray(String[]::new);
            MetricQuery.Builder q = MetricQuery.builder(SOV, window).brand(b.id()).competitors(others);
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

    private static String idOf(List<WorldBrand> brands, String name) {
        return brands.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static List<TimeSeries> charts(MetricsEngine engine, Window window, SyntheticWorld world,
            List<WorldBrand> brands, WorldBrand own, Map<String, Map<LocalDate, Long>> daily,
            List<SpikeFinding> spikes) {
        List<LocalDate> marks = spikes.stream().map(SpikeFinding::day).distinct().toList();
        List<Series> mentions = new ArrayList<>();
        for (WorldBrand b : brands) {
            mentions.add(new Series(b.name(), daily.get(b.id()).entrySet().stream()
                    .map(e -> new Point(e.getKey(), e.getValue())).toList()));
        }
        List<Series> sov = new ArrayList<>();
        for (WorldBrand b : brands) {
            String[] others = brands.stream().filter(o -> !o.equals(b)).map(WorldBrand::id).toArray(String[]::new);
            List<Point> pts = new ArrayList<>();
            for (KpiResult r : engine.series(MetricQuery.builder(SOV, window).bucket(BucketUnit.DAY).brand(b.id())
                    .competitors(others).build())) {
                pts.add(new Point(LocalDate.ofInstant(r.metric().window().start(), ZoneOffset.UTC),
                        r.status() == KpiStatus.OK ? 100.0 * r.value() : 0.0));
            }
            sov.add(new Series(b.name(), pts));
        }
        List<Series> net = new ArrayList<>();
        for (WorldBrand b : brands) {
            List<Point> pts = new ArrayList<>();
            for (KpiResult r : engine.series(MetricQuery.builder(NET, window).bucket(BucketUnit.DAY).brand(b.id())
                    .build())) {
                pts.add(new Point(LocalDate.ofInstant(r.metric().window().start(), ZoneOffset.UTC),
                        r.status() == KpiStatus.OK ? 100.0 * r.value() : 0.0));
            }
            net.add(new Series(b.name(), pts));
        }
        List<Series> followers = new ArrayList<>();
        for (Platform p : PLATFORMS) {
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

    private static BarChart searchBars(SyntheticWorld world, List<WorldBrand> brands) {
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

    private static List<KpiValue> awareness(MetricsEngine engine, Window window, WorldBrand own, ShareOfVoice sov) {
        List<KpiValue> out = new ArrayList<>();
        double share = sov.rows().get(0).shares().stream().filter(ShareOfVoice.BrandShare::own).findFirst()
                .orElseThrow().percent();
        out.add(new KpiValue(SOV.toString(), "Share of voice", String.format(Locale.ROOT, "%.1f %%", share),
                "Mentions of the brand / mentions of all tracked brands x 100."));
        out.add(kpi(engine, MetricQuery.builder(MENTIONS, window).brand(own.id()).build(), "Mentions", 1.0, "",
                "Inbound posts and replies naming the brand."));
        out.add(kpi(engine, MetricQuery.builder(KpiId.parse("mentions.unique_authors@1"), window).brand(own.id())
                .build(), "Unique authors", 1.0, "", "Distinct accounts that named the brand."));
        out.add(kpi(engine, MetricQuery.builder(NET, window).brand(own.id()).build(), "Net sentiment", 100.0, " %",
                "(positive - negative) / (positive + negative) x 100 over the brand's mentions."));
        out.add(kpi(engine, MetricQuery.builder(KpiId.parse("web.visits@1"), window).brand(own.id()).build(),
                "Web visits", 1.0, "", "Sessions on the brand's site."));
        out.add(kpi(engine, MetricQuery.builder(KpiId.parse("web.return_visit_rate@1"), window).brand(own.id())
                .build(), "Return visit rate", 100.0, " %", "Visits by returning visitors / visits x 100."));
        out.add(kpi(engine, MetricQuery.builder(KpiId.parse("web.social_referral_share@1"), window).brand(own.id())
                .build(), "Social referral share", 100.0, " %", "Visits referred by social sources / visits x 100."));
        return out;
    }

    private static List<KpiValue> sales(MetricsEngine engine, Window window, WorldBrand own) {
        return List.of(kpi(engine, MetricQuery.builder(KpiId.parse("web.bounce_rate@1"), window).brand(own.id())
                        .build(), "Bounce rate", 100.0, " %", "Visits that viewed one page / visits x 100."),
                new KpiValue("sales.conversion_rate", "Conversion rate", "UNDEFINED",
                        "Purchases / visits x 100; the demo pulls no purchases."));
    }

    private static KpiValue kpi(MetricsEngine engine, MetricQuery q, String name, double scale, String unit,
            String definition) {
        KpiResult r = engine.explain(q);
        String value = r.status() == KpiStatus.OK
                ? (scale == 1.0 ? String.format(Locale.ROOT, "%,.0f", r.value())
                        : String.format(Locale.ROOT, "%.1f", scale * r.value())) + unit
                : r.status().name();
        return new KpiValue(q.kpi().toString(), name, value, definition);
    }

    private static List<CustomerSummary> topCustomers(ScrmStore store, Resolution res,
            List<List<PlatformAccountId>> linked, java.util.Collection<Interaction> pulled,
            Map<PlatformAccountId, CustomerId> customerOf, Map<PlatformAccountId, SocialIdentity> accounts) {
        Map<PlatformAccountId, long[]> byAuthor = new HashMap<>();
        for (Interaction i : pulled) {
            if (i.author() == null || i.direction() != Direction.INBOUND) {
                continue;
            }
            long[] n = byAuthor.computeIfAbsent(i.author(), a -> new long[3]);
            n[0]++;
            SentimentLabel l = i.sentiment() == null ? SentimentLabel.NEUTRAL : i.sentiment().label();
            if (l == SentimentLabel.POSITIVE) {
                n[1]++;
            } else if (l == SentimentLabel.NEGATIVE) {
                n[2]++;
            }
        }
        record Ranked(List<PlatformAccountId> cluster, long n, long pos, long neg) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (List<PlatformAccountId> c : linked) {
            long n = 0;
            long pos = 0;
            long neg = 0;
            for (PlatformAccountId a : c) {
                long[] x = byAuthor.getOrDefault(a, new long[3]);
                n += x[0];
                pos += x[1];
                neg += x[2];
            }
            ranked.add(new Ranked(c, n, pos, neg));
        }
        ranked.sort(Comparator.comparingLong(Ranked::n).reversed()
                .thenComparing(r -> customerOf.get(r.cluster().get(0)).value()));
        List<CustomerSummary> out = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(TOP_CUSTOMERS, ranked.size()))) {
            CustomerId id = customerOf.get(r.cluster().get(0));
            List<CustomerSummary.Identity> ids = new ArrayList<>();
            String name = null;
            for (SocialIdentity s : store.identitiesOf(id)) {
                IdentityLink link = s.link();
                ids.add(new CustomerSummary.Identity(s.id().platform(), s.handle() == null ? s.id().nativeId()
                        : s.handle(), s.displayName(), s.profileUrl(),
                        s.followerCounts() == null ? -1 : s.followerCounts().followers(),
                        link == null ? "" : link.method().name() + String.format(Locale.ROOT, " %.3f",
                                link.confidence())));
                if (name == null && s.displayName() != null) {
                    name = s.displayName();
                }
            }
            List<LinkExplanation> links = new ArrayList<>();
            RecordRef anchor = ref(r.cluster().get(0));
            for (int k = 1; k < r.cluster().size(); k++) {
                MatchExplanation e = res.explain(anchor, ref(r.cluster().get(k)));
                List<LinkExplanation.Contribution> parts = new ArrayList<>();
                for (FieldContribution f : e.contributions()) {
                    parts.add(new LinkExplanation.Contribution(f.comparison() + (f.level() == null ? " (missing)"
                            : " (" + f.level() + ")"), f.weight() + f.tfAdjustment()));
                }
                links.add(new LinkExplanation(show(accounts, r.cluster().get(0)), show(accounts, r.cluster().get(k)),
                        e.priorWeight(), parts, e.probability()));
            }
            double net = r.n() == 0 ? 0 : 100.0 * (r.pos() - r.neg()) / r.n();
            out.add(new CustomerSummary(id.value(), name == null ? id.value() : name, r.n(), net, ids, links));
        }
        return out;
    }

    private static RecordRef ref(PlatformAccountId a) {
        return RecordRef.of(a.platform().id(), a.nativeId());
    }

    private static String show(Map<PlatformAccountId, SocialIdentity> accounts, PlatformAccountId a) {
        SocialIdentity s = accounts.get(a);
        return a.platform().id() + ": " + (s == null || s.handle() == null ? a.nativeId() : s.handle());
    }

    /** The questions that name the client brand, newest first: what a service inbox would pick up. */
    private static List<PostSample> posts(java.util.Collection<Interaction> pulled, WorldBrand own,
            Map<PlatformAccountId, SocialIdentity> accounts) {
        List<Interaction> qs = pulled.stream()
                .filter(i -> i.direction() == Direction.INBOUND && i.text() != null && i.text().contains("?")
                        && i.brands().contains(own.id()))
                .sorted(Comparator.comparing(Interaction::occurredAt).reversed().thenComparing(Interaction::id))
                .limit(MAX_POSTS).toList();
        List<PostSample> out = new ArrayList<>();
        int n = 0;
        for (Interaction i : qs) {
            Sentiment s = i.sentiment();
            out.add(new PostSample("p" + (n++), i.id().platform(), show(accounts, i.author()), i.occurredAt(),
                    i.text(), s == null ? SentimentLabel.NEUTRAL : s.label(), s == null ? 0.0 : s.compound(),
                    List.copyOf(i.brands())));
        }
        return out;
    }

    /** Builds {@link DemoRunner}s. Not thread-safe. */
    public static final class Builder {
        private int persons = WorldConfig.DEFAULT_PERSONS;
        private long seed = WorldConfig.DEFAULT_SEED;
        private Path out = Path.of("scrm-demo");
        private Clock clock = Clock.systemUTC();
        private double faultRate = 0.02;
        private Consumer<String> progress = m -> { };

        private Builder() {
        }

        /**
         * Sets the number of persons in the world.
         *
         * @param value 10 to 1,000,000
         * @return this builder
         */
        public Builder persons(int value) {
            if (value < 10 || value > 1_000_000) {
                throw new IllegalArgumentException("persons must be within [10, 1000000], was " + value);
            }
            this.persons = value;
            return this;
        }

        /**
         * Sets the world's seed (and the fault decisions').
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the folder the report is written to; it is created when missing.
         *
         * @param value the folder
         * @return this builder
         */
        public Builder out(Path value) {
            this.out = Objects.requireNonNull(value, "out");
            return this;
        }

        /**
         * Sets the clock that stamps the report, the store's audit and the rate-limit windows.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the probability that a simulator answers a read with a transient fault.
         *
         * @param value within [0, 1]
         * @return this builder
         */
        public Builder faultRate(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("faultRate must be within [0, 1], was " + value);
            }
            this.faultRate = value;
            return this;
        }

        /**
         * Sets where progress messages go (one short line each, no personal data).
         *
         * @param value the sink
         * @return this builder
         */
        public Builder progress(Consumer<String> value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * Builds the runner.
         *
         * @return the runner
         */
        public DemoRunner build() {
            return new DemoRunner(this);
        }
    }
}
