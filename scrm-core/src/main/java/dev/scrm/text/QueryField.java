package dev.scrm.text;

import java.util.Locale;
import java.util.Optional;

/**
 * A field filter of a {@link ListeningQuery}, written {@code name:value} or {@code name:(a OR b)}.
 * Values are compared case-insensitively and may use the wildcards {@code *} and {@code ?}.
 */
public enum QueryField {
    /** The author's platform-native account id, or the {@code author_handle} attribute; a leading {@code @} is ignored. */
    AUTHOR,
    /** The interaction's language: {@code lang:en} matches {@code en} and {@code en-GB}. */
    LANG,
    /** The interaction's platform id, for example {@code platform:mastodon}. */
    PLATFORM,
    /** A hashtag in the text; a leading {@code #} is ignored. */
    HASHTAG,
    /** The host of the interaction's URL or a subdomain of it: {@code site:example.com} matches {@code www.example.com}. */
    SITE;

    /**
     * The name as written in a query.
     *
     * @return the lower-case name
     */
    public String queryName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The field with this name.
     *
     * @param name a name as written in a query, any case
     * @return the field, or empty if there is none by that name
     */
    public static Optional<QueryField> fromQueryName(String name) {
        for (QueryField f : values()) {
            if (f.queryName().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
