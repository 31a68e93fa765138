package dev.scrm.connector;

/**
 * The platform refused the credentials (invalid, expired beyond refresh, revoked, or lacking a scope).
 * Never retryable: a person must fix the configuration.
 */
public final class AuthenticationException extends ConnectorException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param connector the connector
     * @param operation the operation
     * @param status the HTTP status, or 0
     * @param problem what went wrong, without the credentials
     */
    public AuthenticationException(ConnectorId connector, String operation, int status, String problem) {
        super(connector, operation, status, false, problem, null);
    }
}
