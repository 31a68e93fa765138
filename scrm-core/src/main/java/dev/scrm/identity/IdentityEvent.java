package dev.scrm.identity;

import dev.scrm.core.CustomerId;
import dev.scrm.core.LinkMethod;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link IncrementalResolver} changed about customers. Listeners receive events on the thread that made
 * the change, after it was made; they must be fast, must not block and must not call back into the resolver.
 * Events name records and customers by id and explain links by rule and weights, never by values. Immutable and
 * thread-safe.
 */
public sealed interface IdentityEvent {

    /**
     * When it happened.
     *
     * @return the time
     */
    Instant at();

    /**
     * A new customer was created for a record that matched no one.
     *
     * @param customer the new customer
     * @param record the record
     * @param at when
     */
    record CustomerCreated(CustomerId customer, RecordRef record, Instant at) implements IdentityEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a part is null
         */
        public CustomerCreated {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A record was linked to an existing customer.
     *
     * @param customer the customer
     * @param record the record
     * @param method how the link was made
     * @param explanation why: the strongest pair that linked it
     * @param at when
     */
    record IdentityLinked(CustomerId customer, RecordRef record, LinkMethod method, MatchExplanation explanation,
            Instant at) implements IdentityEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a part is null
         */
        public IdentityLinked {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Two customers were merged: the older id survives and the absorbed id becomes its alias.
     *
     * @param merge the merge, for {@link IncrementalResolver#unmerge(MergeId)}
     * @param survivor the customer that remains
     * @param absorbed the customer merged into it
     * @param method how the link that caused the merge was made
     * @param explanation why: the pair that linked the two customers
     * @param at when
     */
    record CustomersMerged(MergeId merge, CustomerId survivor, CustomerId absorbed, LinkMethod method,
            MatchExplanation explanation, Instant at) implements IdentityEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a part is null
         */
        public CustomersMerged {
            Objects.requireNonNull(merge, "merge");
            Objects.requireNonNull(survivor, "survivor");
            Objects.requireNonNull(absorbed, "absorbed");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A customer was split: records moved from one customer to others.
     *
     * @param from the customer that kept the earliest records
     * @param into the customers that received the rest (a restored id after an unmerge)
     * @param reason why, for example {@code unmerge merge-3} or {@code agent_rejected}
     * @param at when
     */
    record CustomerSplit(CustomerId from, List<CustomerId> into, String reason, Instant at) implements IdentityEvent {
        /**
         * Validates and copies the event.
         *
         * @throws NullPointerException if a part is null
         */
        public CustomerSplit {
            Objects.requireNonNull(from, "from");
            into = List.copyOf(into);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }
}
