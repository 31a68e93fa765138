package dev.scrm.engage.internal;

import java.util.Objects;

/** Argument checks of the service desk. */
final class Checks {

    private Checks() {
    }

    static String actor(String actor) {
        Objects.requireNonNull(actor, "actor");
        if (!isActor(actor)) {
            throw new IllegalArgumentException("actor must have 1 to 128 characters without white space");
        }
        return actor;
    }

    static boolean isActor(String s) {
        if (s == null || s.isBlank() || s.length() > 128) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isISOControl(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
