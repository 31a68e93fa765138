package dev.scrm.engage;

import java.util.Objects;

/**
 * The identifier of a customer-care agent (a human who answers customers).
 *
 * <p>Any non-blank token of at most 128 characters without white space or control characters. Ids are
 * compared, never parsed. Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record AgentId(String value) implements Comparable<AgentId> {

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if it is blank, too long or contains white space
     */
    public AgentId {
        Ids.check(value, "agent id");
    }

    /**
     * The id with this value.
     *
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    public static AgentId of(String value) {
        return new AgentId(value);
    }

    @Override
    public int compareTo(AgentId other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value;
    }
}
