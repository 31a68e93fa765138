package dev.scrm.connector;

import java.util.Locale;
import java.util.Objects;

/**
 * What to read from a platform: a hashtag, a search, an account's posts, notifications or comments.
 * Immutable and thread-safe. The value can be personal data (a handle), so {@link #toString()} shows the
 * kind and the value's length only; {@link #key()} is a stable, non-personal key for checkpoints.
 *
 * @param kind what to read
 * @param value the tag, query, account or object, at most 1024 characters, not blank
 */
public record ListeningQuery(QueryKind kind, String value) {

    /**
     * Validates the query.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the value is blank or too long
     */
    public ListeningQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("query value must not be blank");
        }
        if (value.length() > 1024) {
            throw new IllegalArgumentException("query value must be at most 1024 characters, was " + value.length());
        }
        if (kind == QueryKind.HASHTAG && value.startsWith("#")) {
            value = value.substring(1);
            if (value.isEmpty()) {
                throw new IllegalArgumentException("hashtag must not be empty");
            }
        }
    }

    /**
     * A hashtag query.
     *
     * @param tag the tag, with or without {@code #}
     * @return the query
     */
    public static ListeningQuery hashtag(String tag) {
        return new ListeningQuery(QueryKind.HASHTAG, tag);
    }

    /**
     * A full-text search.
     *
     * @param query the platform's query text
     * @return the query
     */
    public static ListeningQuery search(String query) {
        return new ListeningQuery(QueryKind.SEARCH, query);
    }

    /**
     * The posts of one account.
     *
     * @param account a handle or native account id
     * @return the query
     */
    public static ListeningQuery accountPosts(String account) {
        return new ListeningQuery(QueryKind.ACCOUNT_POSTS, account);
    }

    /**
     * The authenticated account's notifications.
     *
     * @return the query
     */
    public static ListeningQuery notifications() {
        return new ListeningQuery(QueryKind.NOTIFICATIONS, "me");
    }

    /**
     * A stable key for this query, used in checkpoint keys: the kind and a hash of the value, so no
     * personal data is written into file names or logs.
     *
     * @return the key, for example {@code hashtag-1f3a9c2e}
     */
    public String key() {
        String normalised = kind == QueryKind.HASHTAG ? value.toLowerCase(Locale.ROOT) : value;
        long h = 1125899906842597L;
        for (int i = 0; i < normalised.length(); i++) {
            h = 31 * h + normalised.charAt(i);
        }
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + Long.toHexString(h);
    }

    /** Shows the kind and the value's length only. */
    @Override
    public String toString() {
        return "ListeningQuery[" + kind + ", " + value.length() + " chars]";
    }
}
