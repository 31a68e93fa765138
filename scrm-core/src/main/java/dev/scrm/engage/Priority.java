package dev.scrm.engage;

import java.util.Objects;

/** How urgently a case needs an answer, from {@link #LOW} to {@link #URGENT}; compared by declaration order. */
public enum Priority {
    /** Can wait: praise, low-risk chatter. */
    LOW,
    /** The default. */
    NORMAL,
    /** Needs attention soon: complaints, influential or repeat customers. */
    HIGH,
    /** Needs attention now: safety, legal, security or a public crisis. */
    URGENT;

    private static final Priority[] VALUES = values();

    /**
     * This priority raised by some levels, capped at {@link #URGENT}; a negative step lowers it, floored at
     * {@link #LOW}.
     *
     * @param levels how many levels to raise
     * @return the raised priority
     */
    public Priority raisedBy(int levels) {
        int i = Math.max(0, Math.min(VALUES.length - 1, ordinal() + levels));
        return VALUES[i];
    }

    /**
     * The higher of two priorities.
     *
     * @param a one priority
     * @param b the other
     * @return the higher one
     */
    public static Priority max(Priority a, Priority b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.compareTo(b) >= 0 ? a : b;
    }
}
