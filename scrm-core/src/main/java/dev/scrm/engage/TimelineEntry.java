package dev.scrm.engage;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.store.AuditEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a customer's timeline: either an interaction on some channel, with the identity it came
 * through, or an audit event (a case change or a change to the customer record).
 *
 * <p>Exactly one of {@code interaction} and {@code audit} is set. Timelines are ordered by {@code at}, then
 * interactions before audit events, then by audit sequence or interaction id. Immutable and thread-safe;
 * the interaction's text is personal data.
 *
 * @param at when: the interaction's time, or the audit event's time
 * @param via the identity the interaction came through (its author; for an outbound reply, the customer
 *     account of its case), or the case's contact for a case event, or {@code null}
 * @param caseId the case concerned, or {@code null}
 * @param interaction the interaction, or {@code null}
 * @param audit the audit event, or {@code null}
 */
public record TimelineEntry(Instant at, PlatformAccountId via, CaseId caseId, Interaction interaction,
        AuditEvent audit) {

    /**
     * Validates the entry.
     *
     * @throws NullPointerException if the time is null
     * @throws IllegalArgumentException unless exactly one of interaction and audit is set
     */
    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        if ((interaction == null) == (audit == null)) {
            throw new IllegalArgumentException("a timeline entry holds exactly one of interaction and audit");
        }
    }

    /**
     * Whether this entry is an interaction.
     *
     * @return true for an interaction, false for an audit event
     */
    public boolean isInteraction() {
        return interaction != null;
    }

    /**
     * Whether this entry is an outbound message of the brand.
     *
     * @return true for an outbound interaction
     */
    public boolean isOutbound() {
        return interaction != null && interaction.direction() == Direction.OUTBOUND;
    }

    /** Shows the time and what the entry is, without personal data. */
    @Override
    public String toString() {
        return "TimelineEntry[" + at + ", " + (interaction != null ? interaction.id().toString()
                : audit.action().name() + "#" + audit.sequence()) + "]";
    }
}
