package dev.scrm.connectors.mastodon;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.RateLimitRule;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.ClientConnector;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.mastodon.internal.MastodonClient;
import dev.scrm.core.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads a Mastodon server (or any server speaking the Mastodon API).
 *
 * <p>Queries: {@link dev.scrm.connector.QueryKind#HASHTAG} ({@code /api/v1/timelines/tag}),
 * {@link dev.scrm.connector.QueryKind#SEARCH} ({@code /api/v2/search}, statuses; full-text search needs a
 * token and a server with search enabled), {@link dev.scrm.connector.QueryKind#ACCOUNT_POSTS}
 * ({@code /api/v1/accounts/:id/statuses}, the value being {@code user@domain} or an account id) and
 * {@link dev.scrm.connector.QueryKind#NOTIFICATIONS} (needs a user token). Timelines first page back in time
 * along {@code rel="next"} links, then catch up with {@code min_id} from the newest status seen; the
 * connector keeps its own cursor, so empty pages without a {@code Link} header and short pages are handled.
 * Statuses are keyed by {@code uri}; a boost yields the original status and a share event. Authors who
 * opted out of search ({@code indexable:false}, {@code noindex:true}, {@code discoverable:false}) are left
 * out of hashtag and search results. Rate limits are read from {@code X-RateLimit-*} (reset as an ISO-8601
 * instant).
 *
 * <p>With a token the manifest declares {@link Capability#REPLY}: replies are sent by a
 * {@link MastodonReplyChannel} built from the same base URL, token and settings.
 *
 * <p>Thread-safe. Closing does nothing: the HTTP client belongs to the {@link HttpSettings}.
 */
public final class MastodonConnector extends ClientConnector {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("mastodon");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "mastodon-map@1";
    /** Default page size: 40, the largest the timelines allow. */
    public static final int DEFAULT_PAGE_SIZE = 40;

    private MastodonConnector(Builder b, Common c) {
        super(manifestOf(b, c), new MastodonClient(c.id(), c.baseUrl(), c.settings(),
                b.token == null ? Auth.none() : Auth.bearer(b.token), c.pageSize(), b.token != null, b.respectOptOuts));
    }

    private static ConnectorManifest manifestOf(Builder b, Common c) {
        EnumSet<Capability> caps = EnumSet.of(Capability.HASHTAG_TIMELINE, Capability.SEARCH_MENTIONS,
                Capability.ACCOUNT_TIMELINE, Capability.PROFILE_LOOKUP, Capability.FOLLOWER_COUNTS,
                Capability.DELETION_CHECK);
        if (b.token != null) {
            caps.add(Capability.NOTIFICATIONS);
            caps.add(Capability.REPLY);
        }
        return new ConnectorManifest(c.id(), Platform.MASTODON, caps,
                b.token == null ? AuthScheme.NONE : AuthScheme.BEARER_TOKEN,
                List.of(new RateLimitRule(300, Duration.ofMinutes(5), "per account and per IP (server default)",
                        "ISO-8601 instant")),
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
     * Builds a {@link MastodonConnector}. {@link #baseUrl(URI)} is required. Not thread-safe;
     * {@link #build()} may be called again.
     */
    public static final class Builder extends ConnectorBuilder<Builder> {
        private Secret token;
        private boolean respectOptOuts = true;

        private Builder() {
            super(DEFAULT_ID, null, DEFAULT_PAGE_SIZE, 40);
        }

        /**
         * An access token (default none: anonymous public reads).
         *
         * @param value the token
         * @return this
         */
        public Builder token(Secret value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }

        /**
         * Whether authors who opted out of search are left out of hashtag and search results (default true).
         *
         * @param value true to respect opt-outs
         * @return this
         */
        public Builder respectOptOuts(boolean value) {
            this.respectOptOuts = value;
            return this;
        }

        /**
         * Builds the connector.
         *
         * @return the connector
         * @throws IllegalStateException if no base URL was set
         */
        public MastodonConnector build() {
            return new MastodonConnector(this, common());
        }
    }
}
