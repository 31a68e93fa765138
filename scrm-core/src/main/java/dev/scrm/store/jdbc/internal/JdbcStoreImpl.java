package dev.scrm.store.jdbc.internal;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.AuditLog;
import dev.scrm.store.ErasureReceipt;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.jdbc.JdbcCheckpointStore;
import dev.scrm.store.jdbc.JdbcDialect;
import dev.scrm.store.jdbc.JdbcStore;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The JDBC {@link JdbcStore}: one front over the parts that do the work ({@link JdbcCustomers},
 * {@link JdbcInteractions} with {@link InteractionIngest}, {@link JdbcErasure}, {@link JdbcAuditLogImpl},
 * {@link JdbcCheckpointStoreImpl}). Each operation is one database transaction; writers lock the audit head
 * row and hold it until they commit, so they commit one at a time like the in-memory store's write lock (also
 * across JVMs sharing the database) and every audit event is numbered without gaps in commit order. Batch
 * ingestion on PostgreSQL writes its rows before it takes the lock (see {@link InteractionIngest}). Thread-safe:
 * all state is in the database.
 */
public final class JdbcStoreImpl implements JdbcStore {

    private final Db db;
    private final JdbcCustomers customers;
    private final JdbcInteractions interactions;
    private final JdbcErasure erasure;
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
        this.customers = new JdbcCustomers(db);
        this.interactions = new JdbcInteractions(db);
        this.erasure = new JdbcErasure(db);
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

    @Override
    public Customer create(Customer customer, String actor) {
        return customers.create(customer, actor);
    }

    @Override
    public Customer update(Customer customer, String actor) {
        return customers.update(customer, actor);
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return customers.find(id);
    }

    @Override
    public SocialIdentity putIdentity(SocialIdentity identity, String actor) {
        return customers.putIdentity(identity, actor);
    }

    @Override
    public Optional<SocialIdentity> findIdentity(PlatformAccountId id) {
        return customers.findIdentity(id);
    }

    @Override
    public Customer link(PlatformAccountId account, CustomerId customer, IdentityLink link, String actor) {
        return customers.link(account, customer, link, actor);
    }

    @Override
    public Optional<Customer> unlink(PlatformAccountId account, String actor) {
        return customers.unlink(account, actor);
    }

    @Override
    public Customer merge(CustomerId survivor, CustomerId absorbed, String actor) {
        return customers.merge(survivor, absorbed, actor);
    }

    @Override
    public Customer split(CustomerId from, Set<PlatformAccountId> accounts, CustomerId newCustomer, String actor) {
        return customers.split(from, accounts, newCustomer, actor);
    }

    @Override
    public Optional<CustomerId> customerOf(PlatformAccountId account) {
        return customers.customerOf(account);
    }

    @Override
    public List<SocialIdentity> identitiesOf(CustomerId customer) {
        return customers.identitiesOf(customer);
    }

    @Override
    public Stream<Customer> customers() {
        return customers.customers();
    }

    @Override
    public Stream<SocialIdentity> identities() {
        return customers.identities();
    }

    @Override
    public long customerCount() {
        return customers.customerCount();
    }

    @Override
    public boolean append(Interaction interaction, String actor) {
        return interactions.append(interaction, actor);
    }

    @Override
    public int appendAll(Collection<Interaction> batch, String actor) {
        return interactions.appendAll(batch, actor);
    }

    @Override
    public Optional<Interaction> find(InteractionId id) {
        return interactions.find(id);
    }

    @Override
    public List<Interaction> query(InteractionQuery query) {
        return interactions.query(query);
    }

    @Override
    public Stream<Interaction> stream(InteractionQuery query) {
        return interactions.stream(query);
    }

    @Override
    public long interactionCount() {
        return interactions.interactionCount();
    }

    @Override
    public ErasureReceipt erase(CustomerId customer, String actor) {
        return erasure.erase(customer, actor);
    }
}
