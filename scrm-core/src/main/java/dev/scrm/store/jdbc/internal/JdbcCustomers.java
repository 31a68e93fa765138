package dev.scrm.store.jdbc.internal;

import dev.scrm.core.Consent;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.AlreadyExistsException;
import dev.scrm.store.AuditAction;
import dev.scrm.store.CustomerStore;
import dev.scrm.store.internal.StoreRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The JDBC {@link CustomerStore}: customers and identities in {@code scrm_customer} and {@code scrm_identity}.
 * Each operation is one transaction that holds the writer lock (see {@link Db#write}), so a merge or split
 * and its audit events commit together or not at all. Thread-safe: all state is in the database.
 */
final class JdbcCustomers implements CustomerStore {

    private final Db db;

    JdbcCustomers(Db db) {
        this.db = db;
    }

    @Override
    public Customer create(Customer customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        if (!customer.identities().isEmpty()) {
            throw new IllegalArgumentException("a new customer must not list identities; link them instead");
        }
        return db.write("create", tx -> {
            if (CustomerRows.loadCustomer(tx.connection(), customer.id(), false).isPresent()) {
                throw new AlreadyExistsException("customer " + customer.id() + " already exists");
            }
            Customer stored = customer.withVersion(1);
            CustomerRows.insertCustomer(tx.connection(), stored);
            tx.audit(AuditAction.CUSTOMER_CREATED, actor, stored.id(), null, Map.of());
            return stored;
        });
    }

    @Override
    public Customer update(Customer customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        return db.write("update", tx -> {
            Customer current = CustomerRows.requireCustomer(tx.connection(), customer.id());
            Customer stored = StoreRules.updated(current, customer);
            CustomerRows.saveCustomer(tx.connection(), stored, current.version());
            for (StoreRules.Change e : StoreRules.updateEvents(current, stored)) {
                tx.audit(e.action(), actor, stored.id(), null, e.details());
            }
            return stored;
        });
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return db.read("find", c -> CustomerRows.loadCustomer(c, id, true));
    }

    @Override
    public SocialIdentity putIdentity(SocialIdentity identity, String actor) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(actor, "actor");
        return db.write("putIdentity", tx -> {
            Connection c = tx.connection();
            Optional<CustomerRows.IdentityRow> before = CustomerRows.loadIdentity(c, identity.id());
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
                CustomerRows.writeIdentityBody(c, identity);
                tx.audit(AuditAction.IDENTITY_UPDATED, actor, before.get().owner(),
                        StoreRules.identitySubject(identity.id()), details);
            }
            return identity;
        });
    }

    @Override
    public Optional<SocialIdentity> findIdentity(PlatformAccountId id) {
        Objects.requireNonNull(id, "id");
        return db.read("findIdentity", c -> CustomerRows.loadIdentity(c, id).map(CustomerRows.IdentityRow::identity));
    }

    @Override
    public Customer link(PlatformAccountId account, CustomerId customer, IdentityLink link, String actor) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(actor, "actor");
        return db.write("link", tx -> {
            Connection c = tx.connection();
            CustomerRows.IdentityRow row = CustomerRows.requireIdentity(c, account);
            Customer target = CustomerRows.requireCustomer(c, customer);
            Instant now = tx.now();
            if (row.owner() != null && !row.owner().equals(customer)) {
                detach(tx, account, row.owner(), actor, now);
            }
            CustomerRows.setIdentity(c, row.identity().withLink(link), customer);
            Set<PlatformAccountId> ids = new TreeSet<>(target.identities());
            ids.add(account);
            Customer stored = StoreRules.withIdentities(target, ids, now);
            CustomerRows.saveCustomer(c, stored, target.version());
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
            CustomerRows.IdentityRow row = CustomerRows.requireIdentity(tx.connection(), account);
            if (row.owner() == null) {
                return Optional.<Customer>empty();
            }
            CustomerRows.setIdentity(tx.connection(), row.identity().withLink(null), null);
            return Optional.of(detach(tx, account, row.owner(), actor, tx.now()));
        });
    }

    private Customer detach(WriteTx tx, PlatformAccountId account, CustomerId owner, String actor, Instant now)
            throws SQLException {
        Connection c = tx.connection();
        CustomerRows.setOwner(c, account, null);
        Customer before = CustomerRows.requireCustomer(c, owner);
        Customer stored = StoreRules.withIdentities(before, before.identities(), now);
        CustomerRows.saveCustomer(c, stored, before.version());
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
            Customer keep = CustomerRows.requireCustomer(c, survivor);
            Customer gone = CustomerRows.requireCustomer(c, absorbed);
            Customer stored = StoreRules.merged(keep, gone, tx.now());
            List<SocialIdentity> moving = CustomerRows.identitiesOf(c, absorbed);
            for (SocialIdentity identity : moving) {
                CustomerRows.setOwner(c, identity.id(), survivor);
            }
            CustomerRows.deleteCustomer(c, absorbed);
            CustomerRows.saveCustomer(c, stored, keep.version());
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
            Customer source = CustomerRows.requireCustomer(c, from);
            if (!source.identities().containsAll(moving)) {
                throw new IllegalArgumentException("every identity to split off must be linked to customer " + from);
            }
            if (CustomerRows.loadCustomer(c, newCustomer, false).isPresent()) {
                throw new AlreadyExistsException("customer " + newCustomer + " already exists");
            }
            Instant now = tx.now();
            Set<PlatformAccountId> remaining = new TreeSet<>(source.identities());
            remaining.removeAll(moving);
            Customer rest = StoreRules.withIdentities(source, remaining, now);
            Customer created = new Customer(newCustomer, Map.of(), Consent.none(), moving, now, now, 1);
            CustomerRows.insertCustomer(c, created);
            CustomerRows.saveCustomer(c, rest, source.version());
            tx.audit(AuditAction.CUSTOMER_CREATED, actor, newCustomer, null, Map.of());
            for (PlatformAccountId account : moving) {
                CustomerRows.IdentityRow row = CustomerRows.requireIdentity(c, account);
                CustomerRows.setOwner(c, account, newCustomer);
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
        return db.read("customerOf", c -> CustomerRows.loadIdentityOwner(c, account));
    }

    @Override
    public List<SocialIdentity> identitiesOf(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return db.read("identitiesOf", c -> CustomerRows.identitiesOf(c, customer));
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
        return db.read("customerCount", c -> CustomerRows.count(c, "SELECT COUNT(*) FROM scrm_customer"));
    }
}
