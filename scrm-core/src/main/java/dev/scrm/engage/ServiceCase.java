package dev.scrm.engage;

import dev.scrm.core.CustomerId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of one service case: a customer's request, across every conversation and channel it spans,
 * with its triage, assignment, status and running SLA deadlines.
 *
 * <p>Optional fields are {@code null} when not (yet) known. {@link #toString()} shows the id and status
 * only. Immutable and thread-safe; the desk hands out a new snapshot after every change.
 *
 * @param id the case id
 * @param customer the customer, or {@code null} when the sender is not linked to one
 * @param contact the account that opened the case
 * @param platform the platform of the first message
 * @param status the status
 * @param intent the intent triaged from the first message
 * @param priority the priority (raised when a later message triages higher)
 * @param reasons why it got that intent and priority
 * @param team the team, or {@code null} before routing
 * @param assignee the agent, or {@code null} while unassigned
 * @param conversations the conversations in the case, in the order they joined
 * @param openedAt the first message's time
 * @param firstResponseAt the first human response's time, or {@code null}
 * @param resolvedAt the latest resolution's time, or {@code null} while not resolved
 * @param mergedInto the case it was merged into, or {@code null}
 * @param reopenCount how often it was reopened
 * @param deadlines the deadlines of the SLA clocks running now (paused and stopped clocks have none)
 */
public record ServiceCase(
        CaseId id,
        CustomerId customer,
        PlatformAccountId contact,
        Platform platform,
        CaseStatus status,
        Intent intent,
        Priority priority,
        List<String> reasons,
        TeamId team,
        AgentId assignee,
        List<ConversationId> conversations,
        Instant openedAt,
        Instant firstResponseAt,
        Instant resolvedAt,
        CaseId mergedInto,
        int reopenCount,
        Map<SlaMetric, Instant> deadlines) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if the status and merge target disagree or the count is negative
     */
    public ServiceCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(priority, "priority");
        reasons = List.copyOf(reasons);
        conversations = List.copyOf(conversations);
        Objects.requireNonNull(openedAt, "openedAt");
        if ((status == CaseStatus.MERGED) != (mergedInto != null)) {
            throw new IllegalArgumentException("case " + id + ": mergedInto must be set exactly when merged");
        }
        if (reopenCount < 0) {
            throw new IllegalArgumentException("reopenCount must be >= 0");
        }
        Map<SlaMetric, Instant> copy = new EnumMap<>(SlaMetric.class);
        copy.putAll(deadlines);
        deadlines = Collections.unmodifiableMap(copy);
    }

    /** Shows the id and status only. */
    @Override
    public String toString() {
        return "ServiceCase[" + id + ", " + status + "]";
    }
}
