package dev.scrm.engage;

import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link ReplyChannel} reports after sending: the platform's id of the new message and when it was
 * posted. Immutable and thread-safe.
 *
 * @param id the sent message's id
 * @param sentAt when the platform accepted it
 * @param account the brand account it was sent from, or {@code null} when the channel does not say
 */
public record SentReply(InteractionId id, Instant sentAt, PlatformAccountId account) {

    /**
     * Validates the receipt.
     *
     * @throws NullPointerException if the id or time is null
     */
    public SentReply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
