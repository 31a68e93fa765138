package dev.scrm.engage;

import java.util.Objects;

/**
 * The identifier of a conversation in the unified inbox (the desk numbers them {@code conv-1}, {@code conv-2}, ...).
 *
 * <p>Any non-blank token of at most 128 characters without white space or control characters. Ids are
 * compared, never parsed. Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record ConversationId(String value) implements Comparable<ConversationId> {

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if it is blank, too long or contains white space
     */
    public ConversationId {
        Ids.check(value, "conversation id");
    }

    /**
     * The id with this value.
     *
     * @param value the identifier
     * @return the id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    public static ConversationId of(String value) {
        return new ConversationId(value);
    }

    @Override
    public int compareTo(ConversationId other) {
        return value.compareTo(Objects.requireNonNull(other, "other").value);
    }

    @Override
    public String toString() {
        return value;
    }
}
