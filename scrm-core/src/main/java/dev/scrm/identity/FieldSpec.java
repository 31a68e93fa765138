package dev.scrm.identity;

import java.util.Objects;

/**
 * One field of an {@link IdentitySchema}: its name (the key in {@link IdentityRecord#values()}) and its kind.
 * Immutable and thread-safe.
 *
 * @param name the field name, 1 to 128 characters without white space
 * @param kind what the field holds
 */
public record FieldSpec(String name, FieldKind kind) {

    /**
     * Validates the field.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the name is blank, too long or holds white space
     */
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank() || name.length() > 128 || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("field name must be 1 to 128 characters without white space");
        }
    }

    /**
     * A field.
     *
     * @param name the field name
     * @param kind its kind
     * @return the field
     */
    public static FieldSpec of(String name, FieldKind kind) {
        return new FieldSpec(name, kind);
    }
}
