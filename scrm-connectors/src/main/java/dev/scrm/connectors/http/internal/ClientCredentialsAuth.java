package dev.scrm.connectors.http.internal;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.AuthContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** OAuth 2.0 client credentials with a cached access token. Thread-safe. */
public final class ClientCredentialsAuth implements Auth {

    private static final Duration EARLY = Duration.ofSeconds(60);

    private final URI tokenUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final String scope;
    private Secret token;
    private Instant expiresAt;

    public ClientCredentialsAuth(URI tokenUrl, String clientId, Secret clientSecret, String scope) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
    }

    @Override
    public synchronized void authorize(Request.Builder request, AuthContext context) {
        if (token == null || (expiresAt != null && !context.clock().instant().isBefore(expiresAt))) {
            fetch(context);
        }
        request.header("Authorization", "Bearer " + token.reveal());
    }

    @Override
    public synchronized boolean refresh(AuthContext context) {
        token = null;
        fetch(context);
        return true;
    }

    @Override
    public AuthScheme scheme() {
        return AuthScheme.OAUTH2_CLIENT_CREDENTIALS;
    }

    private void fetch(AuthContext context) {
        FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
        if (scope != null) {
            form.add("scope", scope);
        }
        Request req = new Request.Builder().url(tokenUrl.toString())
                .header("Authorization", okhttp3.Credentials.basic(clientId, clientSecret.reveal()))
                .header("User-Agent", context.userAgent())
                .post(form.build()).build();
        CredentialCall.send(context, req, "token", "token endpoint unreachable or malformed", (response, raw) -> {
            if (response.code() == 400 || response.code() == 401 || response.code() == 403) {
                throw new AuthenticationException(context.connector(), "token", response.code(),
                        "client credentials refused");
            }
            if (!response.isSuccessful()) {
                throw new ConnectorException(context.connector(), "token", response.code(), response.code() >= 500,
                        "token endpoint failed", null);
            }
            JsonNode body = Json.MAPPER.readTree(raw);
            String access = Json.nonBlank(body, "access_token");
            if (access == null) {
                throw new AuthenticationException(context.connector(), "token", response.code(),
                        "token response has no access_token");
            }
            token = Secret.of(access);
            long expiresIn = Json.count(body, "expires_in");
            expiresAt = expiresIn > 0 ? context.clock().instant().plusSeconds(expiresIn).minus(EARLY) : null;
            return null;
        });
    }

    @Override
    public String toString() {
        return "Auth[client-credentials ****]";
    }
}
