package dev.scrm.audience.internal;

import dev.scrm.audience.AdvocacyLadder;
import dev.scrm.audience.AdvocacyStage;
import dev.scrm.audience.Audience;
import dev.scrm.audience.AudienceEvent;
import dev.scrm.audience.AudienceListener;
import dev.scrm.audience.ExportReceipt;
import dev.scrm.audience.ExportRequest;
import dev.scrm.audience.InfluenceModel;
import dev.scrm.audience.InfluenceScore;
import dev.scrm.audience.LadderRule;
import dev.scrm.audience.Segment;
import dev.scrm.audience.SegmentId;
import dev.scrm.audience.SocialMap;
import dev.scrm.audience.SocialMapping;
import dev.scrm.core.Completeness;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.Metric;
import dev.scrm.core.SocialIdentity;
import dev.scrm.core.Window;
import dev.scrm.store.AuditLog;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory, incremental implementation of {@link Audience}: every change re-evaluates only the customers it
 * touched (stage, then segments, then influence). Facts live in {@link AudienceIndex} (with the
 * {@link ReplyIndex}), influence scoring in {@link Influence}, segment members in {@link SegmentSlot}s, the stage
 * log in {@link StageHistory}; {@link EventPublisher} tells listeners and the audit log, and {@link SocialMaps}
 * builds social maps. None of the stateful ones is thread-safe: this engine's one read-write lock guards them
 * all, so the engine is thread-safe.
 */
public final class AudienceEngine implements Audience {

    private static final Logger LOG = LoggerFactory.getLogger(AudienceEngine.class);
    private static final int STAGES = AdvocacyStage.values().length;
    private static final int UNAWARE = AdvocacyStage.UNAWARE.ordinal();

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock clock;
    private final EventPublisher events;

    private final Dictionary dictionary = new Dictionary();
    private final Predicates predicates = new Predicates(dictionary);
    private final int[] ladderStages;
    private final Predicates.Pred[] ladderRules;
    private final boolean ladderTimeDependent;
    private final LinkedHashMap<SegmentId, SegmentSlot> segments = new LinkedHashMap<>();

    private final StageHistory history = new StageHistory(STAGES);
    private final AudienceIndex index = new AudienceIndex(dictionary, history);
    private final List<CustomerState> byIndex = index.byIndex();
    private final Influence influence;

    /**
     * Creates an empty audience.
     *
     * @param clock the clock
     * @param segments the initial segments
     * @param ladder the advocacy ladder
     * @param influence the influence model
     * @param listeners the listeners
     * @param audit the audit log, or {@code null}
     * @param auditActor the actor recorded on audit events
     */
    public AudienceEngine(Clock clock, List<Segment> segments, AdvocacyLadder ladder, InfluenceModel influence,
            List<AudienceListener> listeners, AuditLog audit, String auditActor) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.influence = new Influence(Objects.requireNonNull(influence, "influence"), index.replies());
        this.events = new EventPublisher(listeners, audit, auditActor, LOG);
        List<LadderRule> rules = ladder.rules();
        this.ladderStages = new int[rules.size()];
        this.ladderRules = new Predicates.Pred[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            ladderStages[i] = rules.get(i).stage().ordinal();
            ladderRules[i] = predicates.compile(rules.get(i).criterion());
        }
        boolean ladderTime = false;
        for (LadderRule r : rules) {
            ladderTime |= Predicates.timeDependent(r.criterion(), false);
        }
        this.ladderTimeDependent = ladderTime;
        for (Segment s : segments) {
            this.segments.put(s.id(), slotOf(s, new BitSet(), 0));
        }
    }

    // ---- changes ---------------------------------------------------------------------------------------

    @Override
    public void apply(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        lock.writeLock().lock();
        try {
            long now = clock.millis();
            List<CustomerState> touched = index.apply(customer, now);
            for (CustomerState c : touched) {
                refresh(c, now);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void apply(SocialIdentity identity) {
        Objects.requireNonNull(identity, "identity");
        lock.writeLock().lock();
        try {
            IdentityState s = index.apply(identity);
            if (s.customer != null) {
                refresh(s.customer, clock.millis());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void apply(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        long amount = AudienceIndex.amountOf(interaction);
        lock.writeLock().lock();
        try {
            IdentityState s = index.apply(interaction, amount);
            if (s != null && s.customer != null) {
                refresh(s.customer, clock.millis());
            }
            if (s != null && interaction.inReplyTo() != null) {
                refreshAuthorOf(ReplyIndex.hash(interaction.inReplyTo()), s);
            }
            if (s != null && index.detachedFrom() != null) {
                refreshAuthorOf(index.detachedFrom(), s);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean erase(CustomerId customer) {
        return drop(customer, true);
    }

    @Override
    public boolean forget(CustomerId customer) {
        return drop(customer, false);
    }

    private boolean drop(CustomerId customer, boolean eraseHistory) {
        Objects.requireNonNull(customer, "customer");
        lock.writeLock().lock();
        try {
            CustomerState c = index.remove(customer, eraseHistory);
            if (c == null) {
                return false;
            }
            for (SegmentSlot slot : segments.values()) {
                if (slot.members.get(c.index)) {
                    slot.members.clear(c.index);
                    slot.size--;
                }
            }
            influence.remove(c);
            history.record(clock.millis(), c.stage, -1);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void loadFrom(ScrmStore store) {
        Objects.requireNonNull(store, "store");
        long[] read = new long[1];
        lock.writeLock().lock();
        try {
            long now = clock.millis();
            try (java.util.stream.Stream<SocialIdentity> ids = store.identities()) {
                ids.forEach(index::apply);
            }
            try (java.util.stream.Stream<Customer> cs = store.customers()) {
                cs.forEach(c -> index.apply(c, now));
            }
            try (java.util.stream.Stream<Interaction> is = store.stream(InteractionQuery.builder().build())) {
                is.forEach(i -> {
                    index.apply(i, AudienceIndex.amountOf(i));
                    read[0]++;
                });
            }
            reevaluateLocked(now, true);
            LOG.debug("audience loaded {} customers and {} interactions", index.customerCount(), read[0]);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void reevaluate() {
        lock.writeLock().lock();
        try {
            reevaluateLocked(clock.millis());
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void define(Segment segment) {
        Objects.requireNonNull(segment, "segment");
        lock.writeLock().lock();
        try {
            SegmentSlot old = segments.get(segment.id());
            SegmentSlot slot = old == null ? slotOf(segment, new BitSet(), 0) : slotOf(segment, old.members, old.size);
            segments.put(segment.id(), slot);
            long now = clock.millis();
            Instant at = Instant.ofEpochMilli(now);
            for (CustomerState c : byIndex) {
                if (c != null) {
                    evaluate(slot, c, now, at);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private SegmentSlot slotOf(Segment s, BitSet members, long size) {
        return new SegmentSlot(s, predicates.compile(s.criterion()),
                Predicates.timeDependent(s.criterion(), ladderTimeDependent), members, size);
    }

    @Override
    public boolean remove(SegmentId segment) {
        Objects.requireNonNull(segment, "segment");
        lock.writeLock().lock();
        try {
            return segments.remove(segment) != null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Re-evaluates the author of a replied-to interaction, when known and not the replier. */
    private void refreshAuthorOf(long parentHash, IdentityState replier) {
        IdentityState parent = index.replies().authorOf(parentHash);
        if (parent != null && parent.customer != null && parent.customer != replier.customer) {
            refresh(parent.customer, clock.millis());
        }
    }

    // ---- evaluation ------------------------------------------------------------------------------------

    /**
     * Rolls every customer forward to {@code now}. Criteria that do not depend on time cannot have changed
     * (every change to their inputs re-evaluated the customer), so only time-dependent ones are evaluated.
     */
    private void reevaluateLocked(long now) {
        reevaluateLocked(now, false);
    }

    private void reevaluateLocked(long now, boolean everything) {
        if (everything) {
            for (CustomerState c : byIndex) {
                if (c != null) {
                    refresh(c, now);
                }
            }
            return;
        }
        List<SegmentSlot> timed = new ArrayList<>();
        for (SegmentSlot s : segments.values()) {
            if (s.timeDependent) {
                timed.add(s);
            }
        }
        SegmentSlot[] slots = timed.toArray(new SegmentSlot[0]);
        for (CustomerState c : byIndex) {
            if (c != null) {
                refresh(c, now, ladderTimeDependent, slots);
            }
        }
    }

    /** Re-evaluates one customer: stage, then segments, then influence. */
    private void refresh(CustomerState c, long now) {
        refresh(c, now, true, null);
    }

    private void refresh(CustomerState c, long now, boolean ladder, SegmentSlot[] only) {
        Instant at = null;
        int stage = ladder ? UNAWARE : c.stage;
        for (int r = 0; ladder && r < ladderRules.length; r++) {
            if (ladderRules[r].test(c, now)) {
                stage = ladderStages[r];
                break;
            }
        }
        if (stage != c.stage) {
            at = Instant.ofEpochMilli(now);
            int from = c.stage;
            c.stage = stage;
            history.record(now, from, stage);
            events.publish(new AudienceEvent.StageChanged(c.id, AdvocacyStage.values()[from], AdvocacyStage.values()[stage],
                    at));
        }
        if (only == null) {
            for (SegmentSlot slot : segments.values()) {
                evaluate(slot, c, now, at);
            }
        } else {
            for (SegmentSlot slot : only) {
                evaluate(slot, c, now, at);
            }
        }
        influence.update(c, now);
    }

    private void evaluate(SegmentSlot slot, CustomerState c, long now, Instant at) {
        boolean member = slot.predicate.test(c, now);
        if (member != slot.members.get(c.index)) {
            Instant when = at != null ? at : Instant.ofEpochMilli(now);
            if (member) {
                slot.members.set(c.index);
                slot.size++;
                events.publish(new AudienceEvent.SegmentEntered(slot.segment.id(), c.id, when));
            } else {
                slot.members.clear(c.index);
                slot.size--;
                events.publish(new AudienceEvent.SegmentLeft(slot.segment.id(), c.id, when));
            }
        }
    }

    // ---- queries ---------------------------------------------------------------------------------------

    private SegmentSlot slot(SegmentId id) {
        SegmentSlot s = segments.get(Objects.requireNonNull(id, "segment"));
        if (s == null) {
            throw new IllegalArgumentException("segment '" + id + "' is not defined");
        }
        return s;
    }

    @Override
    public List<Segment> segments() {
        lock.readLock().lock();
        try {
            List<Segment> out = new ArrayList<>();
            for (SegmentSlot s : segments.values()) {
                out.add(s.segment);
            }
            return List.copyOf(out);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public boolean isMember(SegmentId segment, CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        lock.readLock().lock();
        try {
            SegmentSlot s = slot(segment);
            CustomerState c = index.customer(customer);
            return c != null && s.members.get(c.index);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long size(SegmentId segment) {
        lock.readLock().lock();
        try {
            return slot(segment).size;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<CustomerId> members(SegmentId segment) {
        lock.readLock().lock();
        try {
            BitSet m = slot(segment).members;
            List<CustomerId> out = new ArrayList<>();
            for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
                out.add(byIndex.get(i).id);
            }
            Collections.sort(out);
            return Collections.unmodifiableList(out);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Set<SegmentId> segmentsOf(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        lock.readLock().lock();
        try {
            CustomerState c = index.customer(customer);
            TreeSet<SegmentId> out = new TreeSet<>();
            if (c != null) {
                for (SegmentSlot s : segments.values()) {
                    if (s.members.get(c.index)) {
                        out.add(s.segment.id());
                    }
                }
            }
            return Collections.unmodifiableSet(out);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<AdvocacyStage> stage(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        lock.readLock().lock();
        try {
            CustomerState c = index.customer(customer);
            return c == null ? Optional.empty() : Optional.of(AdvocacyStage.values()[c.stage]);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Map<AdvocacyStage, Long> stageCounts() {
        lock.readLock().lock();
        try {
            return toStageMap(history.current());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Map<AdvocacyStage, Long> stageCounts(Instant at) {
        Objects.requireNonNull(at, "at");
        lock.readLock().lock();
        try {
            return toStageMap(history.countsBefore(new long[] {at.toEpochMilli()}, STAGES)[0]);
        } finally {
            lock.readLock().unlock();
        }
    }

    private static Map<AdvocacyStage, Long> toStageMap(long[] counts) {
        EnumMap<AdvocacyStage, Long> out = new EnumMap<>(AdvocacyStage.class);
        for (AdvocacyStage s : AdvocacyStage.values()) {
            out.put(s, counts[s.ordinal()]);
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public List<Metric> stageMetrics(Window window, Duration bucket, ZoneId zone) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(zone, "zone");
        if (bucket.isZero() || bucket.isNegative() || bucket.compareTo(window.duration()) > 0) {
            throw new IllegalArgumentException("bucket must be positive and at most the window's length");
        }
        List<Instant> starts = new ArrayList<>();
        for (Instant s = window.start(); s.isBefore(window.end()); s = s.plus(bucket)) {
            starts.add(s);
        }
        long[] ends = new long[starts.size()];
        for (int i = 0; i < ends.length; i++) {
            Instant end = starts.get(i).plus(bucket);
            ends[i] = (end.isAfter(window.end()) ? window.end() : end).toEpochMilli();
        }
        long[][] counts;
        lock.readLock().lock();
        try {
            counts = history.countsBefore(ends, STAGES);
        } finally {
            lock.readLock().unlock();
        }
        List<Metric> out = new ArrayList<>();
        for (int i = 0; i < ends.length; i++) {
            Window w = Window.of(starts.get(i), Instant.ofEpochMilli(ends[i]));
            for (AdvocacyStage s : AdvocacyStage.values()) {
                out.add(new Metric(STAGE_COUNT_KPI, w, zone, Map.of("stage", s.label()),
                        (double) counts[i][s.ordinal()], null, null, Completeness.complete(), null));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Metric segmentSizeMetric(SegmentId segment) {
        lock.readLock().lock();
        try {
            long size = slot(segment).size;
            Instant now = clock.instant();
            return new Metric(SEGMENT_SIZE_KPI, Window.of(now, now.plusMillis(1)), clock.getZone(),
                    Map.of("segment", segment.value()), (double) size, null, null, Completeness.complete(), null);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<InfluenceScore> influence(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        lock.readLock().lock();
        try {
            CustomerState c = index.customer(customer);
            if (c == null || Double.isNaN(c.raw)) {
                return Optional.empty();
            }
            return Optional.of(influence.score(c));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<InfluenceScore> topInfluencers(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        lock.readLock().lock();
        try {
            return influence.top(byIndex, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long influencePopulation() {
        lock.readLock().lock();
        try {
            return influence.population();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long customerCount() {
        lock.readLock().lock();
        try {
            return index.customerCount();
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- social map ------------------------------------------------------------------------------------

    @Override
    public SocialMap map(SocialMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        lock.readLock().lock();
        try {
            return SocialMaps.of(mapping, new ArrayList<>(segments.values()), byIndex, clock.instant());
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- export ----------------------------------------------------------------------------------------

    @Override
    public ExportReceipt export(ExportRequest request, Appendable out) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(out, "out");
        List<Exporter.Row> rows = new ArrayList<>();
        long withheld = 0;
        lock.readLock().lock();
        try {
            BitSet m = slot(request.segment()).members;
            for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
                CustomerState c = byIndex.get(i);
                if (c.consent.allows(request.purpose())) {
                    rows.add(new Exporter.Row(c.id, AdvocacyStage.values()[c.stage], c.attributes));
                } else {
                    withheld++;
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        rows.sort((a, b) -> a.id().compareTo(b.id()));
        Exporter.write(request, rows, out);
        LOG.debug("exported {} members of segment {} ({} withheld for lack of consent)", rows.size(),
                request.segment(), withheld);
        return new ExportReceipt(request.segment(), request.purpose(), rows.size(), withheld);
    }
}
