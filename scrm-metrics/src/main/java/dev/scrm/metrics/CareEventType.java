package dev.scrm.metrics;

/** What happened in a customer-service conversation. */
public enum CareEventType {
    /** A customer message, public or private. */
    INBOUND,
    /** A reply by a human agent. */
    AGENT_REPLY,
    /** An automatic or bot reply: it never counts as a response. */
    AUTOMATED_REPLY,
    /** The conversation was resolved. */
    RESOLVED,
    /** A resolved conversation was reopened. */
    REOPENED
}
