package dev.scrm.audience;

import java.util.Locale;

/**
 * A customer's place on the advocacy ladder, from not knowing the brand to recommending it, plus the
 * off-ladder detractor who speaks against it. The ladder's rules ({@link AdvocacyLadder}) decide which stage
 * a customer is in; the text form writes stages in lower case ({@code engaged_fan}). Immutable and
 * thread-safe.
 */
public enum AdvocacyStage {
    /** No known contact with the brand (the stage of every newly tracked customer). */
    UNAWARE,
    /** Has interacted with the brand now and then. */
    CASUAL_PARTICIPANT,
    /** Follows the brand. */
    FOLLOWER,
    /** Follows the brand and interacts with it regularly. */
    ENGAGED_FAN,
    /** Has bought from the brand. */
    CUSTOMER,
    /** A customer who recommends the brand in public. */
    ADVOCATE,
    /** Speaks against the brand. */
    DETRACTOR;

    /**
     * The lower-case name used in the text form, CSV and JSON.
     *
     * @return the name, for example {@code engaged_fan}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The stage with this label, in any case.
     *
     * @param label the label, for example {@code engaged_fan}
     * @return the stage
     * @throws IllegalArgumentException if no stage has that label
     */
    public static AdvocacyStage fromLabel(String label) {
        String upper = label.toUpperCase(Locale.ROOT);
        for (AdvocacyStage s : values()) {
            if (s.name().equals(upper)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown advocacy stage");
    }
}
