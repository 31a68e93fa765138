package dev.scrm.store.internal;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.AlreadyExistsException;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditLog;
import dev.scrm.store.ErasureReceipt;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.NotFoundException;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The in-memory {@link ScrmStore}: hash maps with time-ordered indexes by author and platform, guarded by
 * one read-write lock so every operation, erasure included, is atomic.
 */
public final class InMemoryStore implements ScrmStore {

    private final Clock clock;
    private final AuditLog audit;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private final Map<CustomerId, Customer> customers = new HashMap<>();
    private final Map<PlatformAccountId, SocialIdentity> identities = new HashMap<>();
    private final Map<PlatformAccountId, CustomerId> owners = new HashMap<>();
    private final Map<InteractionId, Interaction> interactions = new HashMap<>();
    private final NavigableMap<TimeKey, Interaction> byTime = new TreeMap<>();
    private final Map<PlatformAccountId, NavigableMap<TimeKey, Interaction>> byAuthor = new HashMap<>();
    private final Map<Platform, NavigableMap<TimeKey, Interaction>> byPlatform = new HashMap<>();

    /**
     * Creates an empty store.
     *
     * @param clock stamps changes
     * @param audit receives the audit events
     */
    public InMemoryStore(Clock clock, AuditLog audit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    static String identitySubject(PlatformAccountId id) {
        return StoreRules.identitySubject(id);
    }

    static String interactionSubject(InteractionId id) {
        return StoreRules.interactionSubject(id);
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    // ---- customers -------------------------------------------------------------------------------------

    @Override
    public Customer create(Customer customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        if (!customer.identities().isEmpty()) {
            throw new IllegalArgumentException("a new customer must not list identities; link them instead");
        }
        return write(() -> {
            if (customers.containsKey(customer.id())) {
                throw new AlreadyExistsException("customer " + customer.id() + " already exists");
            }
            Customer stored = customer.withVersion(1);
            customers.put(stored.id(), stored);
            audit.append(AuditAction.CUSTOMER_CREATED, actor, stored.id(), null, Map.of());
            return stored;
        });
    }

    @Override
    public Customer update(Customer customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        return write(() -> {
            Customer current = requireCustomer(customer.id());
            Customer stored = StoreRules.updated(current, customer);
            customers.put(stored.id(), stored);
            for (StoreRules.Change e : StoreRules.updateEvents(current, stored)) {
                audit.append(e.action(), actor, stored.id(), null, e.details());
            }
            return stored;
        });
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return read(() -> Optional.ofNullable(customers.get(id)));
    }

    @Override
    public SocialIdentity putIdentity(SocialIdentity identity, String actor) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(actor, "actor");
        return write(() -> {
            SocialIdentity before = identities.put(identity.id(), identity);
            if (before == null) {
                audit.append(AuditAction.IDENTITY_ADDED, actor, owners.get(identity.id()),
                        identitySubject(identity.id()), Map.of("platform", identity.id().platform().id()));
            } else if (!before.equals(identity)) {
                audit.append(AuditAction.IDENTITY_UPDATED, actor, owners.get(identity.id()),
                        identitySubject(identity.id()), Map.of("platform", identity.id().platform().id()));
            }
            return identity;
        });
    }

    @Override
    public Optional<SocialIdentity> findIdentity(PlatformAccountId id) {
        Objects.requireNonNull(id, "id");
        return read(() -> Optional.ofNullable(identities.get(id)));
    }

    @Override
    public Customer link(PlatformAccountId account, CustomerId customer, IdentityLink link, String actor) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(actor, "actor");
        return write(() -> {
            SocialIdentity identity = identities.get(account);
            if (identity == null) {
                throw new NotFoundException("identity on " + account.platform() + " is not stored");
            }
            Customer target = requireCustomer(customer);
            Instant now = clock.instant();
            CustomerId previous = owners.get(account);
            if (previous != null && !previous.equals(customer)) {
                detach(account, previous, actor, now);
            }
            identities.put(account, identity.withLink(link));
            owners.put(account, customer);
            Set<PlatformAccountId> ids = new TreeSet<>(target.identities());
            ids.add(account);
            Customer stored = StoreRules.withIdentities(target, ids, now);
            customers.put(customer, stored);
            audit.append(AuditAction.IDENTITY_LINKED, actor, customer, identitySubject(account),
                    StoreRules.linkDetails(link));
            return stored;
        });
    }

    @Override
    public Optional<Customer> unlink(PlatformAccountId account, String actor) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(actor, "actor");
        return write(() -> {
            SocialIdentity identity = identities.get(account);
            if (identity == null) {
                throw new NotFoundException("identity on " + account.platform() + " is not stored");
            }
            CustomerId previous = owners.get(account);
            if (previous == null) {
                return Optional.empty();
            }
            identities.put(account, identity.withLink(null));
            return Optional.of(detach(account, previous, actor, clock.instant()));
        });
    }

    private Customer detach(PlatformAccountId account, CustomerId owner, String actor, Instant now) {
        owners.remove(account);
        Customer c = customers.get(owner);
        Set<PlatformAccountId> ids = new TreeSet<>(c.identities());
        ids.remove(account);
        Customer stored = StoreRules.withIdentities(c, ids, now);
        customers.put(owner, stored);
        audit.append(AuditAction.IDENTITY_UNLINKED, actor, owner, identitySubject(account), Map.of());
        return stored;
    }

    @Override
    public Customer merge(CustomerId survivor, CustomerId absorbed, String actor) {
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(absorbed, "absorbed");
        Objects.requireNonNull(actor, "actor");
        if (survivor.equals(absorbed)) {
            throw new IllegalArgumentException("cannot merge customer " + survivor + " into itself");
        }
        return write(() -> {
            Customer keep = requireCustomer(survivor);
            Customer gone = requireCustomer(absorbed);
            Customer stored = StoreRules.merged(keep, gone, clock.instant());
            customers.remove(absorbed);
            customers.put(survivor, stored);
            for (PlatformAccountId account : gone.identities()) {
                owners.put(account, survivor);
                audit.append(AuditAction.IDENTITY_LINKED, actor, survivor, identitySubject(account),
                        StoreRules.linkDetails(identities.get(account).link()));
            }
            audit.append(AuditAction.CUSTOMERS_MERGED, actor, survivor, StoreRules.customerSubject(absorbed),
                    Map.of("identities_moved", Integer.toString(gone.identities().size())));
            return stored;
        });
    }

    @Override
    public Customer split(CustomerId from, Set<PlatformAccountId> accounts, CustomerId newCustomer, String actor) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(newCustomer, "newCustomer");
        Objects.requireNonNull(actor, "actor");
        Set<PlatformAccountId> moving = new TreeSet<>(accounts);
        if (moving.isEmpty()) {
            throw new IllegalArgumentException("a split must move at least one identity");
        }
        return write(() -> {
            Customer source = requireCustomer(from);
            if (!source.identities().containsAll(moving)) {
                throw new IllegalArgumentException("every identity to split off must be linked to customer " + from);
            }
            if (customers.containsKey(newCustomer)) {
                throw new AlreadyExistsException("customer " + newCustomer + " already exists");
            }
            Instant now = clock.instant();
            Set<PlatformAccountId> remaining = new TreeSet<>(source.identities());
            remaining.removeAll(moving);
            Customer rest = StoreRules.withIdentities(source, remaining, now);
            Customer created = new Customer(newCustomer, Map.of(), dev.scrm.core.Consent.none(), moving, now, now, 1);
            customers.put(from, rest);
            customers.put(newCustomer, created);
            audit.append(AuditAction.CUSTOMER_CREATED, actor, newCustomer, null, Map.of());
            for (PlatformAccountId account : moving) {
                owners.put(account, newCustomer);
                audit.append(AuditAction.IDENTITY_LINKED, actor, newCustomer, identitySubject(account),
                        StoreRules.linkDetails(identities.get(account).link()));
            }
            audit.append(AuditAction.CUSTOMER_SPLIT, actor, from, StoreRules.customerSubject(newCustomer),
                    Map.of("identities_moved", Integer.toString(moving.size())));
            return created;
        });
    }

    @Override
    public Optional<CustomerId> customerOf(PlatformAccountId account) {
        Objects.requireNonNull(account, "account");
        return read(() -> Optional.ofNullable(owners.get(account)));
    }

    @Override
    public List<SocialIdentity> identitiesOf(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return read(() -> {
            Customer c = customers.get(customer);
            if (c == null) {
                return List.of();
            }
            List<SocialIdentity> out = new ArrayList<>(c.identities().size());
            for (PlatformAccountId id : c.identities()) {
                out.add(identities.get(id));
            }
            return List.copyOf(out);
        });
    }

    @Override
    public Stream<Customer> customers() {
        return read(() -> customers.values().stream().sorted(Comparator.comparing(Customer::id)).toList()).stream();
    }

    @Override
    public Stream<SocialIdentity> identities() {
        return read(() -> identities.values().stream().sorted(Comparator.comparing(SocialIdentity::id)).toList())
                .stream();
    }

    @Override
    public long customerCount() {
        return read(() -> (long) customers.size());
    }

    // ---- interactions ----------------------------------------------------------------------------------

    @Override
    public boolean append(Interaction interaction, String actor) {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(actor, "actor");
        return write(() -> {
            if (interactions.putIfAbsent(interaction.id(), interaction) != null) {
                return false;
            }
            TimeKey key = TimeKey.of(interaction);
            byTime.put(key, interaction);
            byPlatform.computeIfAbsent(interaction.id().platform(), k -> new TreeMap<>()).put(key, interaction);
            if (interaction.author() != null) {
                byAuthor.computeIfAbsent(interaction.author(), k -> new TreeMap<>()).put(key, interaction);
            }
            CustomerId owner = interaction.author() == null ? null : owners.get(interaction.author());
            audit.append(AuditAction.INTERACTION_APPENDED, actor, owner, interactionSubject(interaction.id()),
                    Map.of("kind", interaction.kind().name(), "platform", interaction.id().platform().id()));
            return true;
        });
    }

    @Override
    public Optional<Interaction> find(InteractionId id) {
        Objects.requireNonNull(id, "id");
        return read(() -> Optional.ofNullable(interactions.get(id)));
    }

    @Override
    public List<Interaction> query(InteractionQuery query) {
        Objects.requireNonNull(query, "query");
        return read(() -> {
            List<NavigableMap<TimeKey, Interaction>> sources = new ArrayList<>();
            if (query.customer() != null) {
                Customer c = customers.get(query.customer());
                if (c == null) {
                    return List.of();
                }
                for (PlatformAccountId id : c.identities()) {
                    NavigableMap<TimeKey, Interaction> s = byAuthor.get(id);
                    if (s != null && (query.author() == null || query.author().equals(id))) {
                        sources.add(s);
                    }
                }
            } else if (query.author() != null) {
                NavigableMap<TimeKey, Interaction> s = byAuthor.get(query.author());
                if (s != null) {
                    sources.add(s);
                }
            } else if (query.platform() != null) {
                NavigableMap<TimeKey, Interaction> s = byPlatform.get(query.platform());
                if (s != null) {
                    sources.add(s);
                }
            } else {
                sources.add(byTime);
            }
            TreeMap<TimeKey, Interaction> merged = new TreeMap<>();
            for (NavigableMap<TimeKey, Interaction> s : sources) {
                for (Interaction i : range(s, query)) {
                    if (matches(i, query)) {
                        merged.put(TimeKey.of(i), i);
                        if (sources.size() == 1 && merged.size() >= query.limit()) {
                            return List.copyOf(merged.values());
                        }
                    }
                }
            }
            List<Interaction> out = new ArrayList<>(Math.min(merged.size(), query.limit()));
            for (Interaction i : merged.values()) {
                if (out.size() >= query.limit()) {
                    break;
                }
                out.add(i);
            }
            return List.copyOf(out);
        });
    }

    private static Iterable<Interaction> range(NavigableMap<TimeKey, Interaction> index, InteractionQuery q) {
        if (q.from() == null && q.to() == null) {
            return index.values();
        }
        NavigableMap<TimeKey, Interaction> view = index;
        if (q.from() != null) {
            view = view.tailMap(new TimeKey(q.from(), null), true);
        }
        if (q.to() != null) {
            view = view.headMap(new TimeKey(q.to(), null), false);
        }
        return view.values();
    }

    /** Position in time order; a key with a null id sorts before every interaction at that instant. */
    record TimeKey(Instant at, InteractionId id) implements Comparable<TimeKey> {
        static TimeKey of(Interaction i) {
            return new TimeKey(i.occurredAt(), i.id());
        }

        @Override
        public int compareTo(TimeKey o) {
            int c = at.compareTo(o.at);
            if (c != 0) {
                return c;
            }
            if (id == null) {
                return o.id == null ? 0 : -1;
            }
            return o.id == null ? 1 : id.compareTo(o.id);
        }
    }

    private static boolean matches(Interaction i, InteractionQuery q) {
        return (q.platform() == null || q.platform().equals(i.id().platform()))
                && (q.author() == null || q.author().equals(i.author()))
                && (q.kinds().isEmpty() || q.kinds().contains(i.kind()))
                && q.admits(i.occurredAt());
    }

    @Override
    public long interactionCount() {
        return read(() -> (long) interactions.size());
    }

    // ---- erasure ---------------------------------------------------------------------------------------

    @Override
    public ErasureReceipt erase(CustomerId customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        return write(() -> {
            Customer c = requireCustomer(customer);
            Set<String> subjects = new LinkedHashSet<>();
            int interactionsRemoved = 0;
            for (PlatformAccountId account : c.identities()) {
                identities.remove(account);
                owners.remove(account);
                subjects.add(identitySubject(account));
                NavigableMap<TimeKey, Interaction> authored = byAuthor.remove(account);
                if (authored != null) {
                    for (Interaction i : authored.values()) {
                        TimeKey key = TimeKey.of(i);
                        interactions.remove(i.id());
                        byTime.remove(key);
                        NavigableMap<TimeKey, Interaction> p = byPlatform.get(i.id().platform());
                        p.remove(key);
                        if (p.isEmpty()) {
                            byPlatform.remove(i.id().platform());
                        }
                        subjects.add(interactionSubject(i.id()));
                        interactionsRemoved++;
                    }
                }
            }
            customers.remove(customer);
            int redacted = audit.redact(customer, subjects);
            Instant now = clock.instant();
            ErasureReceipt receipt = new ErasureReceipt(customer, c.identities().size(), interactionsRemoved,
                    redacted, now);
            audit.append(AuditAction.CUSTOMER_ERASED, actor, customer, null, Map.of(
                    "identities_removed", Integer.toString(receipt.identitiesRemoved()),
                    "interactions_removed", Integer.toString(receipt.interactionsRemoved()),
                    "audit_events_redacted", Integer.toString(receipt.auditEventsRedacted())));
            return receipt;
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private Customer requireCustomer(CustomerId id) {
        Customer c = customers.get(id);
        if (c == null) {
            throw new NotFoundException("customer " + id + " is not stored");
        }
        return c;
    }

    private static Instant later(Instant a, Instant floor) {
        return StoreRules.later(a, floor);
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
