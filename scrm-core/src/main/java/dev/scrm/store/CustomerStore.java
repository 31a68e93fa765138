package dev.scrm.store;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Customers (golden records) and the social identities linked to them.
 *
 * <p>Every mutation appends an {@link AuditEvent} to the store's {@link AuditLog}, stamped with the store's
 * clock and the given actor. Customers carry a version: {@link #update(Customer, String)} succeeds only
 * from the stored version, so a concurrent change is never lost. Identity-to-customer links are kept
 * consistent in both directions ({@link Customer#identities()} and {@link #customerOf(PlatformAccountId)}).
 * Implementations are thread-safe.
 */
public interface CustomerStore {

    /**
     * Stores a new customer.
     *
     * @param customer the customer; its version is ignored and stored as 1; its identities must be empty
     *     (link them with {@link #link(PlatformAccountId, CustomerId, IdentityLink, String)})
     * @param actor who creates it
     * @return the stored customer, version 1
     * @throws AlreadyExistsException if a customer with that id is stored
     * @throws IllegalArgumentException if the customer lists identities
     */
    Customer create(Customer customer, String actor);

    /**
     * Replaces a customer's attributes and consent (its identities are managed by {@code link}/{@code unlink}).
     *
     * @param customer the new state, carrying the version it was read at
     * @param actor who changes it
     * @return the stored customer with its version incremented
     * @throws NotFoundException if the customer is not stored
     * @throws ConcurrentUpdateException if the stored version differs from {@code customer.version()}
     */
    Customer update(Customer customer, String actor);

    /**
     * The customer with this id.
     *
     * @param id the id
     * @return the customer, or empty when not stored
     */
    Optional<Customer> find(CustomerId id);

    /**
     * Stores or replaces a social identity. An identity that is linked keeps its customer.
     *
     * @param identity the identity
     * @param actor who stores it
     * @return the stored identity
     */
    SocialIdentity putIdentity(SocialIdentity identity, String actor);

    /**
     * The identity with this id.
     *
     * @param id the account id
     * @return the identity, or empty when not stored
     */
    Optional<SocialIdentity> findIdentity(PlatformAccountId id);

    /**
     * Links a stored identity to a customer, moving it from the customer it was linked to before (if any).
     *
     * @param account the identity
     * @param customer the customer
     * @param link how and with what confidence the link was made
     * @param actor who links it
     * @return the customer after the change
     * @throws NotFoundException if the identity or the customer is not stored
     */
    Customer link(PlatformAccountId account, CustomerId customer, IdentityLink link, String actor);

    /**
     * Unlinks an identity from its customer; the identity stays stored.
     *
     * @param account the identity
     * @param actor who unlinks it
     * @return the customer it was linked to, after the change, or empty when it was not linked
     * @throws NotFoundException if the identity is not stored
     */
    Optional<Customer> unlink(PlatformAccountId account, String actor);

    /**
     * Merges one customer into another in one atomic step: every identity of {@code absorbed} is linked to
     * {@code survivor}, the survivor keeps its attributes and gains those it lacked, per consent purpose the
     * more recent decision wins (the survivor's on a tie), and the absorbed customer record is removed. Writes
     * one {@link AuditAction#IDENTITY_LINKED} event per moved identity and one
     * {@link AuditAction#CUSTOMERS_MERGED} event (customer: the survivor, subject {@code customer:<absorbed>},
     * details: {@code identities_moved}). Either all of it happens or, on a failure, none of it.
     *
     * @param survivor the customer that stays
     * @param absorbed the customer merged into it and removed
     * @param actor who merges them
     * @return the survivor after the merge, its version incremented
     * @throws NotFoundException if either customer is not stored
     * @throws IllegalArgumentException if both ids are the same
     */
    Customer merge(CustomerId survivor, CustomerId absorbed, String actor);

    /**
     * Splits identities off a customer into a new customer in one atomic step (an agent's unmerge, withdrawn
     * consent, new evidence). The new customer starts with no attributes and no consent decisions; the
     * identities keep their link metadata. Writes {@link AuditAction#CUSTOMER_CREATED} for the new customer,
     * one {@link AuditAction#IDENTITY_LINKED} event per moved identity and one
     * {@link AuditAction#CUSTOMER_SPLIT} event (customer: {@code from}, subject {@code customer:<new id>},
     * details: {@code identities_moved}). Either all of it happens or, on a failure, none of it.
     *
     * @param from the customer to split
     * @param accounts the identities to move, all linked to {@code from}, at least one
     * @param newCustomer the id of the new customer
     * @param actor who splits them
     * @return the new customer, version 1
     * @throws NotFoundException if {@code from} is not stored
     * @throws AlreadyExistsException if a customer with the new id is stored
     * @throws IllegalArgumentException if {@code accounts} is empty or holds an identity not linked to
     *     {@code from}
     */
    Customer split(CustomerId from, Set<PlatformAccountId> accounts, CustomerId newCustomer, String actor);

    /**
     * The customer an identity is linked to.
     *
     * @param account the identity
     * @return the customer's id, or empty when unlinked or unknown
     */
    Optional<CustomerId> customerOf(PlatformAccountId account);

    /**
     * The identities linked to a customer, sorted by id.
     *
     * @param customer the customer
     * @return the identities, empty when none or the customer is unknown
     */
    List<SocialIdentity> identitiesOf(CustomerId customer);

    /**
     * A consistent snapshot of all customers, sorted by id. The stream holds no lock.
     *
     * @return the customers
     */
    Stream<Customer> customers();

    /**
     * A consistent snapshot of all stored identities, sorted by id. The stream holds no lock.
     *
     * @return the identities
     */
    Stream<SocialIdentity> identities();

    /**
     * How many customers are stored.
     *
     * @return the count
     */
    long customerCount();
}
