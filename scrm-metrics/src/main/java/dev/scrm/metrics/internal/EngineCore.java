package dev.scrm.metrics.internal;

import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Window;
import dev.scrm.metrics.AudienceSnapshot;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.CareEvent;
import dev.scrm.metrics.ConversationId;
import dev.scrm.metrics.EngagementComposition;
import dev.scrm.metrics.EngagementCompositions;
import dev.scrm.metrics.FollowerGains;
import dev.scrm.metrics.KeywordSearchVolume;
import dev.scrm.metrics.ImpressionEstimates;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.MetricQuery;
import dev.scrm.metrics.SearchInterest;
import dev.scrm.metrics.WebTrafficFigures;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The state of a metrics engine: interaction counters in per-thread shards (each a map from
 * {@link SeriesKey} to bucketed {@link Series}), the id fingerprints for deduplication, and the side stores
 * for follower snapshots, web figures, search series, customer-service events and coverage reports.
 *
 * <p>Ingesting threads are spread over the shards, so they rarely contend; a query locks every shard for
 * the time it reads. Merging adds another core's counters and unions its side stores. Thread-safe.
 */
public final class EngineCore {

    private static final long DAY = 86_400L;

    final BucketClock clock;
    final dev.scrm.metrics.BusinessCalendar calendar;
    private final EngagementCompositions compositions;
    private final ConcurrentHashMap<Platform, Accumulator.Comp[]> compiled = new ConcurrentHashMap<>();
    final Shard[] shards;
    private final AtomicInteger nextShard = new AtomicInteger();
    private final ThreadLocal<Shard> shardOfThread;
    private static final int CHUNK = 4096;
    private final ThreadLocal<Columns> scratch = ThreadLocal.withInitial(() -> new Columns(CHUNK));
    private final FingerprintSet seen;
    private final boolean trackAuthors;
    final ReentrantReadWriteLock sideLock = new ReentrantReadWriteLock();
    final Map<PlatformAccountId, AccountSnapshots> accounts = new HashMap<>();
    final Map<String, List<AccountSnapshots>> accountsByBrand = new HashMap<>();
    final Map<WebKey, WebTrafficFigures> web = new HashMap<>();
    final Map<String, TreeMap<String, SearchInterest>> search = new HashMap<>();
    final Map<GainsKey, FollowerGains> gains = new HashMap<>();
    final Map<String, TreeMap<String, KeywordSearchVolume>> volumes = new HashMap<>();
    final Map<ConversationId, LinkedHashSet<CareEvent>> care = new HashMap<>();
    final List<CoverageReport> coverage = new ArrayList<>();

    /** The follower snapshots of one account. */
    static final class AccountSnapshots {
        final PlatformAccountId account;
        final String brand;
        final TreeMap<Instant, Long> counts = new TreeMap<>();

        AccountSnapshots(PlatformAccountId account, String brand) {
            this.account = account;
            this.brand = brand;
        }
    }

    record WebKey(String site, String source, Window period) {
    }

    record GainsKey(PlatformAccountId account, Window period) {
    }

    record CoverageReport(Platform platform, Window window, double coverage) {
    }

    static final class Shard {
        final ReentrantLock lock = new ReentrantLock();
        final HashMap<SeriesKey, Series> series = new HashMap<>();
        final Accumulator accumulator;

        Shard(Accumulator accumulator) {
            this.accumulator = accumulator;
        }
    }

    /**
     * A core.
     *
     * @param zone the zone buckets are cut in
     * @param resolution the bucket size of the stored counters
     * @param compositions the engagement compositions
     * @param deduplicate whether to drop interactions whose id was seen before
     * @param shardCount the number of shards
     * @param calendar the business calendar, or {@code null}
     * @param expectedIds the number of distinct interaction ids to size the deduplication set for
     * @param trackAuthors whether to keep distinct-author sketches of mentions
     */
    public EngineCore(ZoneId zone, BucketUnit resolution, EngagementCompositions compositions, boolean deduplicate,
            int shardCount, dev.scrm.metrics.BusinessCalendar calendar, long expectedIds, boolean trackAuthors) {
        this.trackAuthors = trackAuthors;
        this.calendar = calendar;
        this.clock = new BucketClock(zone, resolution);
        this.compositions = Objects.requireNonNull(compositions, "compositions");
        this.seen = deduplicate ? new FingerprintSet(expectedIds) : null;
        this.shards = new Shard[shardCount];
        for (int i = 0; i < shardCount; i++) {
            shards[i] = new Shard(new Accumulator(clock, trackAuthors, this::compositions));
        }
        this.shardOfThread = ThreadLocal.withInitial(
                () -> shards[Math.floorMod(nextShard.getAndIncrement(), shards.length)]);
    }

    /** @return the bucket clock of the stored counters */
    public BucketClock clock() {
        return clock;
    }

    /**
     * Ingests one interaction, through the same path as a batch.
     *
     * @param i the interaction
     * @return true when it was new
     */
    public boolean ingest(Interaction i) {
        Columns c = scratch.get();
        c.clear();
        c.add(i, seen != null, trackAuthors);
        if (seen != null && !seen.add(c.id[0])) {
            return false;
        }
        Shard s = shardOfThread.get();
        s.lock.lock();
        try {
            s.accumulator.add(s.series, c, null);
        } finally {
            s.lock.unlock();
        }
        return true;
    }

    /**
     * Ingests interactions: converts them to column batches of {@value #CHUNK} rows outside any lock, and
     * ingests each batch.
     *
     * @param items the interactions
     * @return how many were new
     */
    public long ingestAll(Iterable<Interaction> items) {
        Columns c = scratch.get();
        c.clear();
        long added = 0;
        for (Interaction i : items) {
            c.add(i, seen != null, trackAuthors);
            if (c.size == CHUNK) {
                added += ingest(c);
                c.clear();
            }
        }
        if (c.size > 0) {
            added += ingest(c);
            c.clear();
        }
        return added;
    }

    /**
     * Ingests a batch in column layout under one shard lock: each dimension combination is resolved to its
     * series once, and each row is added with array arithmetic only.
     *
     * @param b the batch
     * @return how many rows were new
     * @throws IllegalArgumentException if the engine deduplicates and a row has no id
     */
    public long ingest(Columns b) {
        int n = b.size;
        boolean[] fresh = null;
        if (seen != null) {
            for (int r = 0; r < n; r++) {
                if (b.id[r] == 0) {
                    throw new IllegalArgumentException("row " + r + " of the batch has no id, and the engine"
                            + " deduplicates");
                }
            }
            fresh = seen.addAll(b.id, n);
        }
        Shard s = shardOfThread.get();
        s.lock.lock();
        try {
            return s.accumulator.add(s.series, b, fresh);
        } finally {
            s.lock.unlock();
        }
    }

    private Accumulator.Comp[] compositions(Platform platform) {
        Accumulator.Comp[] comps = compiled.get(platform);
        if (comps == null) {
            comps = compiled.computeIfAbsent(platform, this::compile);
        }
        return comps;
    }

    private Accumulator.Comp[] compile(Platform platform) {
        List<Accumulator.Comp> out = new ArrayList<>();
        for (EngagementComposition c : compositions.compositions(platform)) {
            out.add(comp(c));
        }
        out.add(comp(EngagementCompositions.FALLBACK));
        return out.toArray(new Accumulator.Comp[0]);
    }

    private static Accumulator.Comp comp(EngagementComposition c) {
        return new Accumulator.Comp(c.validFrom() == null ? Long.MIN_VALUE : c.validFrom().toEpochDay(),
                c.validUntil() == null ? Long.MAX_VALUE : c.validUntil().toEpochDay(), ordinals(c.counters()),
                ordinals(c.optionalCounters()));
    }

    private static int[] ordinals(java.util.Collection<EngagementType> types) {
        int[] o = new int[types.size()];
        int i = 0;
        for (EngagementType t : types) {
            o[i++] = t.ordinal();
        }
        return o;
    }

    /**
     * Ingests a follower snapshot; a second snapshot of the same account at the same instant keeps the larger
     * count, so ingestion is idempotent and merging is order-independent.
     *
     * @param snapshot the snapshot
     */
    public void ingest(AudienceSnapshot snapshot) {
        sideLock.writeLock().lock();
        try {
            addSnapshot(snapshot.account(), snapshot.brand(), snapshot.observedAt(), snapshot.followers());
        } finally {
            sideLock.writeLock().unlock();
        }
    }

    private void addSnapshot(PlatformAccountId account, String brand, Instant at, long followers) {
        AccountSnapshots a = accounts.get(account);
        if (a == null) {
            a = new AccountSnapshots(account, brand);
            accounts.put(account, a);
            accountsByBrand.computeIfAbsent(brand, b -> new ArrayList<>()).add(a);
        } else if (!a.brand.equals(brand)) {
            throw new IllegalArgumentException("account " + account + " already belongs to another brand");
        }
        a.counts.merge(at, followers, Math::max);
    }

    /**
     * Ingests web figures; the same figures again change nothing, and new figures for the same site, source
     * and period replace the old ones (a re-archived day).
     *
     * @param f the figures
     * @throws IllegalArgumentException if the period is not exactly one bucket of the resolution
     */
    public void ingest(WebTrafficFigures f) {
        replace(web, new WebKey(f.site(), f.source(), f.period()), f, f.period(), "web figures", EngineCore::addWeb);
    }

    /** Writes one side input's counters into a bucket, with sign -1 to take them out again. */
    private interface CounterWriter<V> {
        void write(Shard s, V value, long idx, int sign);
    }

    /**
     * Stores figures reported for exactly one bucket and adds their counters; figures stored under the same
     * key before are taken out first, so a report can be corrected, and the same report twice changes nothing.
     */
    private <K, V> void replace(Map<K, V> store, K key, V value, Window period, String what,
            CounterWriter<V> writer) {
        long idx = clock.boundary(period.start(), what + " period start");
        long end = clock.boundary(period.end(), what + " period end");
        if (end != idx + 1) {
            throw new IllegalArgumentException(what + " span " + (end - idx) + " buckets of " + clock.unit()
                    + "; ingest one period per bucket");
        }
        sideLock.writeLock().lock();
        try {
            V old = store.put(key, value);
            if (value.equals(old)) {
                return;
            }
            Shard s = shards[0];
            s.lock.lock();
            try {
                if (old != null) {
                    writer.write(s, old, idx, -1);
                }
                writer.write(s, value, idx, 1);
            } finally {
                s.lock.unlock();
            }
        } finally {
            sideLock.writeLock().unlock();
        }
    }

    private static void addWeb(Shard s, WebTrafficFigures f, long idx, int sign) {
        SeriesKey key = new SeriesKey(Set.of(f.site()), Platform.WEB, null, null);
        Series series = s.series.computeIfAbsent(key, k -> new Series());
        int o = series.pos(idx);
        Series d = series;
        d.add(Slots.WEB_VISITS, o, sign * f.visits());
        d.add(Slots.WEB_PAGEVIEWS, o, sign * f.pageviews());
        d.add(Slots.WEB_BOUNCES, o, sign * f.bounces());
        d.add(Slots.WEB_VISIT_SECONDS, o, sign * f.visitSeconds());
        d.add(Slots.WEB_SOCIAL_VISITS, o, sign * f.socialVisits());
        d.add(Slots.WEB_SOCIAL_GOAL_VALUE, o, sign * Slots.scaled(Slots.WEB_SOCIAL_GOAL_VALUE, f.socialGoalValue()));
        if (f.returningVisits() != null) {
            d.add(Slots.WEB_RETURNING_VISITS, o, sign * f.returningVisits());
            d.add(Slots.WEB_VISITS_WITH_RETURNING, o, sign * f.visits());
        }
        d.add(Slots.WEB_REPORTS, o, sign);
    }

    /**
     * Ingests follower gains; the same gains again change nothing, and new gains for the same account and
     * period replace the old ones.
     *
     * @param g the gains
     * @throws IllegalArgumentException if the period is not exactly one bucket of the resolution
     */
    public void ingest(FollowerGains g) {
        replace(gains, new GainsKey(g.account(), g.period()), g, g.period(), "follower gains", EngineCore::addGains);
    }

    private static void addGains(Shard s, FollowerGains g, long idx, int sign) {
        SeriesKey key = new SeriesKey(Set.of(g.brand()), g.account().platform(), null, null);
        Series series = s.series.computeIfAbsent(key, k -> new Series());
        int o = series.pos(idx);
        series.add(Slots.FOLLOWER_GAINS_ORGANIC, o, sign * g.organic());
        series.add(Slots.FOLLOWER_GAINS_PAID, o, sign * g.paid());
        series.add(Slots.FOLLOWER_GAINS_REPORTS, o, sign);
    }

    /**
     * Ingests a keyword search volume; a volume for the same term, source and period replaces the old one.
     *
     * @param v the volume
     */
    public void ingest(KeywordSearchVolume v) {
        sideLock.writeLock().lock();
        try {
            volumes.computeIfAbsent(v.term(), t -> new TreeMap<>()).put(volumeKey(v), v);
        } finally {
            sideLock.writeLock().unlock();
        }
    }

    private static String volumeKey(KeywordSearchVolume v) {
        return v.period().start() + "|" + v.period().end() + "|" + v.source();
    }

    /**
     * Ingests a search interest value; a value for the same term, scope and bucket replaces the old one.
     *
     * @param s the value
     */
    public void ingest(SearchInterest s) {
        sideLock.writeLock().lock();
        try {
            search.computeIfAbsent(s.term(), t -> new TreeMap<>()).put(searchKey(s), s);
        } finally {
            sideLock.writeLock().unlock();
        }
    }

    private static String searchKey(SearchInterest s) {
        return s.bucketStart() + "|" + s.scope().provider() + "|" + s.scope().requestId() + "|" + s.scope().hashCode();
    }

    /**
     * Ingests a customer-service event; the same event twice counts once.
     *
     * @param e the event
     */
    public void ingest(CareEvent e) {
        sideLock.writeLock().lock();
        try {
            care.computeIfAbsent(e.conversation(), c -> new LinkedHashSet<>()).add(e);
        } finally {
            sideLock.writeLock().unlock();
        }
    }

    /**
     * Records the coverage a connector reported for a window.
     *
     * @param platform the platform
     * @param window the window
     * @param value the covered fraction
     */
    public void reportCoverage(Platform platform, Window window, double value) {
        sideLock.writeLock().lock();
        try {
            coverage.add(new CoverageReport(platform, window, value));
        } finally {
            sideLock.writeLock().unlock();
        }
    }

    /**
     * Adds everything another core holds into this one.
     *
     * @param other the other core, with the same zone and resolution
     * @throws IllegalArgumentException if zone or resolution differ
     */
    public void mergeFrom(EngineCore other) {
        if (other == this) {
            throw new IllegalArgumentException("an engine cannot merge itself");
        }
        if (!other.clock.zone().equals(clock.zone()) || other.clock.unit() != clock.unit()) {
            throw new IllegalArgumentException("engines of different zone or resolution cannot be merged");
        }
        Map<SeriesKey, Series> copy = new HashMap<>();
        for (Shard os : other.shards) {
            os.lock.lock();
            try {
                os.series.forEach((k, v) -> copy.computeIfAbsent(k, x -> new Series()).addAll(v));
            } finally {
                os.lock.unlock();
            }
        }
        if (seen != null && other.seen != null) {
            seen.addAll(other.seen);
        }
        Shard s = shards[0];
        s.lock.lock();
        try {
            copy.forEach((k, v) -> s.series.computeIfAbsent(k, x -> new Series()).addAll(v));
        } finally {
            s.lock.unlock();
        }
        List<AccountSnapshots> snaps = new ArrayList<>();
        List<WebTrafficFigures> figures;
        List<SearchInterest> points = new ArrayList<>();
        List<FollowerGains> gainList;
        List<KeywordSearchVolume> volumeList = new ArrayList<>();
        List<CareEvent> events = new ArrayList<>();
        List<CoverageReport> reports;
        other.sideLock.readLock().lock();
        try {
            for (AccountSnapshots a : other.accounts.values()) {
                AccountSnapshots c = new AccountSnapshots(a.account, a.brand);
                c.counts.putAll(a.counts);
                snaps.add(c);
            }
            figures = new ArrayList<>(other.web.values());
            other.search.values().forEach(m -> points.addAll(m.values()));
            gainList = new ArrayList<>(other.gains.values());
            other.volumes.values().forEach(m -> volumeList.addAll(m.values()));
            other.care.values().forEach(events::addAll);
            reports = new ArrayList<>(other.coverage);
        } finally {
            other.sideLock.readLock().unlock();
        }
        sideLock.writeLock().lock();
        try {
            for (AccountSnapshots a : snaps) {
                a.counts.forEach((t, n) -> addSnapshot(a.account, a.brand, t, n));
            }
            for (WebTrafficFigures f : figures) {
                web.put(new WebKey(f.site(), f.source(), f.period()), f);
            }
            for (FollowerGains g : gainList) {
                gains.put(new GainsKey(g.account(), g.period()), g);
            }
            for (KeywordSearchVolume v : volumeList) {
                volumes.computeIfAbsent(v.term(), t -> new TreeMap<>()).put(volumeKey(v), v);
            }
            for (SearchInterest p : points) {
                search.computeIfAbsent(p.term(), t -> new TreeMap<>()).put(searchKey(p), p);
            }
            for (CareEvent e : events) {
                care.computeIfAbsent(e.conversation(), c -> new LinkedHashSet<>()).add(e);
            }
            coverage.addAll(reports);
        } finally {
            sideLock.writeLock().unlock();
        }
    }

    /**
     * Computes a definition over consecutive windows under every lock, so the view is consistent.
     *
     * @param definition the definition
     * @param query the query, whose platform, campaign and segment filter the series
     * @param zone the zone of the windows
     * @param windows the windows to compute, each on bucket boundaries
     * @return one result per window
     */
    public List<KpiResult> evaluate(KpiDefinition definition, MetricQuery query, ZoneId zone, List<Window> windows) {
        for (Shard s : shards) {
            s.lock.lock();
        }
        sideLock.readLock().lock();
        try {
            List<Map.Entry<SeriesKey, Series>> entries = new ArrayList<>();
            for (Shard s : shards) {
                for (Map.Entry<SeriesKey, Series> e : s.series.entrySet()) {
                    SeriesKey k = e.getKey();
                    if ((query.platform() == null || query.platform().equals(k.platform()))
                            && (query.campaign() == null || query.campaign().equals(k.campaign()))
                            && (query.segment() == null || query.segment().equals(k.segment()))) {
                        entries.add(e);
                    }
                }
            }
            InputsImpl in = new InputsImpl(this, entries, definition, query, zone);
            in.multi = windows.size() > 1;
            List<KpiResult> out = new ArrayList<>(windows.size());
            for (Window w : windows) {
                in.window = w;
                in.windowA = Long.MIN_VALUE;
                out.add(definition.formula().compute(in));
            }
            return out;
        } finally {
            sideLock.readLock().unlock();
            for (int i = shards.length - 1; i >= 0; i--) {
                shards[i].lock.unlock();
            }
        }
    }

    /** @return whether distinct-author sketches are kept */
    boolean tracksAuthors() {
        return trackAuthors;
    }

    /**
     * Memory figures of the interaction counters.
     *
     * @return {series, allocated bucket rows, occupied bucket rows, bytes per row, ids remembered}
     */
    public long[] footprint() {
        long series = 0;
        long rows = 0;
        long occupied = 0;
        long bytes = 0;
        for (Shard s : shards) {
            s.lock.lock();
            try {
                series += s.series.size();
                for (Series v : s.series.values()) {
                    rows += v.capacity;
                    occupied += v.occupiedRows();
                    bytes += v.allocatedBytes();
                }
            } finally {
                s.lock.unlock();
            }
        }
        return new long[] {series, rows, occupied, bytes, seen == null ? 0 : seen.size()};
    }
}
