package dev.scrm.store.jdbc.internal;

import dev.scrm.core.Consent;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.AlreadyExistsException;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditLog;
import dev.scrm.store.ConcurrentUpdateException;
import dev.scrm.store.ErasureReceipt;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.NotFoundException;
import dev.scrm.store.internal.StoreRules;
import dev.scrm.store.jdbc.JdbcCheckpointStore;
import dev.scrm.store.jdbc.JdbcDialect;
import dev.scrm.store.jdbc.JdbcStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The JDBC {@link JdbcStore}. Each operation is one database transaction; writers first lock the audit
 * head row, so they are serialised like the in-memory store's write lock (also across JVMs sharing the
 * database) and every audit event is numbered without gaps in commit order. Thread-safe: all state is in
 * the database.
 */
public final class JdbcStoreImpl implements JdbcStore {

    /** Interactions written per JDBC batch (and per existence probe) inside {@link #appendAll}. */
    static final int CHUNK = 500;

    private static final String INTERACTION_COLUMNS = "platform, native_id, occurred_s, occurred_n, kind,"
            + " author_platform, author_native_id, body";

    private final Db db;
    private final JdbcAuditLogImpl audit;
    private final JdbcCheckpointStoreImpl checkpoints;

    /**
     * Creates the store over an existing schema.
     *
     * @param dataSource the database
     * @param dialect its dialect
     * @param clock stamps audit events, changes and erasures
     */
    public JdbcStoreImpl(DataSource dataSource, JdbcDialect dialect, Clock clock) {
        this.db = new Db(dataSource, dialect, clock);
        this.audit = new JdbcAuditLogImpl(db);
        this.checkpoints = new JdbcCheckpointStoreImpl(db);
    }

    @Override
    public JdbcDialect dialect() {
        return db.dialect();
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public JdbcCheckpointStore checkpoints() {
        return checkpoints;
    }

    // ---- customers -------------------------------------------------------------------------------------

    @Override
    public Customer create(Customer customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        if (!customer.identities().isEmpty()) {
            throw new IllegalArgumentException("a new customer must not list identities; link them instead");
        }
        return db.write("create", tx -> {
            if (loadCustomer(tx.connection(), customer.id(), false).isPresent()) {
                throw new AlreadyExistsException("customer " + customer.id() + " already exists");
            }
            Customer stored = customer.withVersion(1);
            insertCustomer(tx.connection(), stored);
            tx.audit(AuditAction.CUSTOMER_CREATED, actor, stored.id(), null, Map.of());
            return stored;
        });
    }

    @Override
    public Customer update(Customer customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        return db.write("update", tx -> {
            Customer current = requireCustomer(tx.connection(), customer.id());
            if (current.version() != customer.version()) {
                throw new ConcurrentUpdateException(customer.id(), customer.version(), current.version());
            }
            Customer stored = new Customer(current.id(), customer.attributes(), customer.consent(),
                    current.identities(), current.createdAt(),
                    StoreRules.later(customer.updatedAt(), current.createdAt()), current.version() + 1);
            saveCustomer(tx.connection(), stored, current.version());
            Set<String> changed = StoreRules.changedAttributes(current, stored);
            if (!changed.isEmpty()) {
                tx.audit(AuditAction.CUSTOMER_UPDATED, actor, stored.id(), null,
                        Map.of("attributes", String.join(",", changed)));
            }
            if (!current.consent().equals(stored.consent())) {
                tx.audit(AuditAction.CONSENT_CHANGED, actor, stored.id(), null,
                        StoreRules.consentChanges(current.consent(), stored.consent()));
            }
            return stored;
        });
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return db.read("find", c -> loadCustomer(c, id, true));
    }

    @Override
    public SocialIdentity putIdentity(SocialIdentity identity, String actor) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(actor, "actor");
        return db.write("putIdentity", tx -> {
            Connection c = tx.connection();
            Optional<IdentityRow> before = loadIdentity(c, identity.id());
            Map<String, String> details = Map.of("platform", identity.id().platform().id());
            if (before.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO scrm_identity (platform, native_id,"
                        + " customer_id, body) VALUES (?, ?, NULL, ?)")) {
                    ps.setString(1, identity.id().platform().id());
                    ps.setString(2, identity.id().nativeId());
                    ps.setString(3, Rows.write(identity));
                    ps.executeUpdate();
                }
                tx.audit(AuditAction.IDENTITY_ADDED, actor, null, StoreRules.identitySubject(identity.id()), details);
            } else if (!before.get().identity().equals(identity)) {
                writeIdentityBody(c, identity);
                tx.audit(AuditAction.IDENTITY_UPDATED, actor, before.get().owner(),
                        StoreRules.identitySubject(identity.id()), details);
            }
            return identity;
        });
    }

    @Override
    public Optional<SocialIdentity> findIdentity(PlatformAccountId id) {
        Objects.requireNonNull(id, "id");
        return db.read("findIdentity", c -> loadIdentity(c, id).map(IdentityRow::identity));
    }

    @Override
    public Customer link(PlatformAccountId account, CustomerId customer, IdentityLink link, String actor) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(actor, "actor");
        return db.write("link", tx -> {
            Connection c = tx.connection();
            IdentityRow row = requireIdentity(c, account);
            Customer target = requireCustomer(c, customer);
            Instant now = tx.now();
            if (row.owner() != null && !row.owner().equals(customer)) {
                detach(tx, account, row.owner(), actor, now);
            }
            setIdentity(c, row.identity().withLink(link), customer);
            Set<PlatformAccountId> ids = new TreeSet<>(target.identities());
            ids.add(account);
            Customer stored = new Customer(target.id(), target.attributes(), target.consent(), ids,
                    target.createdAt(), StoreRules.later(now, target.createdAt()), target.version() + 1);
            saveCustomer(c, stored, target.version());
            tx.audit(AuditAction.IDENTITY_LINKED, actor, customer, StoreRules.identitySubject(account),
                    StoreRules.linkDetails(link));
            return stored;
        });
    }

    @Override
    public Optional<Customer> unlink(PlatformAccountId account, String actor) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(actor, "actor");
        return db.write("unlink", tx -> {
            IdentityRow row = requireIdentity(tx.connection(), account);
            if (row.owner() == null) {
                return Optional.<Customer>empty();
            }
            setIdentity(tx.connection(), row.identity().withLink(null), null);
            return Optional.of(detach(tx, account, row.owner(), actor, tx.now()));
        });
    }

    private Customer detach(WriteTx tx, PlatformAccountId account, CustomerId owner, String actor, Instant now)
            throws SQLException {
        Connection c = tx.connection();
        setOwner(c, account, null);
        Customer before = requireCustomer(c, owner);
        Customer stored = new Customer(before.id(), before.attributes(), before.consent(), before.identities(),
                before.createdAt(), StoreRules.later(now, before.createdAt()), before.version() + 1);
        saveCustomer(c, stored, before.version());
        tx.audit(AuditAction.IDENTITY_UNLINKED, actor, owner, StoreRules.identitySubject(account), Map.of());
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
        return db.write("merge", tx -> {
            Connection c = tx.connection();
            Customer keep = requireCustomer(c, survivor);
            Customer gone = requireCustomer(c, absorbed);
            Customer stored = StoreRules.merged(keep, gone, tx.now());
            List<SocialIdentity> moving = identitiesOf(c, absorbed);
            for (SocialIdentity identity : moving) {
                setOwner(c, identity.id(), survivor);
            }
            deleteCustomer(c, absorbed);
            saveCustomer(c, stored, keep.version());
            for (SocialIdentity identity : moving) {
                tx.audit(AuditAction.IDENTITY_LINKED, actor, survivor, StoreRules.identitySubject(identity.id()),
                        StoreRules.linkDetails(identity.link()));
            }
            tx.audit(AuditAction.CUSTOMERS_MERGED, actor, survivor, StoreRules.customerSubject(absorbed),
                    Map.of("identities_moved", Integer.toString(moving.size())));
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
        return db.write("split", tx -> {
            Connection c = tx.connection();
            Customer source = requireCustomer(c, from);
            if (!source.identities().containsAll(moving)) {
                throw new IllegalArgumentException("every identity to split off must be linked to customer " + from);
            }
            if (loadCustomer(c, newCustomer, false).isPresent()) {
                throw new AlreadyExistsException("customer " + newCustomer + " already exists");
            }
            Instant now = tx.now();
            Set<PlatformAccountId> remaining = new TreeSet<>(source.identities());
            remaining.removeAll(moving);
            Customer rest = new Customer(source.id(), source.attributes(), source.consent(), remaining,
                    source.createdAt(), StoreRules.later(now, source.createdAt()), source.version() + 1);
            Customer created = new Customer(newCustomer, Map.of(), Consent.none(), moving, now, now, 1);
            insertCustomer(c, created);
            saveCustomer(c, rest, source.version());
            tx.audit(AuditAction.CUSTOMER_CREATED, actor, newCustomer, null, Map.of());
            for (PlatformAccountId account : moving) {
                IdentityRow row = requireIdentity(c, account);
                setOwner(c, account, newCustomer);
                tx.audit(AuditAction.IDENTITY_LINKED, actor, newCustomer, StoreRules.identitySubject(account),
                        StoreRules.linkDetails(row.identity().link()));
            }
            tx.audit(AuditAction.CUSTOMER_SPLIT, actor, from, StoreRules.customerSubject(newCustomer),
                    Map.of("identities_moved", Integer.toString(moving.size())));
            return created;
        });
    }

    @Override
    public Optional<CustomerId> customerOf(PlatformAccountId account) {
        Objects.requireNonNull(account, "account");
        return db.read("customerOf", c -> loadIdentityOwner(c, account));
    }

    @Override
    public List<SocialIdentity> identitiesOf(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return db.read("identitiesOf", c -> identitiesOf(c, customer));
    }

    @Override
    public Stream<Customer> customers() {
        String sql = "SELECT c.id, c.version, c.body, i.platform, i.native_id FROM scrm_customer c"
                + " LEFT JOIN scrm_identity i ON i.customer_id = c.id ORDER BY c.id, i.platform, i.native_id";
        return Cursor.open(db, "customers", sql, ps -> { }, (rs, cursor) -> {
            String id = rs.getString(1);
            long version = rs.getLong(2);
            String body = rs.getString(3);
            Set<PlatformAccountId> ids = new TreeSet<>();
            while (true) {
                String platform = rs.getString(4);
                if (platform != null) {
                    ids.add(PlatformAccountId.of(platform, rs.getString(5)));
                }
                if (!rs.next()) {
                    cursor.exhausted();
                    break;
                }
                if (!rs.getString(1).equals(id)) {
                    cursor.rowPending();
                    break;
                }
            }
            return Rows.readCustomer(body, version, ids);
        });
    }

    @Override
    public Stream<SocialIdentity> identities() {
        return Cursor.open(db, "identities", "SELECT body FROM scrm_identity ORDER BY platform, native_id",
                ps -> { }, (rs, cursor) -> Rows.readIdentity(rs.getString(1)));
    }

    @Override
    public long customerCount() {
        return db.read("customerCount", c -> count(c, "SELECT COUNT(*) FROM scrm_customer"));
    }

    // ---- interactions ----------------------------------------------------------------------------------

    @Override
    public boolean append(Interaction interaction, String actor) {
        Objects.requireNonNull(interaction, "interaction");
        return appendAll(List.of(interaction), actor) == 1;
    }

    @Override
    public int appendAll(Collection<Interaction> interactions, String actor) {
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(actor, "actor");
        // first occurrence of each id wins, as if appended one by one
        LinkedHashMap<InteractionId, Interaction> unique = new LinkedHashMap<>();
        for (Interaction i : interactions) {
            unique.putIfAbsent(Objects.requireNonNull(i, "interaction").id(), i);
        }
        if (unique.isEmpty()) {
            return 0;
        }
        List<Interaction> all = new ArrayList<>(unique.values());
        return db.write("appendAll", tx -> {
            int stored = 0;
            for (int from = 0; from < all.size(); from += CHUNK) {
                stored += appendChunk(tx, all.subList(from, Math.min(all.size(), from + CHUNK)), actor);
            }
            return stored;
        });
    }

    private int appendChunk(WriteTx tx, List<Interaction> chunk, String actor) throws SQLException {
        Connection c = tx.connection();
        Set<InteractionId> existing = existingInteractions(c, chunk);
        List<Interaction> fresh = new ArrayList<>(chunk.size());
        for (Interaction i : chunk) {
            if (!existing.contains(i.id())) {
                fresh.add(i);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<PlatformAccountId, CustomerId> owners = owners(c, fresh);
        if (!(db.dialect() == JdbcDialect.POSTGRESQL && copyInteractions(c, fresh))) {
            insertInteractions(c, fresh);
        }
        for (Interaction i : fresh) {
            CustomerId owner = i.author() == null ? null : owners.get(i.author());
            tx.audit(AuditAction.INTERACTION_APPENDED, actor, owner, StoreRules.interactionSubject(i.id()),
                    Map.of("kind", i.kind().name(), "platform", i.id().platform().id()));
        }
        tx.flush();
        return fresh.size();
    }

    /** Writes new rows with COPY; false when COPY is not available on this connection. */
    private static boolean copyInteractions(Connection c, List<Interaction> fresh) throws SQLException {
        StringBuilder rows = new StringBuilder(fresh.size() * 700);
        for (Interaction i : fresh) {
            PgCopy.field(rows, i.id().platform().id(), false);
            PgCopy.field(rows, i.id().nativeId(), false);
            PgCopy.field(rows, i.occurredAt().getEpochSecond(), false);
            PgCopy.field(rows, i.occurredAt().getNano(), false);
            PgCopy.field(rows, i.kind().name(), false);
            PgCopy.field(rows, i.author() == null ? null : i.author().platform().id(), false);
            PgCopy.field(rows, i.author() == null ? null : i.author().nativeId(), false);
            PgCopy.field(rows, Rows.write(i), true);
        }
        return PgCopy.copyIn(c, "COPY scrm_interaction (" + INTERACTION_COLUMNS + ") FROM STDIN",
                new java.io.StringReader(rows.toString())).isPresent();
    }

    /** Writes new rows with one multi-row INSERT. */
    private static void insertInteractions(Connection c, List<Interaction> fresh) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                Dialects.multiRowInsert("scrm_interaction", INTERACTION_COLUMNS, 8, fresh.size()))) {
            int p = 1;
            for (Interaction i : fresh) {
                ps.setString(p++, i.id().platform().id());
                ps.setString(p++, i.id().nativeId());
                ps.setLong(p++, i.occurredAt().getEpochSecond());
                ps.setInt(p++, i.occurredAt().getNano());
                ps.setString(p++, i.kind().name());
                if (i.author() == null) {
                    ps.setNull(p++, Types.VARCHAR);
                    ps.setNull(p++, Types.VARCHAR);
                } else {
                    ps.setString(p++, i.author().platform().id());
                    ps.setString(p++, i.author().nativeId());
                }
                ps.setString(p++, Rows.write(i));
            }
            ps.executeUpdate();
        }
    }

    private Set<InteractionId> existingInteractions(Connection c, List<Interaction> chunk) throws SQLException {
        String[] platforms = new String[chunk.size()];
        String[] nativeIds = new String[chunk.size()];
        for (int k = 0; k < chunk.size(); k++) {
            platforms[k] = chunk.get(k).id().platform().id();
            nativeIds[k] = chunk.get(k).id().nativeId();
        }
        Set<InteractionId> found = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT x.platform, x.native_id FROM "
                + Dialects.pairTable(db.dialect()) + " JOIN scrm_interaction x ON x.platform = k.p"
                + " AND x.native_id = k.n")) {
            Dialects.bindPairs(c, ps, 1, platforms, nativeIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(InteractionId.of(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return found;
    }

    private Map<PlatformAccountId, CustomerId> owners(Connection c, List<Interaction> fresh) throws SQLException {
        Set<PlatformAccountId> authors = new java.util.HashSet<>();
        for (Interaction i : fresh) {
            if (i.author() != null) {
                authors.add(i.author());
            }
        }
        Map<PlatformAccountId, CustomerId> owners = new HashMap<>();
        if (authors.isEmpty()) {
            return owners;
        }
        String[] platforms = new String[authors.size()];
        String[] nativeIds = new String[authors.size()];
        int k = 0;
        for (PlatformAccountId a : authors) {
            platforms[k] = a.platform().id();
            nativeIds[k++] = a.nativeId();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT i.platform, i.native_id, i.customer_id FROM "
                + Dialects.pairTable(db.dialect()) + " JOIN scrm_identity i ON i.platform = k.p AND i.native_id = k.n"
                + " WHERE i.customer_id IS NOT NULL")) {
            Dialects.bindPairs(c, ps, 1, platforms, nativeIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    owners.put(PlatformAccountId.of(rs.getString(1), rs.getString(2)), CustomerId.of(rs.getString(3)));
                }
            }
        }
        return owners;
    }

    @Override
    public Optional<Interaction> find(InteractionId id) {
        Objects.requireNonNull(id, "id");
        return db.read("findInteraction", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT body FROM scrm_interaction WHERE platform = ? AND native_id = ?")) {
                ps.setString(1, id.platform().id());
                ps.setString(2, id.nativeId());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Rows.readInteraction(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Interaction> query(InteractionQuery query) {
        Objects.requireNonNull(query, "query");
        try (Stream<Interaction> s = stream(query)) {
            return s.collect(Collectors.toUnmodifiableList());
        }
    }

    @Override
    public Stream<Interaction> stream(InteractionQuery query) {
        Objects.requireNonNull(query, "query");
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT x.body FROM scrm_interaction x");
        List<String> where = new ArrayList<>();
        if (query.customer() != null) {
            sql.append(" JOIN scrm_identity i ON i.platform = x.author_platform AND i.native_id = x.author_native_id");
            where.add("i.customer_id = ?");
            params.add(query.customer().value());
        }
        if (query.author() != null) {
            where.add("x.author_platform = ? AND x.author_native_id = ?");
            params.add(query.author().platform().id());
            params.add(query.author().nativeId());
        }
        if (query.platform() != null) {
            where.add("x.platform = ?");
            params.add(query.platform().id());
        }
        if (!query.kinds().isEmpty()) {
            where.add("x.kind IN (" + String.join(", ", java.util.Collections.nCopies(query.kinds().size(), "?"))
                    + ")");
            query.kinds().forEach(k -> params.add(k.name()));
        }
        if (query.from() != null) {
            where.add("(x.occurred_s > ? OR (x.occurred_s = ? AND x.occurred_n >= ?))");
            params.add(query.from().getEpochSecond());
            params.add(query.from().getEpochSecond());
            params.add(query.from().getNano());
        }
        if (query.to() != null) {
            where.add("(x.occurred_s < ? OR (x.occurred_s = ? AND x.occurred_n < ?))");
            params.add(query.to().getEpochSecond());
            params.add(query.to().getEpochSecond());
            params.add(query.to().getNano());
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY x.occurred_s, x.occurred_n, x.platform, x.native_id");
        if (query.limit() != InteractionQuery.MAX_LIMIT) {
            sql.append(" FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
        }
        return Cursor.open(db, "query", sql.toString(), ps -> {
            for (int k = 0; k < params.size(); k++) {
                Object v = params.get(k);
                if (v instanceof Long l) {
                    ps.setLong(k + 1, l);
                } else if (v instanceof Integer n) {
                    ps.setInt(k + 1, n);
                } else {
                    ps.setString(k + 1, (String) v);
                }
            }
        }, (rs, cursor) -> Rows.readInteraction(rs.getString(1)));
    }

    @Override
    public long interactionCount() {
        return db.read("interactionCount", c -> count(c, "SELECT COUNT(*) FROM scrm_interaction"));
    }

    // ---- erasure ---------------------------------------------------------------------------------------

    @Override
    public ErasureReceipt erase(CustomerId customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        return db.write("erase", tx -> {
            Connection c = tx.connection();
            Customer erased = requireCustomer(c, customer);
            List<String> subjects = new ArrayList<>();
            for (PlatformAccountId account : erased.identities()) {
                subjects.add(StoreRules.identitySubject(account));
                try (PreparedStatement ps = c.prepareStatement("SELECT platform, native_id FROM scrm_interaction"
                        + " WHERE author_platform = ? AND author_native_id = ?")) {
                    ps.setString(1, account.platform().id());
                    ps.setString(2, account.nativeId());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            subjects.add(StoreRules.interactionSubject(
                                    InteractionId.of(rs.getString(1), rs.getString(2))));
                        }
                    }
                }
            }
            int interactionsRemoved = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM scrm_interaction WHERE author_platform = ? AND author_native_id = ?")) {
                for (PlatformAccountId account : erased.identities()) {
                    ps.setString(1, account.platform().id());
                    ps.setString(2, account.nativeId());
                    interactionsRemoved += ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scrm_identity WHERE customer_id = ?")) {
                ps.setString(1, customer.value());
                ps.executeUpdate();
            }
            deleteCustomer(c, customer);
            int redacted = JdbcAuditLogImpl.redact(tx, customer, subjects);
            ErasureReceipt receipt = new ErasureReceipt(customer, erased.identities().size(), interactionsRemoved,
                    redacted, tx.now());
            tx.audit(AuditAction.CUSTOMER_ERASED, actor, customer, null, Map.of(
                    "identities_removed", Integer.toString(receipt.identitiesRemoved()),
                    "interactions_removed", Integer.toString(receipt.interactionsRemoved()),
                    "audit_events_redacted", Integer.toString(receipt.auditEventsRedacted())));
            return receipt;
        });
    }

    // ---- rows ------------------------------------------------------------------------------------------

    /** An identity as stored, with the customer it is linked to. */
    private record IdentityRow(SocialIdentity identity, CustomerId owner) {
    }

    private static Optional<Customer> loadCustomer(Connection c, CustomerId id, boolean withIdentities)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, body FROM scrm_customer WHERE id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long version = rs.getLong(1);
                String body = rs.getString(2);
                Set<PlatformAccountId> ids = withIdentities ? identityIdsOf(c, id) : Set.of();
                return Optional.of(Rows.readCustomer(body, version, ids));
            }
        }
    }

    private static Customer requireCustomer(Connection c, CustomerId id) throws SQLException {
        return loadCustomer(c, id, true).orElseThrow(() -> new NotFoundException("customer " + id + " is not stored"));
    }

    private static Set<PlatformAccountId> identityIdsOf(Connection c, CustomerId id) throws SQLException {
        Set<PlatformAccountId> ids = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT platform, native_id FROM scrm_identity WHERE customer_id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(PlatformAccountId.of(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return ids;
    }

    private static List<SocialIdentity> identitiesOf(Connection c, CustomerId id) throws SQLException {
        List<SocialIdentity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT body FROM scrm_identity WHERE customer_id = ? ORDER BY platform, native_id")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Rows.readIdentity(rs.getString(1)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static void insertCustomer(Connection c, Customer customer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scrm_customer (id, version, body) VALUES (?, ?, ?)")) {
            ps.setString(1, customer.id().value());
            ps.setLong(2, customer.version());
            ps.setString(3, Rows.writeCustomer(customer));
            ps.executeUpdate();
        }
    }

    /** Writes a new state; the version guard is belt and braces, as writers hold the writer lock. */
    private static void saveCustomer(Connection c, Customer customer, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scrm_customer SET version = ?, body = ? WHERE id = ? AND version = ?")) {
            ps.setLong(1, customer.version());
            ps.setString(2, Rows.writeCustomer(customer));
            ps.setString(3, customer.id().value());
            ps.setLong(4, expectedVersion);
            if (ps.executeUpdate() != 1) {
                throw new ConcurrentUpdateException(customer.id(), expectedVersion, -1);
            }
        }
    }

    private static void deleteCustomer(Connection c, CustomerId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM scrm_customer WHERE id = ?")) {
            ps.setString(1, id.value());
            ps.executeUpdate();
        }
    }

    private static Optional<IdentityRow> loadIdentity(Connection c, PlatformAccountId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT body, customer_id FROM scrm_identity WHERE platform = ? AND native_id = ?")) {
            ps.setString(1, id.platform().id());
            ps.setString(2, id.nativeId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String owner = rs.getString(2);
                return Optional.of(new IdentityRow(Rows.readIdentity(rs.getString(1)),
                        owner == null ? null : CustomerId.of(owner)));
            }
        }
    }

    private static Optional<CustomerId> loadIdentityOwner(Connection c, PlatformAccountId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT customer_id FROM scrm_identity WHERE platform = ? AND native_id = ?")) {
            ps.setString(1, id.platform().id());
            ps.setString(2, id.nativeId());
            try (ResultSet rs = ps.executeQuery()) {
                String owner = rs.next() ? rs.getString(1) : null;
                return owner == null ? Optional.empty() : Optional.of(CustomerId.of(owner));
            }
        }
    }

    private static IdentityRow requireIdentity(Connection c, PlatformAccountId id) throws SQLException {
        return loadIdentity(c, id).orElseThrow(
                () -> new NotFoundException("identity on " + id.platform() + " is not stored"));
    }

    private static void writeIdentityBody(Connection c, SocialIdentity identity) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scrm_identity SET body = ? WHERE platform = ? AND native_id = ?")) {
            ps.setString(1, Rows.write(identity));
            ps.setString(2, identity.id().platform().id());
            ps.setString(3, identity.id().nativeId());
            ps.executeUpdate();
        }
    }

    private static void setIdentity(Connection c, SocialIdentity identity, CustomerId owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scrm_identity SET body = ?, customer_id = ? WHERE platform = ? AND native_id = ?")) {
            ps.setString(1, Rows.write(identity));
            if (owner == null) {
                ps.setNull(2, Types.VARCHAR);
            } else {
                ps.setString(2, owner.value());
            }
            ps.setString(3, identity.id().platform().id());
            ps.setString(4, identity.id().nativeId());
            ps.executeUpdate();
        }
    }

    private static void setOwner(Connection c, PlatformAccountId id, CustomerId owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scrm_identity SET customer_id = ? WHERE platform = ? AND native_id = ?")) {
            if (owner == null) {
                ps.setNull(1, Types.VARCHAR);
            } else {
                ps.setString(1, owner.value());
            }
            ps.setString(2, id.platform().id());
            ps.setString(3, id.nativeId());
            ps.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
