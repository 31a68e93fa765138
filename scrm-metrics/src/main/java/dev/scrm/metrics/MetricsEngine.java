package dev.scrm.metrics;

import dev.scrm.core.Interaction;
import dev.scrm.core.Metric;
import dev.scrm.core.Platform;
import dev.scrm.core.Window;
import dev.scrm.metrics.internal.BucketClock;
import dev.scrm.metrics.internal.EngineCore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The metrics engine: ingests interactions, follower snapshots and gains, web figures, search interest and
 * volumes, and customer-service events incrementally into time-bucketed aggregates, and answers KPI queries with their
 * provenance.
 *
 * <p>Counters are kept per bucket of the {@linkplain Builder#resolution resolution} in the engine's
 * {@linkplain Builder#zone zone} and per dimension combination (brand set, platform, campaign, segment), so a
 * query can ask for any window and any coarser bucket (calendar-correct across DST), any brand and
 * competitor set, and any filter. Aggregates {@linkplain #mergeFrom merge}: partitions ingested by separate
 * engines and merged give the same KPIs as one engine that saw everything (partition by interaction id so
 * that duplicates of an item meet in one partition).
 *
 * <p>Thread-safe: any number of threads may ingest and query concurrently. Ingesting threads are spread over
 * internal shards; a query briefly holds every shard while it reads. The engine owns no threads and needs no
 * closing.
 *
 * <pre>{@code
 * MetricsEngine engine = MetricsEngine.builder().zone(ZoneId.of("Europe/Berlin")).build();
 * engine.ingest(interaction);
 * Metric sov = engine.compute(MetricQuery.builder(KpiId.parse("share_of_voice.mentions@1"), window)
 *         .brand("acme").competitors("globex", "initech").build());
 * }</pre>
 */
public final class MetricsEngine {

    /** The default resolution of the stored buckets. */
    public static final BucketUnit DEFAULT_RESOLUTION = BucketUnit.DAY;

    private final EngineCore core;
    private final KpiRegistry registry;
    private final ZoneId zone;
    private final BucketUnit resolution;
    private final Clock clock;

    private MetricsEngine(Builder b) {
        this.zone = b.zone;
        this.resolution = b.resolution;
        this.registry = b.registry;
        this.clock = b.clock;
        this.core = new EngineCore(b.zone, b.resolution, b.compositions, b.deduplicate, b.shards, b.calendar,
                b.expectedIds, b.uniqueAuthors);
    }

    /**
     * A builder with the defaults: UTC, daily buckets, the standard registry and compositions, deduplication
     * on, the system UTC clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The zone buckets are cut in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The resolution of the stored buckets.
     *
     * @return the resolution
     */
    public BucketUnit resolution() {
        return resolution;
    }

    /**
     * The registry of definitions the engine computes.
     *
     * @return the registry
     */
    public KpiRegistry registry() {
        return registry;
    }

    /**
     * The engine's clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Ingests an interaction. An interaction whose id was ingested before changes nothing (when deduplication
     * is on).
     *
     * @param interaction the interaction
     * @return true when it was new
     * @throws IllegalArgumentException if its time cannot be bucketed (an hour resolution in a zone whose
     *     offset is not a whole number of hours away from its standard offset)
     */
    public boolean ingest(Interaction interaction) {
        return core.ingest(Objects.requireNonNull(interaction, "interaction"));
    }

    /**
     * Ingests interactions in one batch, which is faster than one at a time.
     *
     * @param interactions the interactions
     * @return how many were new
     * @throws IllegalArgumentException as {@link #ingest(Interaction)}
     */
    public long ingestAll(Iterable<Interaction> interactions) {
        return core.ingestAll(Objects.requireNonNull(interactions, "interactions"));
    }

    /**
     * Ingests a batch in column layout: the fast path, exactly equal in effect to ingesting its rows one by
     * one. Rows whose id was ingested before change nothing (when deduplication is on). The batch is only
     * read, and may be cleared and refilled afterwards.
     *
     * @param batch the batch
     * @return how many rows were new
     * @throws IllegalArgumentException if the engine deduplicates and a row has no id, or as
     *     {@link #ingest(Interaction)}
     */
    public long ingest(InteractionBatch batch) {
        return core.ingest(Objects.requireNonNull(batch, "batch").columns);
    }

    /**
     * Ingests a follower snapshot (idempotent; at one instant the larger count of an account wins).
     *
     * @param snapshot the snapshot
     * @throws IllegalArgumentException if the account was ingested for another brand
     */
    public void ingest(AudienceSnapshot snapshot) {
        core.ingest(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /**
     * Ingests web figures for one bucket; figures for the same site, source and period replace earlier ones.
     *
     * @param figures the figures
     * @throws IllegalArgumentException if the period is not exactly one bucket of the resolution
     */
    public void ingest(WebTrafficFigures figures) {
        core.ingest(Objects.requireNonNull(figures, "figures"));
    }

    /**
     * Ingests a search interest value.
     *
     * @param interest the value
     */
    public void ingest(SearchInterest interest) {
        core.ingest(Objects.requireNonNull(interest, "interest"));
    }

    /**
     * Ingests follower gains of an account for one bucket; gains for the same account and period replace
     * earlier ones.
     *
     * @param gains the gains
     * @throws IllegalArgumentException if the period is not exactly one bucket of the resolution
     */
    public void ingest(FollowerGains gains) {
        core.ingest(Objects.requireNonNull(gains, "gains"));
    }

    /**
     * Ingests the search volume of a keyword for a period; a volume for the same keyword, source and period
     * replaces the earlier one.
     *
     * @param volume the volume
     */
    public void ingest(KeywordSearchVolume volume) {
        core.ingest(Objects.requireNonNull(volume, "volume"));
    }

    /**
     * Ingests a customer-service event (idempotent).
     *
     * @param event the event
     */
    public void ingest(CareEvent event) {
        core.ingest(Objects.requireNonNull(event, "event"));
    }

    /**
     * Records that a platform's data for a window is incomplete (a stream gap, a listing cap); metrics over
     * that window report a lower completeness instead of silently lower counts.
     *
     * @param platform the platform
     * @param window the affected window
     * @param coverage the covered fraction within [0, 1]
     * @throws IllegalArgumentException if the coverage is out of range
     */
    public void reportCoverage(Platform platform, Window window, double coverage) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(window, "window");
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("coverage must be within [0, 1], was " + coverage);
        }
        core.reportCoverage(platform, window, coverage);
    }

    /**
     * Adds everything another engine has ingested into this one (partition A + partition B = whole). The
     * other engine is only read.
     *
     * @param other an engine with the same zone and resolution
     * @throws IllegalArgumentException if zone or resolution differ, or {@code other} is this engine
     */
    public void mergeFrom(MetricsEngine other) {
        core.mergeFrom(Objects.requireNonNull(other, "other").core);
    }

    /**
     * Computes a KPI over the query's window.
     *
     * @param query the query
     * @return the metric; its value is {@code null} when the KPI is undefined or unavailable
     * @throws IllegalArgumentException if the KPI is not registered, the window is not on bucket boundaries,
     *     or the query lacks a brand or parameter the definition needs
     */
    public Metric compute(MetricQuery query) {
        return explain(query).metric();
    }

    /**
     * Computes a KPI over the query's window with its full explanation.
     *
     * @param query the query
     * @return the result
     * @throws IllegalArgumentException as {@link #compute}
     */
    public KpiResult explain(MetricQuery query) {
        Objects.requireNonNull(query, "query");
        KpiDefinition def = registry.get(query.kpi());
        ZoneId z = query.zone() == null ? zone : query.zone();
        return core.evaluate(def, query, z, List.of(query.window())).get(0);
    }

    /**
     * Computes a KPI for every bucket of the query's window, cut by the query's bucket unit in its zone.
     *
     * @param query the query, with a bucket unit at least as coarse as the resolution
     * @return one result per bucket, in time order
     * @throws IllegalArgumentException as {@link #compute}, or if the query has no bucket unit or one finer
     *     than the resolution
     */
    public List<KpiResult> series(MetricQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.bucket() == null) {
            throw new IllegalArgumentException("a series query needs a bucket unit");
        }
        if (!query.bucket().isMultipleOf(resolution)) {
            throw new IllegalArgumentException("bucket " + query.bucket() + " is finer than the engine's resolution "
                    + resolution);
        }
        KpiDefinition def = registry.get(query.kpi());
        ZoneId z = query.zone() == null ? zone : query.zone();
        List<Instant> b = BucketClock.boundaries(query.window().start(), query.window().end(), query.bucket(), z);
        Window[] windows = new Window[b.size() - 1];
        for (int i = 0; i < windows.length; i++) {
            windows[i] = new Window(b.get(i), b.get(i + 1));
        }
        return core.evaluate(def, query, z, List.of(windows));
    }

    /**
     * The start of the stored bucket that contains an instant.
     *
     * @param instant the instant
     * @return the bucket's start
     */
    public Instant bucketStart(Instant instant) {
        BucketClock c = core.clock();
        return c.start(c.index(Objects.requireNonNull(instant, "instant").getEpochSecond()));
    }

    /**
     * Memory statistics of the interaction counters, for capacity planning.
     *
     * @return the statistics
     */
    public Footprint footprint() {
        long[] f = core.footprint();
        return new Footprint(f[0], f[1], f[2], f[3], f[4]);
    }

    /**
     * Memory statistics of the interaction counters. Immutable and thread-safe.
     *
     * @param series dimension combinations (brand set, platform, campaign, segment) with counters
     * @param allocatedBuckets bucket rows allocated over all series
     * @param occupiedBuckets bucket rows holding at least one non-zero counter
     * @param counterBytes bytes of the counter arrays (8 per bucket per counter in use, plus block sums of 1/64)
     * @param rememberedIds interaction ids remembered for deduplication (8 to 16 bytes each)
     */
    public record Footprint(long series, long allocatedBuckets, long occupiedBuckets, long counterBytes,
            long rememberedIds) {
    }

    /**
     * Assembles a {@link MetricsEngine}. Not thread-safe; {@link #build()} may be called again and returns an
     * empty engine each time.
     */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private BucketUnit resolution = DEFAULT_RESOLUTION;
        private KpiRegistry registry = KpiRegistry.standard();
        private EngagementCompositions compositions = EngagementCompositions.ofDefaults();
        private boolean deduplicate = true;
        private int shards = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        private Clock clock = Clock.systemUTC();
        private BusinessCalendar calendar;
        private long expectedIds;
        private boolean uniqueAuthors;

        private Builder() {
        }

        /**
         * Whether to keep distinct-author sketches per bucket for {@code mentions.unique_authors@1}; default
         * false, since they cost memory (16 bytes per author per bucket up to 1,024 authors, then 4 KiB per
         * bucket) and a hash per mention. Without them that KPI is {@link KpiStatus#UNAVAILABLE}.
         *
         * @param value whether to track unique authors
         * @return this builder
         */
        public Builder uniqueAuthors(boolean value) {
            this.uniqueAuthors = value;
            return this;
        }

        /**
         * How many distinct interaction ids the engine should expect, to size its deduplication set up front
         * and save rehashing while it fills; default 0 (grow on demand). A hint only: more ids still fit.
         *
         * @param value the expected number of ids, at least 0
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder expectedIds(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("expectedIds must be >= 0, was " + value);
            }
            this.expectedIds = value;
            return this;
        }

        /**
         * The zone buckets are cut in; default UTC.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * The bucket size of the stored counters; default {@link #DEFAULT_RESOLUTION}. Finer resolutions
         * allow finer queries and queries in other zones, at more memory per bucket.
         *
         * @param value the resolution
         * @return this builder
         */
        public Builder resolution(BucketUnit value) {
            this.resolution = Objects.requireNonNull(value, "resolution");
            return this;
        }

        /**
         * The definitions; default {@link KpiRegistry#standard()}.
         *
         * @param value the registry
         * @return this builder
         */
        public Builder registry(KpiRegistry value) {
            this.registry = Objects.requireNonNull(value, "registry");
            return this;
        }

        /**
         * The engagement compositions; default {@link EngagementCompositions#ofDefaults()}.
         *
         * @param value the compositions
         * @return this builder
         */
        public Builder compositions(EngagementCompositions value) {
            this.compositions = Objects.requireNonNull(value, "compositions");
            return this;
        }

        /**
         * Whether to drop interactions whose id was ingested before; default true. Switch it off only when
         * the input is already deduplicated (for example, fed from an {@code InteractionStore}).
         *
         * @param value whether to deduplicate
         * @return this builder
         */
        public Builder deduplicate(boolean value) {
            this.deduplicate = value;
            return this;
        }

        /**
         * The number of internal shards that ingesting threads are spread over; default twice the processors,
         * at least 4.
         *
         * @param value the shard count, within [1, 1024]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder shards(int value) {
            if (value < 1 || value > 1024) {
                throw new IllegalArgumentException("shards must be within [1, 1024], was " + value);
            }
            this.shards = value;
            return this;
        }

        /**
         * The clock; default the system UTC clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The business calendar of the business-hours KPIs; default none.
         *
         * @param value the calendar
         * @return this builder
         */
        public Builder businessCalendar(BusinessCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /**
         * A new, empty engine.
         *
         * @return the engine
         */
        public MetricsEngine build() {
            return new MetricsEngine(this);
        }
    }
}
