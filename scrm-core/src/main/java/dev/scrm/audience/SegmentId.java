package dev.scrm.audience;

import java.util.Objects;

/**
 * The identifier of a {@link Segment}: a lower-case token of letters, digits, {@code _}, {@code .} and
 * {@code -}, starting with a letter or digit, at most 64 characters. Ids are compared, never parsed.
 * Immutable and thread-safe.
 *
 * @param value the identifier, for example {@code lapsed_fans}
 */
public record SegmentId(String value) implements Comparable<SegmentId> {

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if it is empty, too long or has other characters
     */
    public SegmentId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("segment id must have 1 to 64 characters, had " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '_' || c == '.' || c == '-'));
            if (!ok) {
                throw new IllegalArgumentException("segment id may contain only a-z, 0-9, '_', '.' and '-' and must"
                        + " start with a letter or digit (bad character at position " + i + ")");
            }
        }
    }

    /**
     * The segment id with this value.
     *
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    public static SegmentId of(String value) {
        return new SegmentId(value);
    }

    @Override
    public int compareTo(SegmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
