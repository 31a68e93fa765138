package dev.scrm.metrics;

import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Window;
import java.util.Objects;

/**
 * Follower gains of one account for one period, as a platform reports them per day (LinkedIn's
 * {@code organicFollowerGains} and {@code paidFollowerGains}): new followers counted by the platform, not
 * derived from snapshots. Gains are additive over periods and accounts; they feed {@code followers.gains@1}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param account the account
 * @param brand the brand the account belongs to
 * @param period the period; it must be exactly one bucket of the engine's resolution
 * @param organic followers gained organically, at least 0
 * @param paid followers gained through paid content, at least 0
 */
public record FollowerGains(PlatformAccountId account, String brand, Window period, long organic, long paid) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the brand is blank or a count is negative
     */
    public FollowerGains {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(period, "period");
        if (brand.isBlank()) {
            throw new IllegalArgumentException("brand must not be blank");
        }
        if (organic < 0 || paid < 0) {
            throw new IllegalArgumentException("follower gains must be >= 0, were organic " + organic + ", paid "
                    + paid);
        }
    }

    /**
     * The organic and paid gains together.
     *
     * @return {@code organic + paid}
     */
    public long total() {
        return organic + paid;
    }
}
