package dev.scrm.engage;

import dev.scrm.core.InteractionId;
import java.util.Objects;

/**
 * What {@link ServiceDesk#ingest(dev.scrm.core.Interaction)} did with one interaction. Immutable and
 * thread-safe.
 *
 * @param interaction the interaction
 * @param outcome what happened
 * @param conversation its conversation, or {@code null} when it was not threaded
 * @param caseId the case it went to, or {@code null}
 * @param triage the triage of an inbound message that was classified, or {@code null}
 */
public record IngestResult(InteractionId interaction, Outcome outcome, ConversationId conversation, CaseId caseId,
        Triage triage) {

    /** What happened to an ingested interaction. */
    public enum Outcome {
        /** An inbound message opened a new case. */
        OPENED_CASE,
        /** An inbound message joined the sender's active case. */
        ADDED_TO_CASE,
        /** An inbound message reopened its conversation's resolved case. */
        REOPENED_CASE,
        /** An inbound message was triaged as spam: threaded, but no case. */
        SPAM,
        /** An outbound human reply answered a case. */
        RESPONSE,
        /** An outbound automated reply (it stops no SLA clock). */
        AUTO_REPLY,
        /** An outbound message that answers nothing the desk knows. */
        UNTHREADED,
        /** Not a customer-service message (a like, follow, visit, own post) or without an author: stored only. */
        NOT_ACTIONABLE,
        /** The desk had already seen this interaction id: nothing changed. */
        DUPLICATE
    }

    /**
     * Validates the result.
     *
     * @throws NullPointerException if the id or outcome is null
     */
    public IngestResult {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(outcome, "outcome");
    }
}
