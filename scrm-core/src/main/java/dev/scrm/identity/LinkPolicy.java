package dev.scrm.identity;

import dev.scrm.core.Platform;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which probabilistic links need the person's consent. A record that describes an account on a platform that
 * requires opt-in (see {@link IdentityRecord#account()}) is linked to a record of another platform or source by
 * a score only when it carries {@link IdentityRecord#linkingConsent()}; otherwise the pair becomes a suggestion
 * for review. Deterministic first-party evidence (an OAuth login, a verified e-mail or phone, reciprocal links)
 * and agent decisions are not gated. Records without an account (CRM rows, CSV files the caller holds) are never
 * gated. Immutable and thread-safe.
 */
public final class LinkPolicy {

    private static final LinkPolicy PERMISSIVE = new LinkPolicy(false, Set.of());
    private static final LinkPolicy DEFAULTS = new LinkPolicy(true, Set.of());

    private final boolean everyPlatform;
    private final Set<Platform> optIn;

    private LinkPolicy(boolean everyPlatform, Set<Platform> optIn) {
        this.everyPlatform = everyPlatform;
        this.optIn = Set.copyOf(optIn);
    }

    /**
     * scrm's default: every platform account needs first-party evidence or recorded consent before a score links
     * it to another platform's record.
     *
     * @return the default policy
     */
    public static LinkPolicy ofDefaults() {
        return DEFAULTS;
    }

    /**
     * No consent gate: for data the caller already holds and may match, such as its own CRM export.
     *
     * @return the permissive policy
     */
    public static LinkPolicy permissive() {
        return PERMISSIVE;
    }

    /**
     * Consent is required only for accounts on these platforms (for example {@link Platform#X}).
     *
     * @param platforms the platforms that require opt-in
     * @return the policy
     */
    public static LinkPolicy requireOptIn(Platform... platforms) {
        Objects.requireNonNull(platforms, "platforms");
        Set<Platform> s = new TreeSet<>();
        for (Platform p : platforms) {
            s.add(Objects.requireNonNull(p, "platform"));
        }
        return new LinkPolicy(false, s);
    }

    /**
     * Whether accounts on this platform need consent before a probabilistic cross-platform link.
     *
     * @param platform the platform
     * @return true if consent is required
     */
    public boolean requiresConsent(Platform platform) {
        Objects.requireNonNull(platform, "platform");
        return everyPlatform || optIn.contains(platform);
    }

    /**
     * Whether a probabilistic score may link these two records without review.
     *
     * @param a one record
     * @param b the other
     * @return true if the policy allows an automatic link
     */
    public boolean allowsAutomaticLink(IdentityRecord a, IdentityRecord b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return allows(a.account() == null ? null : a.account().platform(), a.linkingConsent(),
                b.account() == null ? null : b.account().platform(), b.linkingConsent());
    }

    boolean allows(Platform pa, boolean consentA, Platform pb, boolean consentB) {
        if (pa != null && !consentA && requiresConsent(pa) && !pa.equals(pb)) {
            return false;
        }
        return pb == null || consentB || !requiresConsent(pb) || pb.equals(pa);
    }

    @Override
    public String toString() {
        return everyPlatform ? "LinkPolicy[every platform]" : "LinkPolicy[opt-in " + optIn + "]";
    }
}
