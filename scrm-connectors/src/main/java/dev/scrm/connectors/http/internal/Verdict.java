package dev.scrm.connectors.http.internal;

import java.time.Instant;

/**
 * How a platform's response is to be handled: a connector's error classifier decides, the transport acts.
 *
 * @param kind what to do
 * @param retryAt when a rate limit or quota resets, or null
 * @param problem a non-personal description (an error code), or null
 */
public record Verdict(Kind kind, Instant retryAt, String problem) {

    /** What the transport does with a response. */
    public enum Kind {
        /** Success: return the body. */
        OK,
        /** The object does not exist or is not visible: return the response to the caller. */
        NOT_FOUND,
        /** A transient failure: back off and retry. */
        TRANSIENT,
        /** A short rate limit: wait until {@code retryAt} (or back off) and retry. */
        RATE_LIMITED,
        /** An exhausted quota: fail, not retryable, until {@code retryAt}. */
        QUOTA_EXHAUSTED,
        /** Expired credentials: refresh once and retry. */
        AUTH_EXPIRED,
        /** Refused credentials: fail, not retryable. */
        AUTH_FAILED,
        /** Any other refusal (bad request, forbidden): fail, not retryable. */
        INVALID
    }

    public static Verdict of(Kind kind) {
        return new Verdict(kind, null, null);
    }

    public static Verdict of(Kind kind, String problem) {
        return new Verdict(kind, null, problem);
    }
}
