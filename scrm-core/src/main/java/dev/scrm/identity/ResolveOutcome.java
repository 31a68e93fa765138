package dev.scrm.identity;

import dev.scrm.core.CustomerId;
import java.util.List;
import java.util.Objects;

/**
 * What adding one record to an {@link IncrementalResolver} did. Immutable and thread-safe.
 *
 * @param record the record added
 * @param customer the customer it belongs to now
 * @param events the events the addition caused, in order
 * @param suggestions pairs with the new record that a person should review (review band, guards, consent)
 * @param candidates how many indexed records were scored against it
 */
public record ResolveOutcome(RecordRef record, CustomerId customer, List<IdentityEvent> events,
        List<ScoredPair> suggestions, int candidates) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a part is null
     */
    public ResolveOutcome {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(customer, "customer");
        events = List.copyOf(events);
        suggestions = List.copyOf(suggestions);
    }
}
