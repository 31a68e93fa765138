package dev.scrm.connectors.reddit;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.RateLimitRule;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.ClientConnector;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.connectors.reddit.internal.RedditClient;
import dev.scrm.core.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads Reddit through its OAuth API.
 *
 * <p>Queries: {@link dev.scrm.connector.QueryKind#SEARCH} ({@code /search}, newest first) and
 * {@link dev.scrm.connector.QueryKind#COMMENTS} ({@code /r/{subreddit}/comments}, the value being the
 * subreddit's name). Listings page back with {@code after} until Reddit ends them (at most about 1,000
 * items), then later pulls catch up with {@code before} from the newest fullname seen. Every call sends
 * {@code raw_json=1} and the User-Agent Reddit requires, {@code <platform>:<app id>:<version> (by /u/<user>)};
 * redirects are not followed, so a missing subreddit is reported as such. Items whose author deleted them or
 * that a moderator removed come back as tombstones. Rate limits are read from {@code X-Ratelimit-*} (remaining
 * as a float, reset in seconds from now).
 *
 * <p>Thread-safe. Closing does nothing.
 */
public final class RedditConnector extends ClientConnector {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("reddit");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "reddit-map@1";
    /** The OAuth API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://oauth.reddit.com");
    /** The token endpoint. */
    public static final URI DEFAULT_TOKEN_URL = URI.create("https://www.reddit.com/api/v1/access_token");

    /** Default items per request: 100, the maximum. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private static final Pattern USER_AGENT = Pattern.compile("[^:\\s]+:[^:\\s]+:[^:\\s]+ \\(by /u/[A-Za-z0-9_-]+\\)");

    private RedditConnector(Builder b, Common c) {
        super(manifestOf(b, c), new RedditClient(c.id(), c.baseUrl(), b.tokenUrl, b.clientId, b.clientSecret, b.userAgent,
                c.settings(), c.pageSize()));
    }

    private static ConnectorManifest manifestOf(Builder b, Common c) {
        return new ConnectorManifest(c.id(), Platform.REDDIT,
                EnumSet.of(Capability.SEARCH_MENTIONS, Capability.COMMENTS, Capability.PROFILE_LOOKUP,
                        Capability.FOLLOWER_COUNTS),
                AuthScheme.OAUTH2_CLIENT_CREDENTIALS,
                List.of(new RateLimitRule(600, Duration.ofMinutes(10), "per OAuth client id",
                        "seconds until the window ends")),
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
     * Builds a {@link RedditConnector}; client id, client secret and User-Agent are required. Not
     * thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder extends ConnectorBuilder<Builder> {
        private URI tokenUrl = DEFAULT_TOKEN_URL;
        private String clientId;
        private Secret clientSecret;
        private String userAgent;

        private Builder() {
            super(DEFAULT_ID, DEFAULT_BASE_URL, DEFAULT_PAGE_SIZE, 100);
        }

        /**
         * The token endpoint (default {@link #DEFAULT_TOKEN_URL}).
         *
         * @param value the URL
         * @return this
         */
        public Builder tokenUrl(URI value) {
            this.tokenUrl = Objects.requireNonNull(value, "tokenUrl");
            return this;
        }

        /**
         * The approved OAuth client.
         *
         * @param id the client id
         * @param secret the client secret
         * @return this
         */
        public Builder client(String id, Secret secret) {
            Objects.requireNonNull(id, "clientId");
            if (id.isBlank()) {
                throw new IllegalArgumentException("clientId must not be blank");
            }
            this.clientId = id;
            this.clientSecret = Objects.requireNonNull(secret, "clientSecret");
            return this;
        }

        /**
         * The User-Agent Reddit requires, for example {@code java:com.example.listener:1.0 (by /u/acme_team)}.
         *
         * @param value the User-Agent
         * @return this
         * @throws IllegalArgumentException if it does not follow Reddit's format
         */
        public Builder userAgent(String value) {
            Objects.requireNonNull(value, "userAgent");
            if (!USER_AGENT.matcher(value).matches()) {
                throw new IllegalArgumentException("userAgent must look like '<platform>:<app id>:<version>"
                        + " (by /u/<username>)'");
            }
            this.userAgent = value;
            return this;
        }

        /**
         * Builds the connector.
         *
         * @return the connector
         * @throws IllegalStateException if the client or User-Agent is missing
         */
        public RedditConnector build() {
            if (clientId == null) {
                throw new IllegalStateException("client id and secret must be set");
            }
            if (userAgent == null) {
                throw new IllegalStateException("userAgent must be set: Reddit throttles generic agents");
            }
            return new RedditConnector(this, common());
        }
    }
}
