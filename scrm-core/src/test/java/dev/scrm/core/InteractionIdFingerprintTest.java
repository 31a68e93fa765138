package dev.scrm.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionIdFingerprintTest {

    @Test
    void fingerprint_isStable_andTheSameWithOrWithoutTheId() {
        InteractionId id = InteractionId.of("mastodon", "110000000000042");

        assertThat(id.fingerprint()).isEqualTo(InteractionId.fingerprint("mastodon", "110000000000042"))
                .isEqualTo(InteractionId.of("mastodon", "110000000000042").fingerprint());
        // pinned, so that the value does not change between runs or versions unnoticed
        assertThat(InteractionId.fingerprint("a", "b")).isEqualTo(8433195956555227007L)
                .isNotEqualTo(InteractionId.fingerprint("b", "a"));
    }

    @Test
    void fingerprint_keepsPlatformAndNativeIdApart() {
        assertThat(InteractionId.fingerprint("x", "ab")).isNotEqualTo(InteractionId.fingerprint("xa", "b"));
        assertThat(InteractionId.fingerprint("reddit", "t3:1")).isNotEqualTo(InteractionId.fingerprint("reddit:t3", "1"));
    }

    @Test
    void fingerprint_ofManyIds_hasNoCollision() {
        Set<Long> seen = new HashSet<>();
        for (int k = 0; k < 200_000; k++) {
            seen.add(InteractionId.fingerprint(k % 2 == 0 ? "mastodon" : "bluesky", Integer.toString(k / 2)));
        }
        assertThat(seen).hasSize(200_000);
    }
}
