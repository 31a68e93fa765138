package dev.scrm.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of an account's audience at one time: a semi-additive figure, never summed across time.
 *
 * @param followers accounts following this one, at least 0
 * @param following accounts this one follows, at least 0
 * @param observedAt when the counts were read
 */
public record FollowerCounts(long followers, long following, Instant observedAt) {

    /**
     * Validates the snapshot.
     *
     * @throws NullPointerException if the time is null
     * @throws IllegalArgumentException if a count is negative
     */
    public FollowerCounts {
        Checks.nonNegative(followers, "followers");
        Checks.nonNegative(following, "following");
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
