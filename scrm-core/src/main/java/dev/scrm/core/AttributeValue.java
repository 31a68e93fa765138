package dev.scrm.core;

import java.util.Objects;

/**
 * One profile or demographic attribute of a {@link Customer} with its provenance: which identity or
 * source supplied it, and when.
 *
 * @param value the attribute's value, at most 4096 characters
 * @param provenance where it came from
 */
public record AttributeValue(String value, Provenance provenance) {

    /**
     * Validates the attribute.
     *
     * @throws NullPointerException if either part is null
     * @throws IllegalArgumentException if the value is longer than 4096 characters
     */
    public AttributeValue {
        Objects.requireNonNull(value, "value");
        Checks.optionalText(value, "attribute value", 4096);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * An attribute value from a source.
     *
     * @param value the value
     * @param provenance where it came from
     * @return the attribute value
     */
    public static AttributeValue of(String value, Provenance provenance) {
        return new AttributeValue(value, provenance);
    }
}
