package dev.scrm.core;

import java.util.Objects;

/**
 * The identifier of an {@link Interaction}: the platform and the platform's own id of the item (a
 * Mastodon status URI, a Bluesky AT-URI, a Reddit fullname, a web-visit id).
 *
 * <p>Ingesting two interactions with the same id is idempotent: the second changes nothing. Immutable
 * and thread-safe.
 *
 * @param platform the platform
 * @param nativeId the platform's id of the item, at most 1024 characters, no white space
 */
public record InteractionId(Platform platform, String nativeId) implements Comparable<InteractionId> {

    /**
     * Validates both parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the native id is blank, too long or contains white space
     */
    public InteractionId {
        Objects.requireNonNull(platform, "platform");
        Checks.token(nativeId, "native interaction id", 1024);
    }

    /**
     * The interaction id of a native id on a platform.
     *
     * @param platform the platform id
     * @param nativeId the platform's id of the item
     * @return the id
     * @throws IllegalArgumentException if either part is invalid
     */
    public static InteractionId of(String platform, String nativeId) {
        return new InteractionId(Platform.of(platform), nativeId);
    }

    /**
     * The interaction id of a native id on a platform.
     *
     * @param platform the platform
     * @param nativeId the platform's id of the item
     * @return the id
     * @throws IllegalArgumentException if the native id is invalid
     */
    public static InteractionId of(Platform platform, String nativeId) {
        return new InteractionId(platform, nativeId);
    }

    @Override
    public int compareTo(InteractionId other) {
        int c = platform.compareTo(other.platform);
        return c != 0 ? c : nativeId.compareTo(other.nativeId);
    }

    @Override
    public String toString() {
        return platform + ":" + nativeId;
    }

    /**
     * A 64-bit fingerprint of this id, for hash sets, sketches and de-duplication tables that keep longs instead
     * of ids. Stable across runs and JVMs; see {@link #fingerprint(String, String)}.
     *
     * @return the fingerprint
     */
    public long fingerprint() {
        return fingerprint(platform.id(), nativeId);
    }

    /**
     * The fingerprint of the id with this platform and native id, without creating the id: FNV-1a over the
     * platform, a separator and the native id, then a 64-bit finalising mix. Distinct ids collide with
     * probability about 2<sup>-64</sup> per pair.
     *
     * @param platform the platform's id
     * @param nativeId the native id
     * @return the fingerprint
     */
    public static long fingerprint(String platform, String nativeId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < platform.length(); i++) {
            h = (h ^ platform.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0x1F) * 0x100000001b3L;
        for (int i = 0; i < nativeId.length(); i++) {
            h = (h ^ nativeId.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
