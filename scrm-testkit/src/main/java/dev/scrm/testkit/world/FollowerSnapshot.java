package dev.scrm.testkit.world;

import dev.scrm.core.PlatformAccountId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A brand account's audience at the end of one day (UTC): a semi-additive figure, never summed over days.
 * Immutable and thread-safe.
 *
 * @param brandId the brand's id
 * @param account the brand's account
 * @param day the day, in UTC
 * @param followers accounts following the brand account at the end of the day
 * @param following accounts the brand account follows
 */
public record FollowerSnapshot(String brandId, PlatformAccountId account, LocalDate day, long followers,
        long following) {

    /**
     * Validates the snapshot.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a count is negative
     */
    public FollowerSnapshot {
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(day, "day");
        if (followers < 0 || following < 0) {
            throw new IllegalArgumentException("follower counts must be >= 0");
        }
    }
}
