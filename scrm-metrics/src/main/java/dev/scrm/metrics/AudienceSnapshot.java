package dev.scrm.metrics;

import dev.scrm.core.PlatformAccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * The follower (or subscriber) count of one account of a brand at one time: a semi-additive snapshot that
 * the engine never sums over time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param account the account
 * @param brand the brand the account belongs to
 * @param followers the follower count, at least 0
 * @param observedAt when the count was read
 * @param estimated whether the platform rounds the count (YouTube)
 */
public record AudienceSnapshot(PlatformAccountId account, String brand, long followers, Instant observedAt,
        boolean estimated) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the count is negative or the brand blank
     */
    public AudienceSnapshot {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(brand, "brand");
        if (brand.isBlank()) {
            throw new IllegalArgumentException("brand must not be blank");
        }
        if (followers < 0) {
            throw new IllegalArgumentException("followers must be >= 0, was " + followers);
        }
        Objects.requireNonNull(observedAt, "observedAt");
    }

    /**
     * An exact snapshot.
     *
     * @param account the account
     * @param brand the brand
     * @param followers the count
     * @param observedAt when it was read
     * @return the snapshot
     */
    public static AudienceSnapshot of(PlatformAccountId account, String brand, long followers, Instant observedAt) {
        return new AudienceSnapshot(account, brand, followers, observedAt, false);
    }
}
