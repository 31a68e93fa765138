package dev.scrm.identity;

import dev.scrm.core.CustomerId;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.identity.CustomerTable.Cust;
import dev.scrm.identity.internal.Index;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps customers current one record at a time, with stable customer ids.
 *
 * <p>Start from a trained {@link Resolution}: its records become the index and its clusters the first customers.
 * {@link #add(IdentityRecord)} normalises a new record, finds candidates through the key index, applies the rules
 * and the model, and then joins the record to a customer, creates one, or merges customers it connects. A
 * {@link CustomerId} is assigned when a customer first appears and lasts: on a merge the older customer's id
 * survives (ties by id) and the absorbed id becomes an alias; {@link #unmerge(MergeId)} restores the absorbed
 * customer under its old id and records that the two are not the same person. The guards of batch clustering
 * apply (one account per platform, size cap, linking policy), and agent decisions
 * ({@link #confirmSame(RecordRef, RecordRef)}, {@link #rejectSame(RecordRef, RecordRef)}) override scores.
 *
 * <p>Every change is an {@link IdentityEvent} for the listener and, when a {@link ScrmStore} is configured, the
 * matching customers, identity links and audit entries in that store (identities the store holds are linked;
 * others are tracked here only). Thread-safe: methods are serialised on this instance, except that a new record is
 * normalised before the lock is taken.
 */
public final class IncrementalResolver {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalResolver.class);

    private final Index index;
    private final ResolverConfig config;
    private final Clock clock;
    private final ChangeMirror mirror;
    private final CustomerTable table;
    private final MergeLog merges;
    /** Record pairs an agent confirmed as the same person (first-party evidence), low index in the high bits. */
    private final Set<Long> confirmed = new HashSet<>();

    private IncrementalResolver(Builder b) {
        Resolution r = b.resolution;
        this.config = r.config();
        this.index = Index.fromBatch(r.result(), config.maxBlockSize(), config.linkPolicy());
        this.clock = b.clock;
        this.mirror = new ChangeMirror(index, clock, b.listener, b.store, b.actor);
        this.table = new CustomerTable(b.customerIds != null ? b.customerIds : CustomerTable.seededIds(b.seed),
                index.size());
        for (int c = 0; c < r.clusterCount(); c++) {
            table.newCustomer();
        }
        for (int i = 0; i < index.size(); i++) {
            int c = r.clusterOf(i);
            table.assign(i, c);
            table.get(c).members.add(i);
        }
        mirror.batch(table.all());
        this.merges = new MergeLog(table, mirror, clock);
    }

    /**
     * A builder that starts from a trained batch resolution.
     *
     * @param trained the batch whose model, records and clusters the resolver takes over
     * @return the builder
     */
    public static Builder builder(Resolution trained) {
        return new Builder(Objects.requireNonNull(trained, "trained"));
    }

    /**
     * Resolves a social identity: stores it in the configured store (if any), then resolves its record.
     *
     * @param identity the identity
     * @return what happened
     * @throws IllegalArgumentException if the identity was added before
     */
    public ResolveOutcome add(SocialIdentity identity) {
        Objects.requireNonNull(identity, "identity");
        IdentityRecord record = IdentityRecord.of(identity);
        Index.Pending pending = index.prepare(record);
        synchronized (this) {
            mirror.putIdentity(identity);
            return resolve(record, pending);
        }
    }

    /**
     * Resolves one new record against everything indexed, updating customers.
     *
     * @param record the record; its reference must be new
     * @return what happened
     * @throws IllegalArgumentException if the reference was added before
     */
    public ResolveOutcome add(IdentityRecord record) {
        Objects.requireNonNull(record, "record");
        // normalising (phone parsing, Unicode folding, phonetic codes) needs no lock
        Index.Pending pending = index.prepare(record);
        synchronized (this) {
            return resolve(record, pending);
        }
    }

    private ResolveOutcome resolve(IdentityRecord record, Index.Pending pending) {
        int i = index.append(pending);
        table.ensure(i);
        table.assign(i, -1);
        List<Index.Candidate> cands = index.candidates(i);
        index.indexRecord(i);
        List<IdentityEvent> events = new ArrayList<>();
        List<ScoredPair> suggestions = new ArrayList<>();
        Instant now = clock.instant();
        double review = config.reviewThreshold();
        for (Index.Candidate c : cands) {
            int j = c.record();
            int mine = table.owner(i);
            int theirs = table.owner(j);
            if (mine == theirs) {
                continue;
            }
            boolean auto = c.ruleLink() || c.probability() >= config.autoLinkThreshold();
            if (!auto) {
                if (c.probability() >= review) {
                    suggestions.add(pair(i, c, ScoredPair.Decision.REVIEW));
                }
                continue;
            }
            if (mine >= 0 && table.get(mine).cannotLink().contains(theirs)) {
                suggestions.add(pair(i, c, ScoredPair.Decision.CONFLICT));
                continue;
            }
            if (!c.ruleLink()) {
                if (!index.gate(i, j)) {
                    suggestions.add(pair(i, c, ScoredPair.Decision.CONSENT_REQUIRED));
                    continue;
                }
                long myPlatforms = mine >= 0 ? table.platforms(mine, index) : index.platformBit(i);
                int mySize = mine >= 0 ? table.get(mine).members.size() : 1;
                if ((config.onePerPlatform() && (myPlatforms & table.platforms(theirs, index)) != 0)
                        || mySize + table.get(theirs).members.size() > config.maxClusterSize()) {
                    suggestions.add(pair(i, c, ScoredPair.Decision.CONFLICT));
                    continue;
                }
            }
            LinkMethod method = methodOf(c);
            MatchExplanation why = index.explain(i, j, c.ruleLink() ? ScoredPair.Decision.RULE_LINK
                    : ScoredPair.Decision.AUTO_LINK, config.autoLinkThreshold());
            if (mine < 0) {
                Cust t = table.get(theirs);
                table.assign(i, theirs);
                t.members.add(i);
                events.add(new IdentityEvent.IdentityLinked(t.id, record.ref(), method, why, now));
                mirror.link(i, t, method, c.probability(), c.ruleLink() ? c.ruleName() : BatchModel.VERSION);
            } else {
                events.add(merges.merge(mine, theirs, method, why, now));
            }
        }
        if (table.owner(i) < 0) {
            int c = table.newCustomer();
            Cust cu = table.get(c);
            table.assign(i, c);
            cu.members.add(i);
            events.add(new IdentityEvent.CustomerCreated(cu.id, record.ref(), now));
            mirror.create(cu);
            mirror.link(i, cu, LinkMethod.PROBABILISTIC_SCORE, 1.0, "new_customer");
        }
        mirror.publish(events);
        return new ResolveOutcome(record.ref(), table.get(table.owner(i)).id, events, suggestions, cands.size());
    }

    private static final class BatchModel {
        static final String VERSION = dev.scrm.identity.internal.BatchEngine.MODEL_VERSION;
    }

    private static LinkMethod methodOf(Index.Candidate c) {
        if (!c.ruleLink()) {
            return LinkMethod.PROBABILISTIC_SCORE;
        }
        return "reciprocal_profile_links".equals(c.ruleName()) ? LinkMethod.DETERMINISTIC_RULE : LinkMethod.VERIFIED;
    }

    private ScoredPair pair(int i, Index.Candidate c, ScoredPair.Decision d) {
        return new ScoredPair(index.ref(i), index.ref(c.record()), c.probability(),
                c.ruleLink() ? Double.POSITIVE_INFINITY : c.weight(), c.ruleName(), d);
    }

    /**
     * Undoes a merge: the records the absorbed customer had at merge time and that still share a customer with
     * the survivor go back to the absorbed customer, under its old id, and the two customers are kept apart from
     * then on. Records added after the merge stay where they are.
     *
     * @param merge the merge to undo
     * @return the split event
     * @throws IllegalArgumentException if no such merge was made
     * @throws IllegalStateException if it was already undone
     */
    public synchronized IdentityEvent.CustomerSplit unmerge(MergeId merge) {
        Objects.requireNonNull(merge, "merge");
        IdentityEvent.CustomerSplit ev = merges.unmerge(merge);
        mirror.publish(List.of(ev));
        return ev;
    }

    /**
     * Records an agent's decision that two records are the same person, merging their customers regardless of
     * scores and guards (other than an earlier rejection of the same pair of customers, which this overrides).
     *
     * @param a one record
     * @param b the other
     * @return the merge event, or empty when they already share a customer
     * @throws IllegalArgumentException if a record is unknown
     */
    public synchronized Optional<IdentityEvent.CustomersMerged> confirmSame(RecordRef a, RecordRef b) {
        int i = known(a);
        int j = known(b);
        int ca = table.owner(i);
        int cb = table.owner(j);
        if (ca == cb) {
            return Optional.empty();
        }
        table.get(ca).allow(cb);
        table.get(cb).allow(ca);
        confirmed.add(pairKey(i, j));
        MatchExplanation why = index.explain(i, j, ScoredPair.Decision.AUTO_LINK, config.autoLinkThreshold());
        IdentityEvent.CustomersMerged ev = merges.merge(ca, cb, LinkMethod.AGENT_CONFIRMED, why, clock.instant());
        mirror.publish(List.of(ev));
        return Optional.of(ev);
    }

    /**
     * Links two records' customers on request, as an automated decision on their evidence (for example a workflow
     * that accepts suggestions): first-party evidence (a deterministic rule) always allows it; otherwise the
     * linking policy must allow a score to link them, which for an account on a platform that requires opt-in
     * means the person's recorded consent. An agent's own decision is {@link #confirmSame(RecordRef, RecordRef)}.
     *
     * @param a one record
     * @param b the other
     * @return the merge event, or empty when they already share a customer
     * @throws IllegalArgumentException if a record is unknown or both are the same
     * @throws ConsentException if the policy requires consent that a record lacks
     * @throws IllegalStateException if the customers were marked as different people
     */
    public synchronized Optional<IdentityEvent.CustomersMerged> link(RecordRef a, RecordRef b) {
        int i = known(a);
        int j = known(b);
        if (i == j) {
            throw new IllegalArgumentException("a record cannot be linked to itself");
        }
        boolean rule = index.ruleLinks(i, j);
        if (!rule) {
            dev.scrm.core.Platform missing = index.consentMissing(i, j);
            if (missing != null) {
                RecordRef lacking = missing.equals(platformOf(i)) ? a : b;
                throw new ConsentException(lacking, missing);
            }
        }
        int ca = table.owner(i);
        int cb = table.owner(j);
        if (ca == cb) {
            return Optional.empty();
        }
        if (table.get(ca).cannotLink().contains(cb)) {
            throw new IllegalStateException("the two customers were marked as different people; use confirmSame");
        }
        ScoredPair.Decision d = rule ? ScoredPair.Decision.RULE_LINK : ScoredPair.Decision.AUTO_LINK;
        MatchExplanation why = index.explain(i, j, d, config.autoLinkThreshold());
        IdentityEvent.CustomersMerged ev = merges.merge(ca, cb, rule ? LinkMethod.DETERMINISTIC_RULE
                : LinkMethod.PROBABILISTIC_SCORE, why, clock.instant());
        mirror.publish(List.of(ev));
        return Optional.of(ev);
    }

    /**
     * Records that the person withdrew consent to having this record matched. The record no longer links by
     * score to another platform's records where the policy requires consent; if its customer holds it only on
     * such links (no deterministic rule and no agent confirmation connects it to a fellow member), it is split
     * out into a new customer. The rest keep their customer and its id. A split emits a
     * {@link IdentityEvent.CustomerSplit} with reason {@code consent_withdrawn} and, with a store, audit entries.
     *
     * @param ref the record
     * @return the split, or empty when the record stays (alone, or held by first-party evidence)
     * @throws IllegalArgumentException if the record is unknown
     */
    public synchronized Optional<IdentityEvent.CustomerSplit> withdrawConsent(RecordRef ref) {
        int i = known(ref);
        index.consent(i, false);
        mirror.consent(table.get(table.owner(i)), "withdrawn");
        Cust from = table.get(table.owner(i));
        if (from.members.size() < 2) {
            return Optional.empty();
        }
        boolean gated = false;
        for (int j : from.members) {
            if (j == i) {
                continue;
            }
            if (index.ruleLinks(i, j) || confirmed.contains(pairKey(i, j))) {
                return Optional.empty();
            }
            gated |= index.consentMissing(i, j) != null;
        }
        if (!gated) {
            return Optional.empty();
        }
        return Optional.of(splitOut(i, "consent_withdrawn"));
    }

    /**
     * Records that the person consented to having this record matched; later records may then link to it by score
     * across platforms. Existing customers do not change.
     *
     * @param ref the record
     * @throws IllegalArgumentException if the record is unknown
     */
    public synchronized void grantConsent(RecordRef ref) {
        int i = known(ref);
        index.consent(i, true);
        mirror.consent(table.get(table.owner(i)), "granted");
    }

    /**
     * Erases a record (right to be forgotten): it leaves its customer, and its values, keys, phonetic and
     * handle-like codes and profile links are removed from the index, so no later record can be found through
     * them. The rest of the customer keeps its id; a customer left with no records stays known by id but empty.
     * With a store, the audit gets a non-personal entry (the customer and the count of erased records).
     *
     * @param ref the record
     * @throws IllegalArgumentException if the record is unknown (or already erased)
     */
    public synchronized void erase(RecordRef ref) {
        int i = known(ref);
        Cust from = table.get(table.owner(i));
        from.members.remove(Integer.valueOf(i));
        confirmed.removeIf(k -> (int) (k >>> 32) == i || (int) (long) k == i);
        merges.forget(i);
        mirror.erased(from);
        index.erase(i);
        table.assign(i, -1);
        LOG.debug("erased a record of customer {}", from.id);
    }

    private IdentityEvent.CustomerSplit splitOut(int i, String reason) {
        Cust from = table.get(table.owner(i));
        int c = table.newCustomer();
        Cust to = table.get(c);
        table.assign(i, c);
        to.members.add(i);
        from.members.remove(Integer.valueOf(i));
        IdentityEvent.CustomerSplit ev = new IdentityEvent.CustomerSplit(from.id, List.of(to.id), reason,
                clock.instant());
        mirror.split(i, from, to, reason);
        mirror.publish(List.of(ev));
        return ev;
    }

    private dev.scrm.core.Platform platformOf(int i) {
        PlatformAccountId acc = index.account(i);
        return acc == null ? null : acc.platform();
    }

    private static long pairKey(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    /**
     * Records an agent's decision that two records are different people: their customers are never merged by a
     * score or rule again, and if they share a customer now, {@code b} and the records added with it since are
     * moved to a new customer.
     *
     * @param a one record
     * @param b the other, moved out if needed
     * @return the split event, or empty when they were already apart
     * @throws IllegalArgumentException if a record is unknown or both are the same
     */
    public synchronized Optional<IdentityEvent.CustomerSplit> rejectSame(RecordRef a, RecordRef b) {
        int i = known(a);
        int j = known(b);
        if (i == j) {
            throw new IllegalArgumentException("a record cannot be rejected against itself");
        }
        int ca = table.owner(i);
        if (ca != table.owner(j)) {
            table.get(ca).forbid(table.owner(j));
            table.get(table.owner(j)).forbid(ca);
            return Optional.empty();
        }
        Cust from = table.get(ca);
        int c = table.newCustomer();
        Cust to = table.get(c);
        table.assign(j, c);
        to.members.add(j);
        from.members.remove(Integer.valueOf(j));
        from.forbid(c);
        to.forbid(ca);
        IdentityEvent.CustomerSplit ev = new IdentityEvent.CustomerSplit(from.id, List.of(to.id), "agent_rejected",
                clock.instant());
        mirror.split(j, from, to, "agent_rejected");
        mirror.publish(List.of(ev));
        return Optional.of(ev);
    }

    /**
     * The customer a record belongs to.
     *
     * @param ref the record
     * @return its customer, or empty when the record is unknown
     */
    public synchronized Optional<CustomerId> customerOf(RecordRef ref) {
        int i = index.indexOf(Objects.requireNonNull(ref, "ref"));
        return i < 0 ? Optional.empty() : Optional.of(table.get(table.owner(i)).id);
    }

    /**
     * The current id of a customer: itself, or the survivor it was merged into.
     *
     * @param id a customer id, possibly an alias
     * @return the current id, or empty when unknown
     */
    public synchronized Optional<CustomerId> canonical(CustomerId id) {
        Integer c = table.indexOf(Objects.requireNonNull(id, "id"));
        return c == null ? Optional.empty() : Optional.of(table.get(table.current(c)).id);
    }

    /**
     * The records of a customer, in the order they joined it.
     *
     * @param id a customer id; an alias gives the survivor's records
     * @return the records, empty when the customer is unknown or has none
     */
    public synchronized List<RecordRef> recordsOf(CustomerId id) {
        Integer c = table.indexOf(Objects.requireNonNull(id, "id"));
        if (c == null) {
            return List.of();
        }
        List<RecordRef> out = new ArrayList<>();
        for (int m : table.get(table.current(c)).members) {
            out.add(index.ref(m));
        }
        return List.copyOf(out);
    }

    /**
     * Explains any pair of known records under the current model and term frequencies.
     *
     * @param a one record
     * @param b the other
     * @return the explanation
     * @throws IllegalArgumentException if a record is unknown or both are the same
     */
    public synchronized MatchExplanation explain(RecordRef a, RecordRef b) {
        int i = known(a);
        int j = known(b);
        if (i == j) {
            throw new IllegalArgumentException("cannot explain a record against itself");
        }
        ScoredPair.Decision d = table.owner(i) == table.owner(j) ? ScoredPair.Decision.AUTO_LINK
                : ScoredPair.Decision.NO_LINK;
        return index.explain(i, j, d, config.autoLinkThreshold());
    }

    /**
     * How many records are indexed.
     *
     * @return the record count
     */
    public synchronized int recordCount() {
        return index.size();
    }

    /**
     * How many customers have at least one record.
     *
     * @return the customer count
     */
    public synchronized int customerCount() {
        return table.customerCount();
    }

    private int known(RecordRef ref) {
        int i = index.indexOf(Objects.requireNonNull(ref, "ref"));
        if (i < 0) {
            throw new IllegalArgumentException("unknown record (source '" + ref.source() + "')");
        }
        return i;
    }

    /** Builds an {@link IncrementalResolver}; not thread-safe. */
    public static final class Builder {
        private final Resolution resolution;
        private Clock clock = Clock.systemUTC();
        private Supplier<CustomerId> customerIds;
        private long seed = 1L;
        private Consumer<IdentityEvent> listener = ev -> { };
        private ScrmStore store;
        private String actor = "system";

        private Builder(Resolution resolution) {
            this.resolution = resolution;
        }

        /**
         * Sets the clock that stamps events and links (default the system UTC clock).
         *
         * @param value the clock
         * @return this
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets where new customer ids come from (default {@code c-} and 32 hex digits from a random generator
         * seeded with {@link #seed(long)}).
         *
         * @param value the id factory; it must never repeat an id
         * @return this
         */
        public Builder customerIds(Supplier<CustomerId> value) {
            this.customerIds = Objects.requireNonNull(value, "customerIds");
            return this;
        }

        /**
         * Sets the seed of the default id factory (default 1).
         *
         * @param value the seed
         * @return this
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the event listener (default none). It runs on the thread that made the change and must not throw.
         *
         * @param value the listener
         * @return this
         */
        public Builder listener(Consumer<IdentityEvent> value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Sets the store that mirrors customers, identity links and audit entries (default none).
         *
         * @param value the store
         * @return this
         */
        public Builder store(ScrmStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * Sets the actor named in store changes and audit entries (default {@code system}).
         *
         * @param value the actor token
         * @return this
         */
        public Builder actor(String value) {
            this.actor = Objects.requireNonNull(value, "actor");
            return this;
        }

        /**
         * Builds the resolver, indexing the batch's records.
         *
         * @return the resolver
         */
        public IncrementalResolver build() {
            return new IncrementalResolver(this);
        }
    }
}
