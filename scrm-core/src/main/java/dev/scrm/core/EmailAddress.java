package dev.scrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An e-mail address as a source supplied it, trimmed and checked for a plausible shape ({@code local@domain},
 * at most 254 characters, a dot-free or dotted domain without white space).
 *
 * <p>The address is kept as given: provider-specific normalisation (case, dots, {@code +tags}) belongs to
 * identity resolution. Personal data: {@link #toString()} masks it. Immutable and thread-safe.
 *
 * @param value the address
 */
public record EmailAddress(String value) {

    /**
     * Trims and validates the address.
     *
     * @throws IllegalArgumentException if it does not look like an e-mail address (the message says why,
     *     without the address)
     */
    public EmailAddress {
        Checks.text(value, "e-mail address", 254);
        value = value.strip();
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("e-mail address must have a local part before '@'");
        }
        if (at == value.length() - 1) {
            throw new IllegalArgumentException("e-mail address must have a domain after '@'");
        }
        if (at > 64) {
            throw new IllegalArgumentException("e-mail address local part must be at most 64 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("e-mail address must not contain white space (position " + i + ")");
            }
        }
        String domain = value.substring(at + 1);
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..") || domain.indexOf('@') >= 0) {
            throw new IllegalArgumentException("e-mail address domain is malformed");
        }
    }

    /**
     * The e-mail address of a text.
     *
     * @param value the address
     * @return the e-mail address
     * @throws IllegalArgumentException if it does not look like an e-mail address
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /**
     * The address, as written in JSON.
     *
     * @return the address
     */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * The domain part, lower-cased.
     *
     * @return the domain
     */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A mask: the address is personal data. */
    @Override
    public String toString() {
        return "EmailAddress[***]";
    }
}
