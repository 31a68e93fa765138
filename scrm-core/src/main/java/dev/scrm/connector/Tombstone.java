package dev.scrm.connector;

import dev.scrm.core.InteractionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A record that an item the platform once delivered is gone. Stores remove or hide the item; the tombstone
 * itself holds no personal data. Immutable and thread-safe.
 *
 * @param id the item
 * @param reason why it is gone
 * @param observedAt when the connector learned it
 */
public record Tombstone(InteractionId id, TombstoneReason reason, Instant observedAt) {

    /**
     * Validates the tombstone.
     *
     * @throws NullPointerException if a part is null
     */
    public Tombstone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
