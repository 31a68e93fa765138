package dev.scrm.engage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.engage.Visibility;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThreadsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final PlatformAccountId ANA = PlatformAccountId.of(Platform.MASTODON, "ana");
    private static final PlatformAccountId BO = PlatformAccountId.of(Platform.MASTODON, "bo");
    private static final PlatformAccountId BRAND = PlatformAccountId.of(Platform.MASTODON, "brand");

    private static Interaction.Builder message(String id, InteractionKind kind, Direction direction,
            PlatformAccountId author, int minute) {
        Instant at = T0.plusSeconds(60L * minute);
        return Interaction.builder(InteractionId.of(Platform.MASTODON, id)).kind(kind).direction(direction)
                .occurredAt(at).author(author).text("text").provenance(Provenance.of("connector:mastodon", at));
    }

    private static Interaction inbound(String id, InteractionKind kind, PlatformAccountId author, int minute) {
        return message(id, kind, Direction.INBOUND, author, minute).build();
    }

    @Test
    void aReplyJoinsTheConversationOfItsParentOnlyWhenTheSameContactWroteIt() {
        Threads threads = new Threads();
        ConvState mention = threads.inbound(inbound("1", InteractionKind.MENTION, ANA, 0));
        ConvState own = threads.inbound(message("2", InteractionKind.REPLY, Direction.INBOUND, ANA, 5)
                .inReplyTo(InteractionId.of(Platform.MASTODON, "1")).build());
        ConvState other = threads.inbound(message("3", InteractionKind.REPLY, Direction.INBOUND, BO, 6)
                .inReplyTo(InteractionId.of(Platform.MASTODON, "1")).build());

        assertThat(own).isSameAs(mention);
        assertThat(other).isNotSameAs(mention);
        assertThat(mention.items).extracting(InteractionId::nativeId).containsExactly("1", "2");
        assertThat(mention.lastInboundAt).isEqualTo(T0.plusSeconds(300));
        assertThat(mention.visibility).isEqualTo(Visibility.PUBLIC);
        assertThat(threads.conversation(mention.id)).isSameAs(mention);
        assertThat(threads.of(InteractionId.of(Platform.MASTODON, "3"))).isSameAs(other);
    }

    @Test
    void directMessagesOfOneContactShareOnePrivateConversation() {
        Threads threads = new Threads();
        ConvState first = threads.inbound(inbound("1", InteractionKind.DIRECT_MESSAGE, ANA, 0));
        ConvState second = threads.inbound(inbound("2", InteractionKind.DIRECT_MESSAGE, ANA, 30));
        ConvState bo = threads.inbound(inbound("3", InteractionKind.DIRECT_MESSAGE, BO, 31));

        assertThat(second).isSameAs(first);
        assertThat(first.visibility).isEqualTo(Visibility.PRIVATE);
        assertThat(bo).isNotSameAs(first);
    }

    @Test
    void anOutboundMessageJoinsTheConversationItAnswersOrTheOnePrivateThreadItNames() {
        Threads threads = new Threads();
        ConvState dm = threads.inbound(message("1", InteractionKind.DIRECT_MESSAGE, Direction.INBOUND, ANA, 0)
                .conversationId("chat-9").build());
        ConvState answer = threads.outbound(message("2", InteractionKind.REPLY, Direction.OUTBOUND, BRAND, 1)
                .inReplyTo(InteractionId.of(Platform.MASTODON, "1")).build());
        ConvState byThread = threads.outbound(message("3", InteractionKind.DIRECT_MESSAGE, Direction.OUTBOUND,
                BRAND, 2).conversationId("chat-9").build());
        ConvState unknown = threads.outbound(message("4", InteractionKind.POST, Direction.OUTBOUND, BRAND, 3)
                .build());

        assertThat(answer).isSameAs(dm);
        assertThat(byThread).isSameAs(dm);
        assertThat(unknown).isNull();
        assertThat(dm.items).extracting(InteractionId::nativeId).containsExactly("1", "2", "3");
        assertThat(threads.seen(InteractionId.of(Platform.MASTODON, "4"))).isTrue();
        assertThat(threads.caseOf(InteractionId.of(Platform.MASTODON, "4"))).isNull();
    }

    @Test
    void skippedInteractionsAreSeenButBelongToNoConversation() {
        Threads threads = new Threads();
        InteractionId like = InteractionId.of(Platform.MASTODON, "7");
        assertThat(threads.seen(like)).isFalse();
        threads.skip(like);
        assertThat(threads.seen(like)).isTrue();
        assertThat(threads.of(like)).isNull();
    }
}
