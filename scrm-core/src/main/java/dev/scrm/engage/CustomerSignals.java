package dev.scrm.engage;

/**
 * What the desk knows about the sender of a message when it is triaged: their influence and their history
 * with the brand. Immutable and thread-safe.
 *
 * @param followers the sender's follower count on the platform the message came from (0 when unknown)
 * @param verified whether the platform marks the sender's account verified
 * @param priorCases how many cases the sender (as a customer, across channels) had before
 * @param recentComplaints how many of those were complaints opened within the desk's history window
 */
public record CustomerSignals(long followers, boolean verified, int priorCases, int recentComplaints) {

    /** Nothing known about the sender. */
    public static final CustomerSignals NONE = new CustomerSignals(0, false, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public CustomerSignals {
        if (followers < 0 || priorCases < 0 || recentComplaints < 0) {
            throw new IllegalArgumentException("customer signal counts must be >= 0");
        }
    }
}
