package dev.scrm.engage;

import dev.scrm.core.InteractionId;
import java.util.Objects;

/**
 * A reply the brand wants to send on a case. {@link #toString()} hides the text. Immutable and thread-safe.
 *
 * @param caseId the case
 * @param inReplyTo the message answered; it must belong to the case
 * @param visibility public reply or private message
 * @param text the text
 * @param agent the agent replying, or {@code null} for an automated reply
 * @param automated whether a bot or rule sends it; automated replies never count as responses
 */
public record ReplyRequest(CaseId caseId, InteractionId inReplyTo, Visibility visibility, String text,
        AgentId agent, boolean automated) {

    /**
     * Validates the request.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if the text is blank, or a human reply has no agent
     */
    public ReplyRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("reply text must not be blank");
        }
        if (!automated && agent == null) {
            throw new IllegalArgumentException("a human reply needs its agent");
        }
    }

    /**
     * A reply written by an agent.
     *
     * @param caseId the case
     * @param inReplyTo the message answered
     * @param agent the agent
     * @param visibility public or private
     * @param text the text
     * @return the request
     */
    public static ReplyRequest byAgent(CaseId caseId, InteractionId inReplyTo, AgentId agent, Visibility visibility,
            String text) {
        return new ReplyRequest(caseId, inReplyTo, visibility, text, Objects.requireNonNull(agent, "agent"), false);
    }

    /**
     * An automated reply (an acknowledgement or a bot answer).
     *
     * @param caseId the case
     * @param inReplyTo the message answered
     * @param visibility public or private
     * @param text the text
     * @return the request
     */
    public static ReplyRequest automated(CaseId caseId, InteractionId inReplyTo, Visibility visibility, String text) {
        return new ReplyRequest(caseId, inReplyTo, visibility, text, null, true);
    }

    /** Shows the case, the message answered and the visibility only. */
    @Override
    public String toString() {
        return "ReplyRequest[" + caseId + ", " + inReplyTo + ", " + visibility + (automated ? ", automated" : "")
                + "]";
    }
}
