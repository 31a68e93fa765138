package dev.scrm.store;

import dev.scrm.core.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an erasure removed: counts only, no personal data.
 *
 * @param customer the erased customer's id (now an orphan key that maps to nothing)
 * @param identitiesRemoved how many social identities were removed
 * @param interactionsRemoved how many interactions were removed
 * @param auditEventsRedacted how many audit events were redacted
 * @param erasedAt when the erasure happened
 */
public record ErasureReceipt(CustomerId customer, int identitiesRemoved, int interactionsRemoved,
        int auditEventsRedacted, Instant erasedAt) {

    /**
     * Validates the receipt.
     *
     * @throws NullPointerException if the id or time is null
     * @throws IllegalArgumentException if a count is negative
     */
    public ErasureReceipt {
        Objects.requireNonNull(customer, "customer");
        if (identitiesRemoved < 0 || interactionsRemoved < 0 || auditEventsRedacted < 0) {
            throw new IllegalArgumentException("erasure counts must be >= 0");
        }
        Objects.requireNonNull(erasedAt, "erasedAt");
    }
}
