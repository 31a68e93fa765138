package dev.scrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A channel that identities and interactions come from: a social network, a web analytics tool, e-mail
 * or the CRM itself.
 *
 * <p>An open value type, since networks come and go: any lower-case identifier of letters, digits,
 * {@code .}, {@code _} and {@code -} (starting with a letter or digit, at most 64 characters) is a
 * platform, and the constants below name the ones scrm ships connectors or conventions for. Input is
 * lower-cased, so {@code Platform.of("Mastodon")} equals {@link #MASTODON}. Immutable and thread-safe.
 *
 * @param id the platform's identifier, for example {@code mastodon}
 */
public record Platform(String id) implements Comparable<Platform> {

    /** Mastodon and other Mastodon-API fediverse servers. */
    public static final Platform MASTODON = new Platform("mastodon");
    /** Bluesky (AT Protocol). */
    public static final Platform BLUESKY = new Platform("bluesky");
    /** Reddit. */
    public static final Platform REDDIT = new Platform("reddit");
    /** X (formerly Twitter). */
    public static final Platform X = new Platform("x");
    /** YouTube. */
    public static final Platform YOUTUBE = new Platform("youtube");
    /** Facebook (Meta Graph API). */
    public static final Platform FACEBOOK = new Platform("facebook");
    /** Instagram (Meta Graph API). */
    public static final Platform INSTAGRAM = new Platform("instagram");
    /** LinkedIn. */
    public static final Platform LINKEDIN = new Platform("linkedin");
    /** The brand's web site, as seen by a web analytics tool such as Matomo or Plausible. */
    public static final Platform WEB = new Platform("web");
    /** E-mail. */
    public static final Platform EMAIL = new Platform("email");
    /** Telephone. */
    public static final Platform PHONE = new Platform("phone");
    /** Records that come from a CRM, shop or other business system rather than a social network. */
    public static final Platform CRM = new Platform("crm");

    /**
     * Validates and lower-cases the identifier.
     *
     * @throws IllegalArgumentException if the identifier is blank, too long or has other characters
     */
    public Platform {
        Checks.text(id, "platform id", 64);
        id = id.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '.' || c == '_' || c == '-'));
            if (!ok) {
                throw new IllegalArgumentException("platform id may contain only a-z, 0-9, '.', '_' and '-'"
                        + " and must start with a letter or digit (bad character at position " + i + ")");
            }
        }
    }

    /**
     * The platform with this identifier.
     *
     * @param id the identifier, any case
     * @return the platform
     * @throws IllegalArgumentException if the identifier is not valid
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Platform of(String id) {
        return new Platform(id);
    }

    /**
     * The identifier, as written in JSON.
     *
     * @return the identifier
     */
    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public int compareTo(Platform other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
