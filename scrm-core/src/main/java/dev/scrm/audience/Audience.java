package dev.scrm.audience;

import dev.scrm.audience.internal.AudienceEngine;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.KpiId;
import dev.scrm.core.Metric;
import dev.scrm.core.SocialIdentity;
import dev.scrm.core.Window;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditLog;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The audience of a brand: dynamic segments, advocacy stages, influence scores and the social map of the
 * tracked customers, all kept up to date incrementally as customers, identities and interactions change.
 *
 * <p>Feed it the changes the store makes ({@link #apply(Customer)}, {@link #apply(SocialIdentity)},
 * {@link #apply(Interaction)}, {@link #erase(CustomerId)}), or load a whole store with
 * {@link #loadFrom(ScrmStore)}. Each change re-evaluates only the customer it touches: their advocacy stage
 * first (so segments may use {@code stage = …}), then every segment, then their influence score, and emits
 * an {@link AudienceEvent} for every segment entered or left and every stage change.
 *
 * <p>Criteria with a look-back ({@code within=30d}) are evaluated at the audience clock's time of the change
 * that touched the customer. As time passes without changes, a member may drift out of such a window; call
 * {@link #reevaluate()} on a schedule (for example hourly) to roll every window forward. Between calls,
 * membership is exactly what a from-scratch evaluation would give at each customer's last change.
 *
 * <p>A reply re-evaluates both its author and the customer whose item it answers (the net sentiment about
 * that customer, see {@link InfluenceModel}). Re-linking or erasing the replying identity re-evaluates its own
 * customers only; other customers' net sentiment reflects it at their next change or {@link #reevaluate()}.
 *
 * <p>Purchases are {@link dev.scrm.core.InteractionKind#PURCHASE} interactions authored by an identity linked
 * to the customer (for a shop, an account on a platform such as {@code crm}), with the amount in the
 * {@value #AMOUNT_ATTRIBUTE} attribute as a plain decimal number. Campaigns are the
 * {@value #CAMPAIGN_ATTRIBUTE} attribute of interactions; identities whose {@value #BOT_ATTRIBUTE}
 * attribute is {@code true} are left out of the influence population. Interactions without an author are
 * ignored. The same interaction applied twice is stored once; applied again with changed fields (fresher
 * engagement counts, a sentiment), it replaces the earlier version.
 *
 * <p>Thread-safe: changes take a write lock and queries a read lock. Listeners run on the thread that made
 * the change, under the write lock (see {@link AudienceListener}). Build one with {@link #builder()}.
 */
public interface Audience {

    /** The interaction attribute holding a purchase's amount. */
    String AMOUNT_ATTRIBUTE = "amount";
    /** The interaction attribute naming the campaign an interaction belongs to. */
    String CAMPAIGN_ATTRIBUTE = "campaign";
    /** The identity attribute that marks an automated account when {@code true}. */
    String BOT_ATTRIBUTE = "bot";

    /** Audit action of a customer entering a segment (details: {@code segment}). */
    AuditAction SEGMENT_ENTERED = AuditAction.of("SEGMENT_ENTERED");
    /** Audit action of a customer leaving a segment (details: {@code segment}). */
    AuditAction SEGMENT_LEFT = AuditAction.of("SEGMENT_LEFT");
    /** Audit action of a customer changing advocacy stage (details: {@code from}, {@code to}). */
    AuditAction STAGE_CHANGED = AuditAction.of("STAGE_CHANGED");

    /** The KPI of {@link #stageMetrics(Window, Duration, ZoneId)}: customers per stage, a snapshot. */
    KpiId STAGE_COUNT_KPI = KpiId.of("audience.stage_count", 1);
    /** The KPI of {@link #segmentSizeMetric(SegmentId)}: members of a segment, a snapshot. */
    KpiId SEGMENT_SIZE_KPI = KpiId.of("audience.segment_size", 1);

    /**
     * A new builder with the defaults: the system UTC clock, no segments, the default ladder and influence
     * model, no listener and no audit.
     *
     * @return the builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Applies a customer's current state: attributes, consent and the identities linked to them (an identity
     * listed here is moved from any other customer; one no longer listed is unlinked).
     *
     * @param customer the customer as stored
     */
    void apply(Customer customer);

    /**
     * Applies an identity's current state: follower counts, verified flag, bot flag.
     *
     * @param identity the identity as stored
     */
    void apply(SocialIdentity identity);

    /**
     * Applies an interaction. It is kept under its author even while the author is linked to no customer,
     * so that a later link brings the history along.
     *
     * @param interaction the interaction
     * @throws dev.scrm.core.ValidationException if it is a purchase whose amount is not a decimal number
     */
    void apply(Interaction interaction);

    /**
     * Forgets a customer and every identity and interaction linked to them, as the store's erasure does. No
     * events are emitted for an erased customer; stage counts drop them from the time of erasure.
     *
     * @param customer the customer
     * @return whether the customer was tracked
     */
    boolean erase(CustomerId customer);

    /**
     * Stops tracking a customer record that no longer exists although the person does, as after a merge
     * absorbed it ({@link dev.scrm.store.CustomerStore#merge}): its identities are kept with their history but
     * unlinked, so applying the survivor (which now lists them) brings that history along. No events are
     * emitted for the forgotten customer. After a merge, apply the survivor and forget the absorbed customer;
     * after a split, apply both customers.
     *
     * @param customer the customer
     * @return whether the customer was tracked
     */
    boolean forget(CustomerId customer);

    /**
     * Loads every identity, customer and interaction of a store and evaluates everyone once, emitting the
     * resulting events. Interactions are read with {@link ScrmStore#stream}, so a long history is never held
     * in memory twice.
     *
     * @param store the store
     * @throws dev.scrm.core.ValidationException if a stored purchase has an amount that is not a decimal
     *     number; what was read before it stays loaded
     */
    void loadFrom(ScrmStore store);

    /**
     * Re-evaluates every segment, stage and influence score for every customer at the clock's current time,
     * emitting events for every difference. This rolls look-back windows forward.
     */
    void reevaluate();

    /**
     * Adds a segment, or replaces the one with the same id, and evaluates it for every customer (emitting
     * entered and left events).
     *
     * @param segment the segment
     */
    void define(Segment segment);

    /**
     * Removes a segment; no events are emitted.
     *
     * @param segment the segment's id
     * @return whether it was defined
     */
    boolean remove(SegmentId segment);

    /**
     * The segments, in definition order.
     *
     * @return the segments
     */
    List<Segment> segments();

    /**
     * Whether a customer is in a segment.
     *
     * @param segment the segment
     * @param customer the customer
     * @return true when the customer is a member
     * @throws IllegalArgumentException if the segment is not defined
     */
    boolean isMember(SegmentId segment, CustomerId customer);

    /**
     * The number of members of a segment.
     *
     * @param segment the segment
     * @return the count
     * @throws IllegalArgumentException if the segment is not defined
     */
    long size(SegmentId segment);

    /**
     * The members of a segment, sorted by id.
     *
     * @param segment the segment
     * @return the members
     * @throws IllegalArgumentException if the segment is not defined
     */
    List<CustomerId> members(SegmentId segment);

    /**
     * The segments a customer is in.
     *
     * @param customer the customer
     * @return the segment ids, sorted; empty for an unknown customer
     */
    Set<SegmentId> segmentsOf(CustomerId customer);

    /**
     * A customer's advocacy stage.
     *
     * @param customer the customer
     * @return the stage, or empty for an unknown customer
     */
    Optional<AdvocacyStage> stage(CustomerId customer);

    /**
     * How many customers are in each stage now.
     *
     * @return the count per stage, every stage listed
     */
    Map<AdvocacyStage, Long> stageCounts();

    /**
     * How many customers were in each stage just before an instant, from the recorded transitions.
     *
     * @param at the instant
     * @return the count per stage, every stage listed
     */
    Map<AdvocacyStage, Long> stageCounts(Instant at);

    /**
     * Customers per stage over time: for each consecutive bucket of the window, one
     * {@code audience.stage_count@1} metric per stage with dimension {@code stage}, whose value is the count at
     * the bucket's end (a semi-additive snapshot: never sum it over time).
     *
     * @param window the window; buckets are cut from its start, so start daily buckets at the zone's midnight
     * @param bucket the bucket length, positive, at most the window's length
     * @param zone the time zone recorded on the metrics
     * @return the metrics, by bucket then stage
     * @throws IllegalArgumentException if the bucket is not positive or longer than the window
     */
    List<Metric> stageMetrics(Window window, Duration bucket, ZoneId zone);

    /**
     * The current size of a segment as a {@code audience.segment_size@1} metric (dimension {@code segment}),
     * over the instant of the call.
     *
     * @param segment the segment
     * @return the metric
     * @throws IllegalArgumentException if the segment is not defined
     */
    Metric segmentSizeMetric(SegmentId segment);

    /**
     * A customer's influence score with its components, within the current population.
     *
     * @param customer the customer
     * @return the score, or empty when the customer is unknown or not in the population (no activity in the
     *     model's window, or only bot identities)
     */
    Optional<InfluenceScore> influence(CustomerId customer);

    /**
     * The most influential customers.
     *
     * @param limit the most to return, at least 1
     * @return the scores, highest first (ties by customer id)
     * @throws IllegalArgumentException if the limit is below 1
     */
    List<InfluenceScore> topInfluencers(int limit);

    /**
     * The number of customers in the influence population.
     *
     * @return the population size
     */
    long influencePopulation();

    /**
     * Groups the customers and shows how segments and stages are distributed across the groups.
     *
     * @param mapping how to group
     * @return the map
     */
    SocialMap map(SocialMapping mapping);

    /**
     * Writes the members of a segment whose consent allows the request's purpose, sorted by customer id.
     * Members without that consent are counted in the receipt but never written.
     *
     * @param request what to export
     * @param out where to write; not closed
     * @return how many were written and withheld
     * @throws IllegalArgumentException if the segment is not defined
     * @throws java.io.UncheckedIOException if writing fails
     */
    ExportReceipt export(ExportRequest request, Appendable out);

    /**
     * The number of tracked customers.
     *
     * @return the count
     */
    long customerCount();

    /**
     * Builds an {@link Audience}. Setters take the property's name and reject bad values at once;
     * {@link #build()} can be called again. Not thread-safe.
     */
    final class Builder {
        private Clock clock = Clock.systemUTC();
        private final Map<SegmentId, Segment> segments = new LinkedHashMap<>();
        private AdvocacyLadder ladder = AdvocacyLadder.ofDefaults();
        private InfluenceModel influence = InfluenceModel.ofDefaults();
        private final List<AudienceListener> listeners = new ArrayList<>();
        private AuditLog audit;
        private String auditActor = "audience";

        private Builder() {
        }

        /**
         * The clock that dates changes and anchors look-back windows (default the system UTC clock).
         *
         * @param value the clock
         * @return this
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Adds a segment.
         *
         * @param value the segment
         * @return this
         * @throws IllegalStateException if a segment with that id was added already
         */
        public Builder segment(Segment value) {
            Objects.requireNonNull(value, "segment");
            if (segments.containsKey(value.id())) {
                throw new IllegalStateException("segment '" + value.id() + "' is already defined");
            }
            segments.put(value.id(), value);
            return this;
        }

        /**
         * The advocacy ladder (default {@link AdvocacyLadder#ofDefaults()}).
         *
         * @param value the ladder
         * @return this
         */
        public Builder ladder(AdvocacyLadder value) {
            this.ladder = Objects.requireNonNull(value, "ladder");
            return this;
        }

        /**
         * The influence model (default {@link InfluenceModel#ofDefaults()}).
         *
         * @param value the model
         * @return this
         */
        public Builder influence(InfluenceModel value) {
            this.influence = Objects.requireNonNull(value, "influence");
            return this;
        }

        /**
         * Adds a listener for segment and stage events.
         *
         * @param value the listener
         * @return this
         */
        public Builder listener(AudienceListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Also records every event in an audit log ({@link #SEGMENT_ENTERED}, {@link #SEGMENT_LEFT},
         * {@link #STAGE_CHANGED}, with non-personal details). Default: no audit.
         *
         * @param log the log, usually the store's
         * @param actor the actor recorded on the events, for example {@code audience}
         * @return this
         * @throws IllegalArgumentException if the actor is blank or contains white space
         */
        public Builder audit(AuditLog log, String actor) {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(actor, "actor");
            if (actor.isBlank() || actor.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("audit actor must be a non-blank token");
            }
            this.audit = log;
            this.auditActor = actor;
            return this;
        }

        /**
         * Builds the audience; the builder stays usable.
         *
         * @return a new, empty audience
         */
        public Audience build() {
            return new AudienceEngine(clock, List.copyOf(segments.values()), ladder, influence,
                    List.copyOf(listeners), audit, auditActor);
        }
    }
}
