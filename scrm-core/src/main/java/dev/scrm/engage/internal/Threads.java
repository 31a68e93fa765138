package dev.scrm.engage.internal;

import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.engage.CaseId;
import dev.scrm.engage.ConversationId;
import dev.scrm.engage.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inbox threading: which conversation each ingested interaction belongs to. An inbound message joins the
 * conversation of the message it answers when the same contact wrote that one, else the conversation of its
 * platform thread with that contact (a platform conversation id, the direct-message channel, the post it replies
 * to, or itself). An outbound message joins the conversation of the message it answers, or the one private
 * conversation carrying its platform conversation id. Not thread-safe: the desk's lock guards it.
 */
final class Threads {

    private record ThreadKey(Platform platform, String thread, PlatformAccountId contact) {
    }

    /** Every interaction ingested, with its conversation ({@code null} when it was not threaded). */
    private final Map<InteractionId, ConvState> seen = new HashMap<>();
    private final Map<ThreadKey, ConvState> threads = new HashMap<>();
    private final Map<ConversationId, ConvState> conversations = new HashMap<>();
    /** Private conversations by platform thread alone, for outbound messages that name no contact. */
    private final Map<ThreadKey, List<ConvState>> privateThreads = new HashMap<>();
    private long conversationNumbers;

    /** Whether the interaction was ingested before. */
    boolean seen(InteractionId id) {
        return seen.containsKey(id);
    }

    /** The conversation an interaction was threaded into, or {@code null}. */
    ConvState of(InteractionId id) {
        return seen.get(id);
    }

    /** The conversation with this id, or {@code null}. */
    ConvState conversation(ConversationId id) {
        return conversations.get(id);
    }

    /** The case of the conversation an interaction was threaded into, or {@code null}. */
    CaseId caseOf(InteractionId id) {
        ConvState c = seen.get(id);
        return c == null || c.caseState == null ? null : c.caseState.id;
    }

    /** Records an interaction that is not threaded (not actionable, or without an author). */
    void skip(InteractionId id) {
        seen.put(id, null);
    }

    /** Threads an inbound message, opening a conversation when needed, and adds the message to it. */
    ConvState inbound(Interaction in) {
        ConvState conv = threadInbound(in);
        conv.items.add(in.id());
        seen.put(in.id(), conv);
        if (in.occurredAt().isAfter(conv.lastInboundAt)) {
            conv.lastInboundAt = in.occurredAt();
        }
        return conv;
    }

    /** Threads an outbound message into an existing conversation; {@code null} when none matches. */
    ConvState outbound(Interaction in) {
        ConvState conv = threadOutbound(in);
        seen.put(in.id(), conv);
        if (conv != null) {
            conv.items.add(in.id());
        }
        return conv;
    }

    private ConvState threadInbound(Interaction in) {
        Platform p = in.id().platform();
        if (in.inReplyTo() != null) {
            ConvState parent = seen.get(in.inReplyTo());
            if (parent != null && parent.contact.equals(in.author())) {
                return parent;
            }
        }
        boolean priv = visibilityOf(in.kind()) == Visibility.PRIVATE;
        String thread;
        if (in.conversationId() != null) {
            thread = "c:" + in.conversationId();
        } else if (priv) {
            thread = "dm";
        } else if (in.inReplyTo() != null) {
            thread = "r:" + in.inReplyTo().nativeId();
        } else {
            thread = "i:" + in.id().nativeId();
        }
        ThreadKey key = new ThreadKey(p, thread, in.author());
        ConvState conv = threads.get(key);
        if (conv == null) {
            conv = new ConvState(ConversationId.of("conv-" + (++conversationNumbers)), p,
                    priv ? Visibility.PRIVATE : Visibility.PUBLIC, in.author(), in.conversationId(),
                    in.occurredAt());
            threads.put(key, conv);
            conversations.put(conv.id, conv);
            if (priv && in.conversationId() != null) {
                privateThreads.computeIfAbsent(new ThreadKey(p, thread, null), k -> new ArrayList<>(1)).add(conv);
            }
        }
        return conv;
    }

    private ConvState threadOutbound(Interaction in) {
        if (in.inReplyTo() != null) {
            ConvState parent = seen.get(in.inReplyTo());
            if (parent != null) {
                return parent;
            }
        }
        if (in.conversationId() != null && visibilityOf(in.kind()) == Visibility.PRIVATE) {
            List<ConvState> matches = privateThreads.get(
                    new ThreadKey(in.id().platform(), "c:" + in.conversationId(), null));
            return matches != null && matches.size() == 1 ? matches.get(0) : null;
        }
        return null;
    }

    /** Direct messages, e-mails and calls are private; everything else is public. */
    static Visibility visibilityOf(InteractionKind kind) {
        return kind == InteractionKind.DIRECT_MESSAGE || kind == InteractionKind.EMAIL || kind == InteractionKind.CALL
                ? Visibility.PRIVATE : Visibility.PUBLIC;
    }
}
