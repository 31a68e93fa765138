package dev.scrm.engage;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.Sentiment;
import java.time.Instant;

/** Builders of invented inbound and outbound traffic. */
final class Traffic {

    private Traffic() {
    }

    static Interaction inbound(Platform platform, String id, InteractionKind kind, PlatformAccountId author,
            Instant at, String text) {
        return Interaction.builder(InteractionId.of(platform, id)).kind(kind).direction(Direction.INBOUND)
                .occurredAt(at).author(author).text(text).language("en")
                .provenance(Provenance.of("connector:" + platform.id(), at)).build();
    }

    static Interaction reply(Interaction parent, String id, PlatformAccountId author, Instant at, String text) {
        return Interaction.builder(InteractionId.of(parent.id().platform(), id)).kind(
                        parent.kind() == InteractionKind.DIRECT_MESSAGE ? InteractionKind.DIRECT_MESSAGE
                                : InteractionKind.REPLY)
                        .direction(Direction.INBOUND).occurredAt(at).author(author).text(text)
                        .inReplyTo(parent.id()).conversationId(parent.conversationId())
                        .provenance(Provenance.of("connector:" + parent.id().platform().id(), at)).build();
    }

    static Interaction brandReply(Interaction parent, String id, Instant at, String agent) {
        Interaction.Builder b = Interaction.builder(InteractionId.of(parent.id().platform(), id))
                .kind(parent.kind() == InteractionKind.DIRECT_MESSAGE ? InteractionKind.DIRECT_MESSAGE
                        : InteractionKind.REPLY)
                .direction(Direction.OUTBOUND).occurredAt(at).text("We are on it.")
                .inReplyTo(parent.id()).conversationId(parent.conversationId())
                .provenance(Provenance.of("connector:" + parent.id().platform().id(), at));
        if (agent != null) {
            b.attribute("service.agent", agent);
        }
        return b.build();
    }

    static Sentiment sentiment(double compound) {
        return new Sentiment(compound, Math.max(0, compound), 1 - Math.abs(compound), Math.max(0, -compound), "test",
                "1");
    }
}
