package dev.scrm.engage;

import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import java.util.Objects;

/**
 * A reply the desk asks a {@link ReplyChannel} to send, after checking it against the channel's
 * {@link ReplyPolicy}. Its {@link #toString()} hides the text and recipient. Immutable and thread-safe.
 *
 * @param inReplyTo the message answered
 * @param recipient the customer's account, or {@code null} when the message had no author
 * @param conversation the platform's conversation or thread id, or {@code null}
 * @param visibility public or private
 * @param text the text
 */
public record OutboundReply(InteractionId inReplyTo, PlatformAccountId recipient, String conversation,
        Visibility visibility, String text) {

    /**
     * Validates the reply.
     *
     * @throws NullPointerException if a required field is null
     */
    public OutboundReply {
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(text, "text");
    }

    /** Shows the message answered and the visibility only. */
    @Override
    public String toString() {
        return "OutboundReply[" + inReplyTo + ", " + visibility + "]";
    }
}
