package dev.scrm.testkit.connector;

/** A failure a {@link SimulatedPlatform} can inject into a listing response. */
public enum Fault {
    /** HTTP 503 with an error body. */
    SERVER_ERROR,
    /** HTTP 429 with the platform's rate-limit headers and a reset one window away. */
    RATE_LIMITED,
    /** A response slower than any sensible read timeout. */
    TIMEOUT,
    /** HTTP 200 with the JSON body cut in half. */
    TRUNCATED_BODY,
    /** HTTP 200 with a body that is not JSON. */
    MALFORMED_BODY,
    /** The connection drops in the middle of a chunked body. */
    BROKEN_CHUNK
}
