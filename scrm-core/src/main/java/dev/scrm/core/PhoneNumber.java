package dev.scrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A telephone number as a source supplied it, trimmed: digits with the usual separators ({@code + ( ) - . /}
 * and spaces) and an optional extension marker ({@code x}, {@code ext}, {@code #}), holding 3 to 20 digits.
 *
 * <p>Normalisation to E.164 belongs to identity resolution, which knows the default region. Personal data:
 * {@link #toString()} masks it. Immutable and thread-safe.
 *
 * @param value the number as written
 */
public record PhoneNumber(String value) {

    /**
     * Trims and validates the number.
     *
     * @throws IllegalArgumentException if it has other characters or too few or too many digits
     */
    public PhoneNumber {
        Checks.text(value, "phone number", 64);
        value = value.strip();
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ("+()-./ #".indexOf(c) < 0 && "extEXT".indexOf(c) < 0) {
                throw new IllegalArgumentException("phone number may contain only digits, spaces and + ( ) - . /"
                        + " (bad character at position " + i + ")");
            }
        }
        if (digits < 3 || digits > 20) {
            throw new IllegalArgumentException("phone number must have 3 to 20 digits, had " + digits);
        }
    }

    /**
     * The phone number of a text.
     *
     * @param value the number as written
     * @return the phone number
     * @throws IllegalArgumentException if it is not a plausible number
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    /**
     * The number as written, as in JSON.
     *
     * @return the number
     */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

    /** A mask: the number is personal data. */
    @Override
    public String toString() {
        return "PhoneNumber[***]";
    }
}
