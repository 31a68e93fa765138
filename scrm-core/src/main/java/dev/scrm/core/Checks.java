package dev.scrm.core;

import java.util.Objects;

/** Argument checks shared by the value types; messages never echo the value. */
final class Checks {

    private Checks() {
    }

    static String text(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters, was "
                    + value.length());
        }
        return value;
    }

    static String optionalText(String value, String name, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters, was "
                    + value.length());
        }
        return value;
    }

    static String token(String value, String name, int maxLength) {
        text(value, name, maxLength);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(name + " must not contain white space or control characters"
                        + " (position " + i + ")");
            }
        }
        return value;
    }

    static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
        return value;
    }

    static double probability(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be within [0, 1], was " + value);
        }
        return value;
    }
}
