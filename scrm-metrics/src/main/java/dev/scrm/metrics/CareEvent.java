package dev.scrm.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a customer-service conversation, as the customer-service module publishes it: the input of
 * the {@code care.*} KPIs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param conversation the conversation
 * @param type what happened
 * @param at when it happened
 * @param brand the brand the conversation is with, or {@code null}
 * @param agent the agent's id for agent replies, or {@code null}
 * @param actionable for inbound messages: whether triage counts it as needing a reply (not spam, not
 *     auto-closed); ignored for other types
 */
public record CareEvent(ConversationId conversation, CareEventType type, Instant at, String brand, String agent,
        boolean actionable) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a required field is null
     */
    public CareEvent {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    /**
     * An event without brand or agent; inbound messages are actionable.
     *
     * @param conversation the conversation
     * @param type the type
     * @param at the time
     * @return the event
     */
    public static CareEvent of(ConversationId conversation, CareEventType type, Instant at) {
        return new CareEvent(conversation, type, at, null, null, true);
    }
}
