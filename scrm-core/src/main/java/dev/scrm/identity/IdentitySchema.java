package dev.scrm.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields that records carry and the engine compares, in order. Immutable and thread-safe.
 *
 * <p>At most {@value #MAX_FIELDS} fields, with distinct names. {@link #social()} is the schema that
 * {@link IdentityRecord#of(dev.scrm.core.SocialIdentity)} fills.
 *
 * @param fields the fields, in order
 */
public record IdentitySchema(List<FieldSpec> fields) {

    /** The most fields a schema may have (each becomes a comparison). */
    public static final int MAX_FIELDS = 15;

    /** The handle field of {@link #social()}. */
    public static final String HANDLE = "handle";
    /** The display name field of {@link #social()}. */
    public static final String DISPLAY_NAME = "display_name";
    /** The e-mail field of {@link #social()}. */
    public static final String EMAIL = "email";
    /** The phone field of {@link #social()}. */
    public static final String PHONE = "phone";
    /** The profile URL field of {@link #social()}. */
    public static final String PROFILE_URL = "profile_url";
    /** The bio field of {@link #social()} (the bio text and the links beside it). */
    public static final String BIO = "bio";

    private static final IdentitySchema SOCIAL = new IdentitySchema(List.of(
            FieldSpec.of(HANDLE, FieldKind.HANDLE), FieldSpec.of(DISPLAY_NAME, FieldKind.FULL_NAME),
            FieldSpec.of(EMAIL, FieldKind.EMAIL), FieldSpec.of(PHONE, FieldKind.PHONE),
            FieldSpec.of(PROFILE_URL, FieldKind.URL), FieldSpec.of(BIO, FieldKind.TEXT)));

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if the list or a field is null
     * @throws IllegalArgumentException if it is empty, too long or names a field twice
     */
    public IdentitySchema {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        if (fields.isEmpty() || fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("a schema needs 1 to " + MAX_FIELDS + " fields, had " + fields.size());
        }
        Set<String> seen = new HashSet<>();
        for (FieldSpec f : fields) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("field '" + f.name() + "' is declared twice");
            }
        }
    }

    /**
     * A schema of these fields.
     *
     * @param fields the fields, in order
     * @return the schema
     */
    public static IdentitySchema of(FieldSpec... fields) {
        return new IdentitySchema(List.of(fields));
    }

    /**
     * The schema for social identities: handle, display name, e-mail, phone, profile URL and bio.
     *
     * @return the social schema
     */
    public static IdentitySchema social() {
        return SOCIAL;
    }

    /**
     * The field with this name.
     *
     * @param name the name
     * @return the field, or empty
     */
    public Optional<FieldSpec> field(String name) {
        Objects.requireNonNull(name, "name");
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
