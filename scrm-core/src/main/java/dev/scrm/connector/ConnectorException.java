package dev.scrm.connector;

import dev.scrm.core.ScrmException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A connector call failed. Carries the connector, the operation, the HTTP status when there was one and
 * whether retrying later can help. Messages name the connector and operation ("connector 'mastodon' got
 * 503 on hashtag") and never contain tokens, handles or payloads.
 *
 * <p>{@link AuthenticationException} (bad or revoked credentials) and an exhausted quota
 * ({@link RateLimitedException} with {@code retryable() == false}) are never retried.
 */
public class ConnectorException extends ScrmException {

    private static final long serialVersionUID = 1L;

    private final ConnectorId connector;
    private final String operation;
    private final int status;
    private final boolean retryable;

    /**
     * Creates the exception.
     *
     * @param connector the connector
     * @param operation the operation, for example {@code hashtag} or {@code profile}
     * @param status the HTTP status, or 0 when there was no response
     * @param retryable whether a later retry can succeed
     * @param problem what went wrong, without personal data or secrets
     * @param cause the underlying failure, may be {@code null}
     */
    public ConnectorException(ConnectorId connector, String operation, int status, boolean retryable, String problem,
            Throwable cause) {
        super(describe(connector, operation, status, problem), cause);
        this.connector = Objects.requireNonNull(connector, "connector");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.status = status;
        this.retryable = retryable;
    }

    /**
     * The connector that failed.
     *
     * @return the connector id
     */
    public ConnectorId connector() {
        return connector;
    }

    /**
     * The operation that failed.
     *
     * @return the operation name
     */
    public String operation() {
        return operation;
    }

    /**
     * The HTTP status of the failed response.
     *
     * @return the status, or empty when no response arrived
     */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * Whether retrying later can succeed. False for bad credentials, exhausted quotas and invalid requests.
     *
     * @return true when transient
     */
    public boolean retryable() {
        return retryable;
    }

    private static String describe(ConnectorId connector, String operation, int status, String problem) {
        return "connector '" + connector + "' "
                + (status == 0 ? "failed" : "got " + status) + " on " + operation + ": " + problem;
    }
}
