package dev.scrm.connectors.http;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.internal.ClientCredentialsAuth;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.Request;

/**
 * Attaches credentials to requests and renews them when the platform says they expired.
 *
 * <p>The transport calls {@link #authorize} before every request and, when the platform rejects the
 * credentials as expired, {@link #refresh} once; if that returns true the request is sent again once,
 * otherwise the failure is an {@link dev.scrm.connector.AuthenticationException}. Implementations are
 * thread-safe and never log or throw the credentials.
 */
public interface Auth {

    /**
     * Adds credentials to a request, obtaining them first if needed.
     *
     * @param request the request being built
     * @param context the client, clock and connector
     * @throws dev.scrm.connector.AuthenticationException if credentials cannot be obtained
     * @throws dev.scrm.connector.ConnectorException if the token endpoint fails transiently
     */
    void authorize(Request.Builder request, AuthContext context);

    /**
     * Renews the credentials after the platform rejected them as expired.
     *
     * @param context the client, clock and connector
     * @return true when new credentials were obtained and the request may be sent again
     */
    default boolean refresh(AuthContext context) {
        return false;
    }

    /**
     * The scheme, for the connector's manifest.
     *
     * @return the scheme
     */
    AuthScheme scheme();

    /**
     * No credentials: anonymous reads.
     *
     * @return the auth
     */
    static Auth none() {
        return fixed(AuthScheme.NONE, "none", request -> {
            // anonymous
        });
    }

    /**
     * A fixed bearer token ({@code Authorization: Bearer ...}), for example a Mastodon access token or an X
     * app-only token. It cannot be refreshed.
     *
     * @param token the token
     * @return the auth
     */
    static Auth bearer(Secret token) {
        Objects.requireNonNull(token, "token");
        return fixed(AuthScheme.BEARER_TOKEN, "bearer ****",
                request -> request.header("Authorization", "Bearer " + token.reveal()));
    }

    /**
     * An API key sent as a query parameter, for example YouTube's {@code key=}. The parameter is masked by
     * {@link Redactor} wherever a URL is logged or thrown. It cannot be refreshed.
     *
     * @param parameter the query parameter's name
     * @param key the key
     * @return the auth
     */
    static Auth apiKeyParameter(String parameter, Secret key) {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(key, "key");
        return fixed(AuthScheme.API_KEY, "api key ****", request -> {
            okhttp3.HttpUrl url = request.build().url();
            request.url(url.newBuilder().setQueryParameter(parameter, key.reveal()).build());
        });
    }

    /**
     * An API key sent as a field of a form-encoded POST body, for example Matomo's {@code token_auth}, which
     * Matomo counts as secure only there (never in the URL). The field is masked by {@link Redactor} wherever
     * text is logged or thrown. It cannot be refreshed.
     *
     * @param field the form field's name
     * @param key the key
     * @return the auth
     * @throws IllegalStateException when used on a request without a form body
     */
    static Auth formParameter(String field, Secret key) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        return fixed(AuthScheme.API_KEY, "form field ****", request -> {
            Request built = request.build();
            if (!(built.body() instanceof okhttp3.FormBody form)) {
                throw new IllegalStateException("form authentication needs a form-encoded POST body");
            }
            okhttp3.FormBody.Builder copy = new okhttp3.FormBody.Builder();
            for (int i = 0; i < form.size(); i++) {
                if (!form.name(i).equals(field)) {
                    copy.addEncoded(form.encodedName(i), form.encodedValue(i));
                }
            }
            copy.add(field, key.reveal());
            request.method(built.method(), copy.build());
        });
    }

    /**
     * OAuth 2.0 client credentials: the client id and secret are exchanged at the token endpoint (HTTP
     * Basic authentication, {@code grant_type=client_credentials}) for an access token, which is reused
     * until shortly before its {@code expires_in} and fetched again when the platform rejects it.
     *
     * @param tokenUrl the token endpoint
     * @param clientId the client id
     * @param clientSecret the client secret
     * @param scope the scope to request, or {@code null} for the default
     * @return the auth
     */
    static Auth clientCredentials(URI tokenUrl, String clientId, Secret clientSecret, String scope) {
        return new ClientCredentialsAuth(Objects.requireNonNull(tokenUrl, "tokenUrl"),
                Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(clientSecret, "clientSecret"),
                scope);
    }

    /**
     * Credentials that never change: attached the same way to every request and never refreshed.
     *
     * @param scheme the scheme
     * @param description what {@code toString()} shows inside {@code Auth[...]}, with any secret masked
     * @param attach adds the credentials to a request
     * @return the auth
     */
    private static Auth fixed(AuthScheme scheme, String description, Consumer<Request.Builder> attach) {
        return new Auth() {
            @Override
            public void authorize(Request.Builder request, AuthContext context) {
                attach.accept(request);
            }

            @Override
            public AuthScheme scheme() {
                return scheme;
            }

            @Override
            public String toString() {
                return "Auth[" + description + "]";
            }
        };
    }
}
