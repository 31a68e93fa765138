package dev.scrm.connector;

import java.util.Objects;

/**
 * The identifier of one configured connector, for example {@code mastodon} or {@code mastodon.social}.
 * Used in exception messages, checkpoint keys and provenance. Immutable and thread-safe.
 *
 * @param value lower-case letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter
 *     or digit, at most 64 characters
 */
public record ConnectorId(String value) implements Comparable<ConnectorId> {

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is blank, too long or has other characters
     */
    public ConnectorId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("connector id must have 1 to 64 characters, had " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '.' || c == '_' || c == '-'));
            if (!ok) {
                throw new IllegalArgumentException("connector id may contain only a-z, 0-9, '.', '_' and '-'"
                        + " and must start with a letter or digit (bad character at position " + i + ")");
            }
        }
    }

    /**
     * The connector id with this value.
     *
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value is invalid
     */
    public static ConnectorId of(String value) {
        return new ConnectorId(value);
    }

    @Override
    public int compareTo(ConnectorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
