package dev.scrm.engage;

import java.util.Objects;

/**
 * The identifier of a service case (the desk numbers them {@code case-1}, {@code case-2}, ...).
 *
 * <p>Any non-blank token of at most 128 characters without white space or control characters. Ids are
 * compared, never parsed. Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record CaseId(String value) implements Comparable<CaseId> {

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if it is blank, too long or contains white space
     */
    public CaseId {
        Ids.check(value, "case id");
    }

    /**
     * The id with this value.
     *
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value;
    }
}
