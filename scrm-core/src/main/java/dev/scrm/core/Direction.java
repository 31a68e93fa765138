package dev.scrm.core;

/** Whether an {@link Interaction} came from a person to the brand or went from the brand out. */
public enum Direction {
    /** From a person to the brand, or about the brand. */
    INBOUND,
    /** From the brand to people. */
    OUTBOUND
}
