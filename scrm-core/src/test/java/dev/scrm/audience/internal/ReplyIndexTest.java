package dev.scrm.audience.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReplyIndexTest {

    private static final long POST = ReplyIndex.hash(InteractionId.of(Platform.MASTODON, "post"));
    private static final long OTHER_POST = ReplyIndex.hash(InteractionId.of(Platform.MASTODON, "other"));
    private static final long REPLY = ReplyIndex.hash(InteractionId.of(Platform.MASTODON, "reply"));

    private static long[] answered(IdentityState s) {
        return s.answered == null ? new long[0] : Arrays.copyOf(s.answered, s.answeredCount);
    }

    @Test
    void aReplyThatArrivesFirstIsMatchedToItsParentsAuthorLater() {
        IdentityState ana = new IdentityState(PlatformAccountId.of(Platform.MASTODON, "ana"));
        IdentityState bo = new IdentityState(PlatformAccountId.of(Platform.MASTODON, "bo"));
        ReplyIndex index = new ReplyIndex();

        assertThat(index.record(REPLY, bo, POST)).isNull();
        assertThat(index.repliesTo(POST).markedOn).isNull();
        assertThat(index.authorOf(POST)).isNull();

        assertThat(index.record(POST, ana, null)).isNull();
        ReplyIndex.ReplyList replies = index.repliesTo(POST);
        assertThat(replies.markedOn).isSameAs(ana);
        assertThat(replies.size).isEqualTo(1);
        assertThat(replies.who[0]).isSameAs(bo);
        assertThat(replies.hashes[0]).isEqualTo(REPLY);
        assertThat(answered(ana)).containsExactly(POST);
        assertThat(index.authorOf(POST)).isSameAs(ana);
    }

    @Test
    void aReplyAppliedAgainWithAnotherParentLeavesTheOldOne() {
        IdentityState ana = new IdentityState(PlatformAccountId.of(Platform.MASTODON, "ana"));
        IdentityState bo = new IdentityState(PlatformAccountId.of(Platform.MASTODON, "bo"));
        ReplyIndex index = new ReplyIndex();
        index.record(POST, ana, null);
        index.record(REPLY, bo, POST);

        assertThat(index.record(REPLY, bo, POST)).isEqualTo(POST);
        assertThat(index.repliesTo(POST).size).isEqualTo(1);

        assertThat(index.record(REPLY, bo, OTHER_POST)).isEqualTo(POST);
        assertThat(index.repliesTo(POST).size).isZero();
        assertThat(index.repliesTo(OTHER_POST).size).isEqualTo(1);

        assertThat(index.record(REPLY, bo, null)).isEqualTo(OTHER_POST);
        assertThat(index.repliesTo(OTHER_POST).size).isZero();
    }

    @Test
    void theHashSeparatesPlatformFromNativeId() {
        assertThat(ReplyIndex.hash(InteractionId.of(Platform.MASTODON, "1")))
                .isEqualTo(ReplyIndex.hash(InteractionId.of(Platform.MASTODON, "1")))
                .isNotEqualTo(ReplyIndex.hash(InteractionId.of(Platform.BLUESKY, "1")))
                .isNotEqualTo(ReplyIndex.hash(InteractionId.of(Platform.MASTODON, "2")));
    }
}
