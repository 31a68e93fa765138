package dev.scrm.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * One marketing touch on a conversion path. Immutable and thread-safe.
 *
 * @param channel the channel, for example {@code social}, {@code email} or {@code search}
 * @param at when the touch happened
 */
public record Touch(String channel, Instant at) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     */
    public Touch {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }
}
