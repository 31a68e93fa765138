package dev.scrm.connectors.bluesky;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.RateLimitRule;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.bluesky.internal.BlueskyClient;
import dev.scrm.connectors.http.ClientConnector;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.core.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads Bluesky through XRPC.
 *
 * <p>Queries: {@link dev.scrm.connector.QueryKind#SEARCH} and {@link dev.scrm.connector.QueryKind#HASHTAG}
 * ({@code app.bsky.feed.searchPosts}, newest first) and {@link dev.scrm.connector.QueryKind#ACCOUNT_POSTS}
 * ({@code app.bsky.feed.getAuthorFeed}). Paging follows the opaque {@code cursor}; once a traversal ends,
 * the next one reads only posts newer than the newest seen. With an identifier and app password the
 * connector logs in once ({@code com.atproto.server.createSession}), refreshes the session when the access
 * token expires (HTTP 400 {@code ExpiredToken}) or after {@value #ACCESS_TOKEN_REFRESH_MINUTES} minutes, and
 * logs in again only when the refresh token is refused. Search with a cursor needs authentication on the
 * public host, so pass {@code https://bsky.social} (or the account's PDS) as base URL when logging in.
 * Rate limits are read from {@code RateLimit-*} (reset in epoch seconds).
 *
 * <p>Thread-safe. Closing does nothing.
 */
public final class BlueskyConnector extends ClientConnector {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("bluesky");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "bluesky-map@1";
    /** Default posts per request: 100, the maximum. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** The anonymous public AppView host. */
    public static final URI PUBLIC_APPVIEW = URI.create("https://public.api.bsky.app");
    /** Minutes after which an access token is refreshed before use (it lives 120). */
    public static final int ACCESS_TOKEN_REFRESH_MINUTES = 100;

    private BlueskyConnector(Builder b, Common c) {
        super(manifestOf(b, c), new BlueskyClient(c.id(), c.baseUrl(), c.settings(), b.identifier, b.appPassword, c.pageSize(),
                Duration.ofMinutes(ACCESS_TOKEN_REFRESH_MINUTES)));
    }

    private static ConnectorManifest manifestOf(Builder b, Common c) {
        boolean login = b.identifier != null;
        return new ConnectorManifest(c.id(), Platform.BLUESKY,
                EnumSet.of(Capability.SEARCH_MENTIONS, Capability.HASHTAG_TIMELINE, Capability.ACCOUNT_TIMELINE,
                        Capability.PROFILE_LOOKUP, Capability.FOLLOWER_COUNTS, Capability.DELETION_CHECK),
                login ? AuthScheme.SESSION_LOGIN : AuthScheme.NONE,
                List.of(new RateLimitRule(3000, Duration.ofMinutes(5), "per IP on a PDS", "epoch seconds"),
                        new RateLimitRule(30, Duration.ofMinutes(5), "createSession per account", "epoch seconds")),
                null, MAPPING_VERSION);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BlueskyConnector}. Without a base URL it reads the anonymous {@link #PUBLIC_APPVIEW}.
     * Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder extends ConnectorBuilder<Builder> {
        private String identifier;
        private Secret appPassword;

        private Builder() {
            super(DEFAULT_ID, PUBLIC_APPVIEW, DEFAULT_PAGE_SIZE, 100);
        }

        /**
         * Logs in with a handle or DID and an app password (default: anonymous).
         *
         * @param identifierValue the account's handle or DID
         * @param password an app password (never the account password)
         * @return this
         */
        public Builder login(String identifierValue, Secret password) {
            Objects.requireNonNull(identifierValue, "identifier");
            if (identifierValue.isBlank()) {
                throw new IllegalArgumentException("identifier must not be blank");
            }
            this.identifier = identifierValue.strip();
            this.appPassword = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * Builds the connector.
         *
         * @return the connector
         */
        public BlueskyConnector build() {
            return new BlueskyConnector(this, common());
        }
    }
}
