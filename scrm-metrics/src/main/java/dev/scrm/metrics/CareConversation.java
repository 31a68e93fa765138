package dev.scrm.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The events of one customer-service conversation in time order (events at the same instant keep the order
 * of their types: inbound, replies, resolved, reopened). Immutable and thread-safe.
 *
 * @param id the conversation
 * @param events its events, sorted by time
 */
public record CareConversation(ConversationId id, List<CareEvent> events) {

    private static final Comparator<CareEvent> ORDER = Comparator.comparing(CareEvent::at)
            .thenComparing(CareEvent::type);

    /**
     * Validates, copies and sorts.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if an event belongs to another conversation
     */
    public CareConversation {
        Objects.requireNonNull(id, "id");
        for (CareEvent e : events) {
            if (!e.conversation().equals(id)) {
                throw new IllegalArgumentException("event of another conversation in conversation " + id);
            }
        }
        events = events.stream().sorted(ORDER).toList();
    }
}
