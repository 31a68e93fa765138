package dev.scrm.core;

import java.util.Objects;

/**
 * The identifier of one account on one platform: the platform and the platform's own, native user id
 * (Mastodon's account id, Bluesky's DID, Reddit's {@code t2_} fullname, an e-mail address for the e-mail
 * channel).
 *
 * <p>The native id is personal data: it appears in no exception message and {@link #toString()} shows
 * only the platform and a length. Immutable and thread-safe.
 *
 * @param platform the platform
 * @param nativeId the platform's id of the account, at most 512 characters, no white space
 */
public record PlatformAccountId(Platform platform, String nativeId) implements Comparable<PlatformAccountId> {

    /**
     * Validates both parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the native id is blank, too long or contains white space
     */
    public PlatformAccountId {
        Objects.requireNonNull(platform, "platform");
        Checks.token(nativeId, "native account id", 512);
    }

    /**
     * The account id of a native id on a platform.
     *
     * @param platform the platform id, for example {@code mastodon}
     * @param nativeId the platform's id of the account
     * @return the id
     * @throws IllegalArgumentException if either part is invalid
     */
    public static PlatformAccountId of(String platform, String nativeId) {
        return new PlatformAccountId(Platform.of(platform), nativeId);
    }

    /**
     * The account id of a native id on a platform.
     *
     * @param platform the platform
     * @param nativeId the platform's id of the account
     * @return the id
     * @throws IllegalArgumentException if the native id is invalid
     */
    public static PlatformAccountId of(Platform platform, String nativeId) {
        return new PlatformAccountId(platform, nativeId);
    }

    @Override
    public int compareTo(PlatformAccountId other) {
        int c = platform.compareTo(other.platform);
        return c != 0 ? c : nativeId.compareTo(other.nativeId);
    }

    /** Shows the platform only: the native id is personal data. */
    @Override
    public String toString() {
        return "PlatformAccountId[" + platform + ", " + nativeId.length() + " chars]";
    }
}
