package dev.scrm.testkit.world;

import java.util.Objects;

/**
 * The ground-truth identifier of a synthetic person: all accounts with the same person id belong to one
 * human. Immutable and thread-safe.
 *
 * @param value the identifier, for example {@code p00042}
 */
public record PersonId(String value) implements Comparable<PersonId> {

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if it is blank
     */
    public PersonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("person id must not be blank");
        }
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
