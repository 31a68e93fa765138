package dev.scrm.connectors.bluesky.internal;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.RateLimitedException;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.AuthContext;
import dev.scrm.connectors.http.RateLimitFormat;
import dev.scrm.connectors.http.internal.CredentialCall;
import dev.scrm.connectors.http.internal.Json;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bluesky session login: createSession once, refreshSession when the access token expires or ages, and a
 * new login only when the refresh token is refused. Thread-safe.
 */
final class SessionAuth implements Auth {

    private static final Logger LOG = LoggerFactory.getLogger(SessionAuth.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final URI base;
    private final String identifier;
    private final Secret password;
    private final Duration maxAge;
    private Secret access;
    private Secret refresh;
    private Instant obtainedAt;

    SessionAuth(URI base, String identifier, Secret password, Duration maxAge) {
        this.base = base;
        this.identifier = identifier;
        this.password = password;
        this.maxAge = maxAge;
    }

    @Override
    public synchronized void authorize(Request.Builder request, AuthContext context) {
        Instant now = context.clock().instant();
        if (access == null) {
            login(context);
        } else if (!now.isBefore(obtainedAt.plus(maxAge)) && !refreshSession(context)) {
            login(context);
        }
        request.header("Authorization", "Bearer " + access.reveal());
    }

    @Override
    public synchronized boolean refresh(AuthContext context) {
        if (refreshSession(context)) {
            return true;
        }
        login(context);
        return true;
    }

    @Override
    public AuthScheme scheme() {
        return AuthScheme.SESSION_LOGIN;
    }

    private void login(AuthContext context) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("identifier", identifier);
        body.put("password", password.reveal());
        Request req = new Request.Builder().url(base + "/xrpc/com.atproto.server.createSession")
                .header("User-Agent", context.userAgent())
                .post(RequestBody.create(Json.MAPPER.writeValueAsString(body), JSON)).build();
        JsonNode session = call(req, context, "login");
        if (session == null) {
            throw new AuthenticationException(context.connector(), "login", 401, "login refused");
        }
        LOG.debug("connector '{}' logged in", context.connector());
    }

    /** Returns false when the refresh token was refused. */
    private boolean refreshSession(AuthContext context) {
        if (refresh == null) {
            return false;
        }
        Request req = new Request.Builder().url(base + "/xrpc/com.atproto.server.refreshSession")
                .header("User-Agent", context.userAgent())
                .header("Authorization", "Bearer " + refresh.reveal())
                .post(RequestBody.create(new byte[0], null)).build();
        JsonNode session = call(req, context, "refresh");
        if (session == null) {
            access = null;
            refresh = null;
            return false;
        }
        LOG.debug("connector '{}' refreshed its session", context.connector());
        return true;
    }

    /** Performs a session call; returns null when the credentials were refused. */
    private JsonNode call(Request req, AuthContext context, String operation) {
        return CredentialCall.send(context, req, operation, "session call failed", (response, raw) -> {
            JsonNode body = raw.isBlank() ? null : Json.MAPPER.readTree(raw);
            int status = response.code();
            if (status == 429) {
                Instant at = RateLimitFormat.epochSecondsReset("RateLimit")
                        .read(response::header, context.clock().instant())
                        .map(RateLimitFormat.RateLimitState::resetAt).orElse(null);
                throw new RateLimitedException(context.connector(), operation, status, true, at,
                        "session calls are rate limited");
            }
            if (status >= 500) {
                throw new ConnectorException(context.connector(), operation, status, true, "server error", null);
            }
            if (status == 400 || status == 401) {
                String error = Json.nonBlank(body, "error");
                if ("AuthFactorTokenRequired".equals(error) || "AccountTakedown".equals(error)) {
                    throw new AuthenticationException(context.connector(), operation, status,
                            "account needs attention (" + error + ")");
                }
                return null;
            }
            if (status < 200 || status >= 300 || body == null) {
                throw new ConnectorException(context.connector(), operation, status, false, "session call failed",
                        null);
            }
            String a = Json.nonBlank(body, "accessJwt");
            String r = Json.nonBlank(body, "refreshJwt");
            if (a == null || r == null) {
                throw new ConnectorException(context.connector(), operation, status, true,
                        "session response lacks tokens", null);
            }
            access = Secret.of(a);
            refresh = Secret.of(r);
            obtainedAt = context.clock().instant();
            return body;
        });
    }

    @Override
    public String toString() {
        return "Auth[bluesky session ****]";
    }
}
