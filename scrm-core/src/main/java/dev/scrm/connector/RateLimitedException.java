package dev.scrm.connector;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform's rate limit or quota stopped the call. When {@link #retryable()} is true the limit
 * resets at {@link #retryAfter()}; when false the quota is exhausted for a long period (a daily quota,
 * a monthly cap) and the caller must not retry before {@link #retryAfter()}.
 */
public final class RateLimitedException extends ConnectorException {

    private static final long serialVersionUID = 1L;

    private final Instant retryAfter;

    /**
     * Creates the exception.
     *
     * @param connector the connector
     * @param operation the operation
     * @param status the HTTP status, or 0
     * @param retryable true for a short window limit, false for an exhausted quota
     * @param retryAfter when the limit resets, or {@code null} when unknown
     * @param problem what went wrong
     */
    public RateLimitedException(ConnectorId connector, String operation, int status, boolean retryable,
            Instant retryAfter, String problem) {
        super(connector, operation, status, retryable, problem, null);
        this.retryAfter = retryAfter;
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * When the limit or quota resets.
     *
     * @return the instant, or empty when the platform did not say
     */
    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
