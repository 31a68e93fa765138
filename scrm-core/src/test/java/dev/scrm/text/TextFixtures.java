package dev.scrm.text;

import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Provenance;
import java.time.Instant;

/** Small builders shared by the text tests. */
final class TextFixtures {

    private TextFixtures() {
    }

    static Provenance provenance() {
        return Provenance.of("test", Instant.parse("2026-11-25T00:00:00Z"));
    }

    static Interaction.Builder mention(String platform, String id, String text) {
        return Interaction.builder(InteractionId.of(platform, id))
                .kind(InteractionKind.MENTION)
                .occurredAt(Instant.parse("2026-11-25T00:00:00Z"))
                .text(text)
                .provenance(provenance());
    }
}
