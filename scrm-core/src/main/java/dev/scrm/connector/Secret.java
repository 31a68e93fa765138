package dev.scrm.connector;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential (token, password, API key, client secret) that never shows itself: {@link #toString()}
 * prints a mask, and only {@link #reveal()} returns the value, for the moment it goes on the wire.
 * Immutable and thread-safe.
 */
public final class Secret {

    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /**
     * A secret with this value.
     *
     * @param value the value, not blank
     * @return the secret
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is blank
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("secret must not be blank");
        }
        return new Secret(value.toCharArray());
    }

    /**
     * The secret held in an environment variable.
     *
     * @param variable the variable's name
     * @return the secret, or empty when the variable is unset or blank
     */
    public static Optional<Secret> fromEnv(String variable) {
        String v = System.getenv(Objects.requireNonNull(variable, "variable"));
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(new Secret(v.toCharArray()));
    }

    /**
     * The value, to put on the wire. Never log or store it.
     *
     * @return the value
     */
    public String reveal() {
        return new String(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && java.security.MessageDigest.isEqual(
                new String(value).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(s.value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    /** A mask: never the value. */
    @Override
    public String toString() {
        return "Secret[****]";
    }
}
