package dev.scrm.metrics;

import java.util.Objects;

/**
 * The identifier of a customer-service conversation, as the customer-service module assigns it.
 * Immutable and thread-safe.
 *
 * @param value the id, non-blank, at most 256 characters
 */
public record ConversationId(String value) {

    /**
     * Validates.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if it is blank or too long
     */
    public ConversationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 256) {
            throw new IllegalArgumentException("conversation id must be 1 to 256 non-blank characters");
        }
    }

    /**
     * The id of a value.
     *
     * @param value the value
     * @return the id
     */
    public static ConversationId of(String value) {
        return new ConversationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
