package dev.scrm.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded consent decision: its status, when it was made and what recorded it.
 *
 * @param status the decision
 * @param decidedAt when it was made
 * @param source what recorded it, for example {@code web-form} or {@code agent}, at most 256 characters
 */
public record ConsentDecision(ConsentStatus status, Instant decidedAt, String source) {

    /**
     * Validates the decision.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the source is blank or too long
     */
    public ConsentDecision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Checks.text(source, "consent source", 256);
    }
}
