package dev.scrm.testkit.world;

import dev.scrm.core.SocialIdentity;
import java.util.Objects;

/**
 * A brand's own account on one platform, as observed at the end of the world; its daily follower counts are
 * in {@link SyntheticWorld#followerHistory()}. Immutable and thread-safe.
 *
 * @param brandId the brand's id
 * @param identity the account
 */
public record BrandAccount(String brandId, SocialIdentity identity) {

    /**
     * Validates the account.
     *
     * @throws NullPointerException if a field is null
     */
    public BrandAccount {
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(identity, "identity");
    }
}
