package dev.scrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The stable identifier of a {@link Customer}, which survives merges and splits.
 *
 * <p>Any non-blank token of at most 128 characters without white space; {@link #random()} makes a new
 * one from a random UUID. Ids are compared, never parsed. Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

    /**
     * Validates the identifier.
     *
     * @throws IllegalArgumentException if it is blank, too long or contains white space
     */
    public CustomerId {
        Checks.token(value, "customer id", 128);
    }

    /**
     * The customer id with this value.
     *
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    /**
     * A new, random customer id ({@code c-} followed by a random UUID).
     *
     * @return the id
     */
    public static CustomerId random() {
        return new CustomerId("c-" + UUID.randomUUID());
    }

    /**
     * The identifier, as written in JSON.
     *
     * @return the identifier
     */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
