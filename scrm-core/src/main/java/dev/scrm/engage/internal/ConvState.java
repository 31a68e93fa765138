package dev.scrm.engage.internal;

import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.engage.Conversation;
import dev.scrm.engage.ConversationId;
import dev.scrm.engage.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mutable state of one conversation, guarded by the desk's lock. */
final class ConvState {

    final ConversationId id;
    final Platform platform;
    final Visibility visibility;
    final PlatformAccountId contact;
    final String platformConversation;
    CaseState caseState;
    final List<InteractionId> items = new ArrayList<>();
    final Instant startedAt;
    Instant lastInboundAt;

    ConvState(ConversationId id, Platform platform, Visibility visibility, PlatformAccountId contact,
            String platformConversation, Instant startedAt) {
        this.id = id;
        this.platform = platform;
        this.visibility = visibility;
        this.contact = contact;
        this.platformConversation = platformConversation;
        this.startedAt = startedAt;
        this.lastInboundAt = startedAt;
    }

    Conversation snapshot() {
        return new Conversation(id, platform, visibility, contact, caseState == null ? null : caseState.id, items,
                startedAt, lastInboundAt);
    }
}
