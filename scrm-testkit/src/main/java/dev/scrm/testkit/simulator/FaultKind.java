package dev.scrm.testkit.simulator;

/** A transient failure a simulator can inject into a read request. Immutable and thread-safe. */
public enum FaultKind {
    /** HTTP 429 with the platform's rate-limit headers showing nothing left and a reset one second away. */
    RATE_LIMITED,
    /** HTTP 503 with the platform's error body. */
    SERVER_ERROR,
    /** HTTP 200 whose JSON body is cut off half way (the Content-Length matches the cut body). */
    TRUNCATED_BODY
}
