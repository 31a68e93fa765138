package dev.scrm.engage;

/** The service-level clocks a case runs, each with its own target in an {@link SlaTarget}. */
public enum SlaMetric {
    /** From the case's first inbound message to the first human response. */
    FIRST_RESPONSE,
    /** From a customer's new turn (their first message after a response) to the next human response. */
    NEXT_RESPONSE,
    /** From opening to resolution, summed over the open intervals when a case is reopened. */
    RESOLUTION
}
