package dev.scrm.examples.demo;

import dev.scrm.core.Interaction;
import dev.scrm.core.SocialIdentity;
import dev.scrm.examples.demo.internal.Analysis;
import dev.scrm.examples.demo.internal.DemoDatabase;
import dev.scrm.examples.demo.internal.Measure;
import dev.scrm.examples.demo.internal.Pull;
import dev.scrm.examples.demo.internal.ProfileLookup;
import dev.scrm.examples.demo.internal.ReportAssembly;
import dev.scrm.examples.demo.internal.Resolve;
import dev.scrm.examples.demo.internal.Sources;
import dev.scrm.examples.report.DemoReport;
import dev.scrm.examples.report.HtmlReportWriter;
import dev.scrm.examples.report.ShareOfVoice;
import dev.scrm.examples.report.SpikeFinding;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.ScrmStore;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldBrand;
import dev.scrm.testkit.world.WorldConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole social CRM loop offline: generates a {@link SyntheticWorld}, serves it from simulated Mastodon,
 * Bluesky, Reddit and X servers on 127.0.0.1 (no rate limits, a small rate of injected server errors and torn
 * bodies), pulls every brand's mentions through the real connectors, completes thin author profiles through the
 * connectors' profile lookup, resolves the accounts into customers, scores sentiment and tags brands with
 * listening queries, feeds a {@code MetricsEngine}, finds spikes and writes {@code report.html}.
 *
 * <p>Stages: pull (with analysis and profile lookup), store, resolve, measure, report; each is a small class
 * in {@code dev.scrm.examples.demo.internal}. By default the customers, identities, interactions and audit
 * log are kept in an embedded H2 database under the output folder ({@code scrm-demo-db}), so a later run adds
 * to the history: interactions are ingested idempotently and customers keep their ids. Figures are computed
 * from what the connectors delivered; the world's ground truth is never read, so tests can compare the two.
 * The world's web visits and search volumes stand in for an analytics and a search-volume source. With
 * {@link Builder#liveMastodon(URI, String)} a real Mastodon server is read by one hashtag instead of the
 * simulated Mastodon.
 *
 * <pre>{@code
 * DemoResult r = DemoRunner.builder().persons(3_000).seed(42).out(Path.of("scrm-demo")).build().run();
 * System.out.println(r.report());
 * }</pre>
 *
 * <p>Immutable; each {@link #run()} starts its own simulators on free ports. Runs into different output
 * folders may proceed concurrently; runs into one folder must not overlap.
 */
public final class DemoRunner {

    /** The report's file name inside the output folder. */
    public static final String REPORT_FILE = "report.html";
    /** The folder inside the output folder that holds the demo's database. */
    public static final String DATABASE_FOLDER = DemoDatabase.FOLDER;

    private static final String ACTOR = "demo";
    private static final int LOOKUP_PARALLELISM = 8;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LOOKUP_BUDGET = Duration.ofSeconds(60);

    private final int persons;
    private final long seed;
    private final Path out;
    private final Clock clock;
    private final double faultRate;
    private final Consumer<String> progress;
    private final boolean history;
    private final URI liveMastodon;
    private final String liveHashtag;

    private DemoRunner(Builder b) {
        this.persons = b.persons;
        this.seed = b.seed;
        this.out = b.out;
        this.clock = b.clock;
        this.faultRate = b.faultRate;
        this.progress = b.progress;
        this.history = b.history;
        this.liveMastodon = b.liveMastodon;
        this.liveHashtag = b.liveHashtag;
    }

    /**
     * A builder with the defaults: {@value WorldConfig#DEFAULT_PERSONS} persons, the default world seed, output
     * folder {@code scrm-demo}, the system UTC clock, a 2 % fault rate, history kept, all platforms simulated
     * and no progress messages.
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
     * @throws dev.scrm.store.StoreException if the database under the output folder cannot be used
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
        Pull.Pulled pulled;
        Analysis analysis = new Analysis(brands, Sources.PLATFORMS);
        try (Sources sources = new Sources(world, clock, seed, faultRate, liveMastodon, CALL_TIMEOUT)) {
            pulled = new Pull(sources, analysis,
                    new ProfileLookup(LOOKUP_PARALLELISM, LOOKUP_BUDGET), say)
                    .run(brands, liveHashtag);
        }
        try (DemoDatabase db = history ? DemoDatabase.open(out, clock) : DemoDatabase.inMemory(clock)) {
            ScrmStore store = db.store();
            OptionalInt run = db.nextRun();
            long earlier = store.interactionCount();
            long customersBefore = store.customerCount();
            storeAccounts(store, pulled.accounts().values());
            int added = store.appendAll(pulled.items().values(), ACTOR);
            say.accept("store: " + added + " new interactions, " + (pulled.items().size() - added)
                    + " already stored; " + store.interactionCount() + " in all"
                    + (run.isPresent() ? " (run " + run.getAsInt() + ")" : ""));

            List<SocialIdentity> people = pulled.accounts().values().stream()
                    .filter(a -> !pulled.brandAccounts().contains(a.id())).toList();
            Resolve.Resolved resolved = new Resolve(store, ACTOR, seed, say).run(people, clock.instant());
            say.accept("identity: " + people.size() + " accounts resolved into " + resolved.clusters().size()
                    + " customers, " + resolved.linked().size() + " across platforms; " + resolved.created()
                    + " customers new, " + resolved.merged() + " merges");

            ReportAssembly assembly = new ReportAssembly();
            Measure measure;
            try (Stream<Interaction> all = store.stream(InteractionQuery.builder().build())) {
                measure = new Measure(world, clock, all.peek(assembly.counter()));
            }
            ShareOfVoice sov = measure.shareOfVoice();
            List<SpikeFinding> spikes = measure.spikes();
            Map<String, Double> share = measure.shareById(sov);
            say.accept("metrics: share of voice " + share.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f%%", e.getValue()))
                    .collect(Collectors.joining(", ")) + "; " + spikes.size() + " spikes");

            List<String> summary = new ArrayList<>();
            summary.add(world.persons().size() + " synthetic persons; " + pulled.items().size()
                    + " posts and replies pulled through 4 connectors in " + pulled.requests() + " requests ("
                    + pulled.faults() + " injected faults retried); " + pulled.profilesCompleted() + " of "
                    + pulled.profilesLookedUp() + " thin author profiles completed by profile lookups");
            summary.add(people.size() + " person accounts resolved into " + resolved.clusters().size()
                    + " customers, " + resolved.linked().size() + " of them linked across platforms");
            if (run.isPresent()) {
                summary.add("Run " + run.getAsInt() + " on this database: " + earlier
                        + " interactions from earlier runs, " + added + " new; " + store.customerCount()
                        + " customers stored (" + customersBefore + " before this run)");
            }
            DemoReport report = new DemoReport("Social CRM demo: " + own.name() + " & competitors",
                    clock.instant(), summary, sov, measure.charts(spikes), List.of(measure.searchBars()),
                    measure.awareness(sov),
                    measure.sales(pulled.items().values(), analysis::isOwnAccount, pulled.accounts()), spikes,
                    assembly.topCustomers(store, resolved, pulled.accounts()),
                    ReportAssembly.posts(pulled.items().values(), own, pulled.accounts()));
            Path file = new HtmlReportWriter().write(report, out);
            return new DemoResult(world.persons().size(), pulled.items().size(), pulled.accounts().size(),
                    resolved.clusters().size(), resolved.linked(), share, spikes.size(), pulled.requests(),
                    pulled.faults(), file, Duration.ofNanos(System.nanoTime() - t0), run.orElse(0), earlier,
                    added, people.stream().map(SocialIdentity::id).sorted().toList());
        }
    }

    /** Stores each account that is new or changed since it was stored (the time it was observed aside). */
    private static void storeAccounts(ScrmStore store, java.util.Collection<SocialIdentity> accounts) {
        Map<dev.scrm.core.PlatformAccountId, SocialIdentity> stored = new java.util.HashMap<>();
        try (Stream<SocialIdentity> all = store.identities()) {
            all.forEach(s -> stored.put(s.id(), s));
        }
        for (SocialIdentity a : accounts) {
            SocialIdentity known = stored.get(a.id());
            if (known == null || !same(known, a)) {
                store.putIdentity(a, ACTOR);
            }
        }
    }

    private static boolean same(SocialIdentity stored, SocialIdentity pulled) {
        return Objects.equals(stored.handle(), pulled.handle())
                && Objects.equals(stored.displayName(), pulled.displayName())
                && Objects.equals(stored.profileUrl(), pulled.profileUrl())
                && Objects.equals(stored.bio(), pulled.bio())
                && stored.bioLinks().equals(pulled.bioLinks())
                && Objects.equals(stored.location(), pulled.location())
                && followers(stored) == followers(pulled);
    }

    private static long followers(SocialIdentity s) {
        return s.followerCounts() == null ? -1 : s.followerCounts().followers();
    }

    public static final class Builder {
        private int persons = WorldConfig.DEFAULT_PERSONS;
        private long seed = WorldConfig.DEFAULT_SEED;
        private Path out = Path.of("scrm-demo");
        private Clock clock = Clock.systemUTC();
        private double faultRate = 0.02;
        private Consumer<String> progress = m -> { };
        private boolean history = true;
        private URI liveMastodon;
        private String liveHashtag;

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
         * Sets whether customers, identities, interactions and the audit log are kept in an embedded H2 database
         * under the output folder ({@value DemoRunner#DATABASE_FOLDER}), adding to what earlier runs kept there
         * (default true); false keeps them in memory for the run only.
         *
         * @param value whether to keep history
         * @return this builder
         */
        public Builder history(boolean value) {
            this.history = value;
            return this;
        }

        /**
         * Reads a real Mastodon server instead of the simulated one: the public timeline of one hashtag (at most
         * {@value Pull#LIVE_MAX_ITEMS} posts, anonymously), with the rest of the loop unchanged.
         *
         * @param baseUrl the server, for example {@code https://mastodon.social}
         * @param hashtag the hashtag, with or without {@code #}
         * @return this builder
         * @throws IllegalArgumentException if the URL is not http(s) or the hashtag is blank
         */
        public Builder liveMastodon(URI baseUrl, String hashtag) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(hashtag, "hashtag");
            String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("the live Mastodon URL must be an http(s) URL with a host");
            }
            String tag = hashtag.strip().startsWith("#") ? hashtag.strip().substring(1) : hashtag.strip();
            if (tag.isEmpty() || !tag.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                throw new IllegalArgumentException("the hashtag must be letters, digits and underscores");
            }
            this.liveMastodon = baseUrl;
            this.liveHashtag = tag;
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
