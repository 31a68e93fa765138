package dev.scrm.engage;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.Sentiment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** Builders of invented inbound and outbound traffic, and a clock tests move by hand. */
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

    /** A clock tests move by hand. */
    static final class ManualClock extends Clock {
        private final AtomicReference<Instant> now;

        ManualClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant at) {
            now.set(at);
        }

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
