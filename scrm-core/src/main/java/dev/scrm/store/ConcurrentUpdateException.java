package dev.scrm.store;

import dev.scrm.core.CustomerId;
import dev.scrm.core.ScrmException;
import java.util.Objects;

/**
 * An update was based on a version of a customer that is no longer the stored one: someone else wrote
 * first. Read the customer again, re-apply the change and retry; nothing was written.
 */
public final class ConcurrentUpdateException extends ScrmException {

    private static final long serialVersionUID = 1L;

    private final transient CustomerId customer;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param customer the customer
     * @param expectedVersion the version the update was based on
     * @param actualVersion the stored version
     */
    public ConcurrentUpdateException(CustomerId customer, long expectedVersion, long actualVersion) {
        super("customer " + Objects.requireNonNull(customer, "customer") + " was updated concurrently: update based on"
                + " version " + expectedVersion + " but version " + actualVersion + " is stored");
        this.customer = customer;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * The customer.
     *
     * @return the customer id
     */
    public CustomerId customer() {
        return customer;
    }

    /**
     * The version the rejected update was based on.
     *
     * @return the version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version stored when the update was rejected.
     *
     * @return the version
     */
    public long actualVersion() {
        return actualVersion;
    }
}
