package dev.scrm.store;

import dev.scrm.core.CustomerId;
import dev.scrm.store.internal.InMemoryStore;
import java.time.Clock;

/**
 * All of scrm's state about people in one place: customers, identities, interactions and the audit log,
 * with erasure across all of them.
 *
 * <p>{@link #inMemory(Clock)} gives the thread-safe default for tests and small uses; durable
 * implementations behind the same interface keep the same semantics. Implementations are thread-safe.
 */
public interface ScrmStore extends CustomerStore, InteractionStore {

    /**
     * The audit log this store writes to.
     *
     * @return the log
     */
    AuditLog audit();

    /**
     * Erases a customer (right to be forgotten): removes the customer record, every identity linked to it,
     * every interaction authored through those identities and every index entry about them, redacts the
     * audit events about them, and appends one non-personal {@link AuditAction#CUSTOMER_ERASED} tombstone
     * holding only the customer id, counts and the actor.
     *
     * @param customer the customer
     * @param actor who requested the erasure
     * @return what was removed
     * @throws NotFoundException if the customer is not stored
     */
    ErasureReceipt erase(CustomerId customer, String actor);

    /**
     * A new, empty, thread-safe in-memory store with its own in-memory audit log.
     *
     * @param clock the clock that stamps audit events and erasures
     * @return the store
     */
    static ScrmStore inMemory(Clock clock) {
        return new InMemoryStore(clock, AuditLog.inMemory(clock));
    }
}
