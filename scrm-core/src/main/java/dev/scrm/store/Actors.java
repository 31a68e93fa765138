package dev.scrm.store;

import java.util.Objects;

/** Checks actor names: non-blank tokens of at most 128 characters. */
final class Actors {

    private Actors() {
    }

    static String check(String actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank() || actor.length() > 128) {
            throw new IllegalArgumentException("actor must have 1 to 128 characters");
        }
        for (int i = 0; i < actor.length(); i++) {
            if (Character.isWhitespace(actor.charAt(i)) || Character.isISOControl(actor.charAt(i))) {
                throw new IllegalArgumentException("actor must not contain white space (position " + i + ")");
            }
        }
        return actor;
    }
}
