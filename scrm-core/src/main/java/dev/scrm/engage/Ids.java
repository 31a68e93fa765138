package dev.scrm.engage;

import java.util.Objects;

/** Checks for the identifiers of this package; messages never echo the value. */
final class Ids {

    private Ids() {
    }

    static String check(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException(name + " must have 1 to 128 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(name + " must not contain white space or control characters"
                        + " (position " + i + ")");
            }
        }
        return value;
    }
}
