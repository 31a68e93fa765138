package dev.scrm.connectors.x;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.RateLimitRule;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.ClientConnector;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.connectors.x.internal.XClient;
import dev.scrm.core.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads X through API v2 with an app-only bearer token.
 *
 * <p>Queries: {@link dev.scrm.connector.QueryKind#SEARCH} ({@code /2/tweets/search/recent}, the last seven
 * days) and {@link dev.scrm.connector.QueryKind#HASHTAG} (the same search for {@code #tag}), with the
 * author, reply and mention expansions. Pages follow {@code meta.next_token}; once a traversal ends, later
 * pulls ask only for posts newer than the newest seen ({@code since_id}). Partial errors inside HTTP 200
 * ({@code errors[]} of type resource-not-found) become tombstones. Rate limits are read from
 * {@code x-rate-limit-*} (reset in epoch seconds); an exhausted monthly cap or a plan without search access
 * fails without retry.
 *
 * <p>Thread-safe. Closing does nothing.
 */
public final class XConnector extends ClientConnector {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("x");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "x-map@1";
    /** The API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.x.com");
    /** Default posts per request: 100, the maximum. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private XConnector(Builder b, Common c) {
        super(manifestOf(b, c), new XClient(c.id(), c.baseUrl(), b.token, c.settings(), c.pageSize()));
    }

    private static ConnectorManifest manifestOf(Builder b, Common c) {
        return new ConnectorManifest(c.id(), Platform.X,
                EnumSet.of(Capability.SEARCH_MENTIONS, Capability.HASHTAG_TIMELINE, Capability.PROFILE_LOOKUP,
                        Capability.FOLLOWER_COUNTS),
                AuthScheme.BEARER_TOKEN,
                List.of(new RateLimitRule(450, Duration.ofMinutes(15), "recent search per app", "epoch seconds")),
                Duration.ofDays(7), MAPPING_VERSION);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link XConnector}; the token is required. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder extends ConnectorBuilder<Builder> {
        private Secret token;

        private Builder() {
            super(DEFAULT_ID, DEFAULT_BASE_URL, DEFAULT_PAGE_SIZE, 10, 100);
        }

        /**
         * The app-only bearer token.
         *
         * @param value the token
         * @return this
         */
        public Builder token(Secret value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }

        /**
         * Builds the connector.
         *
         * @return the connector
         * @throws IllegalStateException if no token was set
         */
        public XConnector build() {
            if (token == null) {
                throw new IllegalStateException("token must be set");
            }
            return new XConnector(this, common());
        }
    }
}
