package dev.scrm.engage;

import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one conversation in the unified inbox: the messages of one thread on one platform between
 * the brand and one customer account, in the order the desk saw them.
 *
 * <p>The desk threads a message into the conversation of the message it replies to (when that one is by
 * the same account or by the brand), else by the platform's conversation id, else (direct messages) by the
 * sender, else it starts a new conversation. Immutable and thread-safe.
 *
 * @param id the conversation id
 * @param platform the platform
 * @param visibility public thread or private messages
 * @param contact the customer account
 * @param caseId the case it belongs to now, or {@code null} (spam, or not actionable)
 * @param interactions its messages, inbound and outbound, in order
 * @param startedAt its first message's time
 * @param lastInboundAt the latest customer message's time
 */
public record Conversation(ConversationId id, Platform platform, Visibility visibility, PlatformAccountId contact,
        CaseId caseId, List<InteractionId> interactions, Instant startedAt, Instant lastInboundAt) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a required field is null
     */
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(contact, "contact");
        interactions = List.copyOf(interactions);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastInboundAt, "lastInboundAt");
    }

    /** Shows the id and platform only. */
    @Override
    public String toString() {
        return "Conversation[" + id + ", " + platform + "]";
    }
}
