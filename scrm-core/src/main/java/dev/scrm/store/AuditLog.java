package dev.scrm.store;

import dev.scrm.core.CustomerId;
import dev.scrm.store.internal.InMemoryAuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The append-only history of everything that changed: every customer change and every interaction
 * appended, so a customer-care employee can read a person's full history across channels.
 *
 * <p>Events are numbered from 1 in the order they were appended. The only change to an existing event is
 * {@link #redact(CustomerId, Set) redaction} when a person is erased. Implementations are thread-safe.
 */
public interface AuditLog {

    /**
     * Appends an event stamped with the log's clock.
     *
     * @param action what happened
     * @param actor who did it
     * @param customer the customer concerned, or {@code null}
     * @param subject the record concerned, or {@code null}
     * @param details non-personal facts
     * @return the stored event with its sequence number
     * @throws NullPointerException if action, actor or details is null
     * @throws IllegalArgumentException if the actor is not a valid token
     */
    AuditEvent append(AuditAction action, String actor, CustomerId customer, String subject,
            Map<String, String> details);

    /**
     * The events about one customer, in order.
     *
     * @param customer the customer
     * @return the events, empty when there are none
     */
    List<AuditEvent> eventsOf(CustomerId customer);

    /**
     * The events about one subject (for example {@code identity:mastodon:123}), in order.
     *
     * @param subject the subject
     * @return the events, empty when there are none
     */
    List<AuditEvent> eventsAbout(String subject);

    /**
     * A page of the log: up to {@code limit} events with a sequence above {@code afterSequence}, in order.
     *
     * @param afterSequence read events after this one (0 for the start)
     * @param limit the most events to return, at least 1
     * @return the events
     * @throws IllegalArgumentException if afterSequence is negative or limit below 1
     */
    List<AuditEvent> read(long afterSequence, int limit);

    /**
     * The sequence number of the last event, 0 while the log is empty.
     *
     * @return the last sequence
     */
    long lastSequence();

    /**
     * Redacts every event about the customer or about one of the subjects: subject and details are removed,
     * action, actor and time are kept.
     *
     * @param customer the erased customer
     * @param subjects the erased records' subjects
     * @return how many events were redacted
     */
    int redact(CustomerId customer, Set<String> subjects);

    /**
     * A new, empty, thread-safe in-memory log.
     *
     * @param clock the clock that stamps events
     * @return the log
     */
    static AuditLog inMemory(Clock clock) {
        return new InMemoryAuditLog(clock);
    }
}
