package dev.scrm.engage.internal;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Provenance;
import dev.scrm.engage.ReplyNotAllowedException;
import dev.scrm.engage.ReplyNotAllowedException.Reason;
import dev.scrm.engage.ReplyPolicy;
import dev.scrm.engage.ReplyRequest;
import dev.scrm.engage.SentReply;
import dev.scrm.engage.Visibility;
import java.time.Duration;
import java.time.Instant;

/**
 * The two pure steps of a reply around the channel call: whether the platform's {@link ReplyPolicy} allows it,
 * and the outbound interaction that records it once sent. Stateless and thread-safe; the case and conversation
 * passed in must be read under the desk's lock.
 */
final class Replies {

    /** The interaction attribute naming the agent of an outbound reply. */
    static final String AGENT_ATTRIBUTE = "service.agent";
    /** The interaction attribute ({@code true}) marking an outbound reply as automated. */
    static final String AUTOMATED_ATTRIBUTE = "service.automated";

    private Replies() {
    }

    /**
     * Throws when the policy forbids the reply.
     *
     * @throws ReplyNotAllowedException naming the rule the reply breaks
     */
    static void check(ReplyPolicy policy, CaseState c, ConvState conv, Interaction target, ReplyRequest request,
            Instant now) {
        String platform = conv.platform.id();
        if (policy.maxLength() > 0 && request.text().length() > policy.maxLength()) {
            throw new ReplyNotAllowedException(Reason.TOO_LONG, c.id, platform,
                    "text has " + request.text().length() + " characters, the platform allows " + policy.maxLength());
        }
        if (request.visibility() == Visibility.PUBLIC) {
            if (conv.visibility == Visibility.PRIVATE) {
                throw new ReplyNotAllowedException(Reason.PRIVATE_CONVERSATION, c.id, platform,
                        "a private message cannot be answered publicly");
            }
            if (!policy.publicReplies()) {
                throw new ReplyNotAllowedException(Reason.PUBLIC_NOT_ALLOWED, c.id, platform,
                        "the platform does not allow public replies");
            }
            return;
        }
        if (conv.visibility == Visibility.PRIVATE) {
            if (!policy.privateReplies()) {
                throw new ReplyNotAllowedException(Reason.PRIVATE_NOT_ALLOWED, c.id, platform,
                        "the platform does not allow private replies");
            }
            if (policy.privateReplyWindow() != null
                    && Duration.between(conv.lastInboundAt, now).compareTo(policy.privateReplyWindow()) > 0) {
                throw new ReplyNotAllowedException(Reason.WINDOW_CLOSED, c.id, platform,
                        "the private reply window of " + policy.privateReplyWindow() + " after the customer's last"
                                + " message has closed");
            }
            return;
        }
        if (policy.privateReplyToPublic()) {
            if (policy.privateReplyToPublicWindow() == null
                    || Duration.between(target.occurredAt(), now).compareTo(policy.privateReplyToPublicWindow()) <= 0) {
                return;
            }
            if (!policy.mayInitiatePrivate()) {
                throw new ReplyNotAllowedException(Reason.WINDOW_CLOSED, c.id, platform,
                        "the window of " + policy.privateReplyToPublicWindow() + " for a private reply to a public"
                                + " message has closed");
            }
        }
        if (!policy.mayInitiatePrivate()) {
            throw new ReplyNotAllowedException(Reason.CANNOT_INITIATE, c.id, platform,
                    "the brand may not start a private conversation on this platform");
        }
    }

    /**
     * The outbound interaction recording a reply the channel sent, marked with the agent and the automated flag
     * that ingestion reads back.
     */
    static Interaction recordOf(ReplyRequest request, SentReply sent, Interaction target, Instant now) {
        Interaction.Builder b = Interaction.builder(sent.id())
                .kind(request.visibility() == Visibility.PRIVATE ? InteractionKind.DIRECT_MESSAGE : InteractionKind.REPLY)
                .direction(Direction.OUTBOUND)
                .occurredAt(sent.sentAt())
                .author(sent.account())
                .text(request.text())
                .inReplyTo(request.inReplyTo())
                .conversationId(target.conversationId())
                .provenance(Provenance.of("service-desk", now));
        if (request.automated()) {
            b.attribute(AUTOMATED_ATTRIBUTE, "true");
        }
        if (request.agent() != null) {
            b.attribute(AGENT_ATTRIBUTE, request.agent().value());
        }
        return b.build();
    }
}
