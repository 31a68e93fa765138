package dev.scrm.engage;

import java.util.Objects;

/**
 * The identifier of a team of agents that cases are routed to.
 *
 * <p>Any non-blank token of at most 128 characters without white space or control characters. Ids are
 * compared, never parsed. Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record TeamId(String value) implements Comparable<TeamId> {

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if it is blank, too long or contains white space
     */
    public TeamId {
        Ids.check(value, "team id");
    }

    /**
     * The id with this value.
     *
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    public static TeamId of(String value) {
        return new TeamId(value);
    }

    @Override
    public int compareTo(TeamId other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value;
    }
}
