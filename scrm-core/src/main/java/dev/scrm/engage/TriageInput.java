package dev.scrm.engage;

import dev.scrm.core.Interaction;
import java.util.Objects;

/**
 * What a {@link TriageClassifier} sees: one inbound message and what is known about its sender. Immutable
 * and thread-safe.
 *
 * @param interaction the inbound message
 * @param signals the sender's influence and history
 */
public record TriageInput(Interaction interaction, CustomerSignals signals) {

    /**
     * Validates the input.
     *
     * @throws NullPointerException if a field is null
     */
    public TriageInput {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(signals, "signals");
    }
}
