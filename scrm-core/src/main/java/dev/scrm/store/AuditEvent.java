package dev.scrm.store;

import dev.scrm.core.CustomerId;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of the {@link AuditLog}: what happened, when, by whom, to which customer and subject.
 *
 * <p>{@code subject} names the record the event is about ({@code identity:mastodon:123},
 * {@code interaction:bluesky:at://...}) and is personal data while the person exists; {@code details}
 * hold non-personal facts such as attribute names, counts and rules. When a customer is erased, their
 * events are {@link #redacted() redacted}: subject and details removed, action and time kept. Immutable and
 * thread-safe.
 *
 * @param sequence the event's position in the log, from 1, strictly increasing
 * @param at when it happened
 * @param action what happened
 * @param actor who did it, for example {@code system}, {@code connector:mastodon} or {@code agent:42}
 * @param customer the customer concerned, or {@code null}
 * @param subject the record concerned, or {@code null}
 * @param details non-personal facts, keys sorted
 * @param redacted whether the event was redacted by an erasure
 */
public record AuditEvent(
        long sequence,
        Instant at,
        AuditAction action,
        String actor,
        CustomerId customer,
        String subject,
        Map<String, String> details,
        boolean redacted) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if the sequence is below 1 or the actor blank
     */
    public AuditEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("audit sequence must be >= 1, was " + sequence);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Actors.check(actor);
        details = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(details, "details")));
    }

    /**
     * This event with its subject and details removed.
     *
     * @return the redacted copy
     */
    public AuditEvent redact() {
        return new AuditEvent(sequence, at, action, actor, customer, null, Map.of(), true);
    }
}
