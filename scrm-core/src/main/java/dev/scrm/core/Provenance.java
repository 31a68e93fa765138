package dev.scrm.core;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a value came from and when it was observed: the identity or source that supplied it.
 *
 * <p>{@code source} is a short, non-personal reference such as {@code connector:mastodon},
 * {@code import:crm.csv} or {@code agent}; {@link #ofIdentity(PlatformAccountId, Instant)} makes one
 * for a value read from a social identity. Immutable and thread-safe.
 *
 * @param source what supplied the value, at most 256 characters
 * @param account the identity the value was read from, or {@code null} when it did not come from one
 * @param observedAt when the value was observed
 */
public record Provenance(String source, PlatformAccountId account, Instant observedAt) {

    /**
     * Validates the provenance.
     *
     * @throws NullPointerException if source or observedAt is null
     * @throws IllegalArgumentException if the source is blank or too long
     */
    public Provenance {
        Checks.text(source, "provenance source", 256);
        Objects.requireNonNull(observedAt, "observedAt");
    }

    /**
     * A value supplied by a named source.
     *
     * @param source the source, for example {@code import:crm.csv}
     * @param observedAt when it was observed
     * @return the provenance
     */
    public static Provenance of(String source, Instant observedAt) {
        return new Provenance(source, null, observedAt);
    }

    /**
     * A value read from a social identity.
     *
     * @param account the identity
     * @param observedAt when it was observed
     * @return the provenance, with source {@code identity:<platform>}
     */
    public static Provenance ofIdentity(PlatformAccountId account, Instant observedAt) {
        Objects.requireNonNull(account, "account");
        return new Provenance("identity:" + account.platform(), account, observedAt);
    }
}
