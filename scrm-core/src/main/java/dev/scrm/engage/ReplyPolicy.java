package dev.scrm.engage;

import dev.scrm.core.Platform;
import java.time.Duration;
import java.util.Objects;

/**
 * What a platform lets the brand send, as a {@link ReplyChannel} declares it; the desk checks every reply
 * against it before sending.
 *
 * <p>Windows are measured from the customer message being answered (for private replies to a private
 * conversation, from the customer's latest message in it). {@code null} windows are unbounded. Examples:
 * Meta Messenger allows private replies within 24 hours of the customer's last message and one private
 * reply to a public comment within 7 days; X lets a brand start a direct message only when the person
 * accepts messages. Immutable and thread-safe.
 *
 * @param platform the platform
 * @param publicReplies whether public replies (reply, comment) can be sent
 * @param privateReplies whether private messages can be sent in a private conversation
 * @param privateReplyWindow how long after the customer's latest private message a private reply may be sent,
 *     or {@code null}
 * @param privateReplyToPublic whether a public message may be answered privately
 * @param privateReplyToPublicWindow how long after a public message it may be answered privately, or
 *     {@code null}
 * @param mayInitiatePrivate whether the brand may open a private conversation on its own (when
 *     {@code privateReplyToPublic} does not apply)
 * @param maxLength the longest text, in characters (0 for no limit)
 */
public record ReplyPolicy(Platform platform, boolean publicReplies, boolean privateReplies,
        Duration privateReplyWindow, boolean privateReplyToPublic, Duration privateReplyToPublicWindow,
        boolean mayInitiatePrivate, int maxLength) {

    /**
     * Validates the policy.
     *
     * @throws NullPointerException if the platform is null
     * @throws IllegalArgumentException if a window is not positive or the length is negative
     */
    public ReplyPolicy {
        Objects.requireNonNull(platform, "platform");
        positive(privateReplyWindow, "privateReplyWindow");
        positive(privateReplyToPublicWindow, "privateReplyToPublicWindow");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0");
        }
    }

    /**
     * A policy allowing every kind of reply at any time, of any length.
     *
     * @param platform the platform
     * @return the policy
     */
    public static ReplyPolicy permissive(Platform platform) {
        return new ReplyPolicy(platform, true, true, null, true, null, true, 0);
    }

    private static void positive(Duration d, String name) {
        if (d != null && (d.isZero() || d.isNegative())) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
