package dev.scrm.connectors.http;

import dev.scrm.connector.ConnectorId;
import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * What an {@link Auth} may use to obtain or refresh credentials: the connector it serves, the HTTP client,
 * the clock and the User-Agent. Immutable and thread-safe.
 *
 * @param connector the connector
 * @param client the HTTP client for token calls
 * @param clock the clock, for token expiry
 * @param userAgent the User-Agent to send
 * @param beforeCall run before every token request: waits for the connector's rate limit and reserves one
 *     request, so token calls count against the same allowance as the rest
 */
public record AuthContext(ConnectorId connector, OkHttpClient client, Clock clock, String userAgent,
        Runnable beforeCall) {

    /**
     * Validates the context.
     *
     * @throws NullPointerException if a part is null
     */
    public AuthContext {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(beforeCall, "beforeCall");
    }
}
