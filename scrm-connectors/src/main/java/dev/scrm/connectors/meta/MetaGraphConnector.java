package dev.scrm.connectors.meta;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.Page;
import dev.scrm.connector.RateLimitRule;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.ClientConnector;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.connectors.meta.internal.GraphClient;
import dev.scrm.core.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads Facebook Pages through the Graph API with a Page access token.
 *
 * <p>Queries: {@link dev.scrm.connector.QueryKind#ACCOUNT_POSTS} ({@code /{page-id}/feed}, the value being
 * the Page id) and {@link dev.scrm.connector.QueryKind#COMMENTS} ({@code /{object-id}/comments}). Paging
 * follows {@code paging.next} as Meta sends it, but the stored checkpoint keeps that URL without its
 * {@code access_token}, and a next link to another host is refused, so the token never leaves for a third
 * party or lands on disk. Usage headers are read as percentages: above 90 % of any budget the connector sends
 * one request per minute, at 100 % it waits {@code estimated_time_to_regain_access}. Throttling error codes
 * (4, 17, 32, 613, 80001, 80002) are waited out, codes 1 and 2 and {@code is_transient} errors are retried,
 * code 190 is an authentication failure and permission errors (10, 200-299) and code 100 fail without retry.
 *
 * <p>Thread-safe. Closing does nothing.
 *
 * <p>Re-checks read items one by one; an object Graph no longer serves (code 100, subcode 33, or 404) is
 * reported {@link dev.scrm.connector.TombstoneReason#UNAVAILABLE}.
 */
public final class MetaGraphConnector extends ClientConnector {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("facebook");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "facebook-graph-map@1";
    /** The pinned Graph API version's root. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://graph.facebook.com/v21.0");

    /** Default items per request: 100. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private MetaGraphConnector(Builder b, Common c) {
        super(graphManifest(c.id(), Platform.FACEBOOK, "the app, Page or business-use-case", MAPPING_VERSION),
                new GraphClient(c.id(), c.baseUrl(), b.token, c.settings(), c.pageSize()));
    }

    /**
     * What a Graph API connector declares: account timelines, comments, profiles with follower counts and
     * deletion checks with a bearer token, and usage reported as percentages of hourly budgets.
     *
     * @param id the connector id
     * @param platform the platform
     * @param budgets whose budgets the usage headers report, for the rate-limit rule
     * @param mappingVersion the version of the payload mapping
     * @return the manifest
     */
    static ConnectorManifest graphManifest(ConnectorId id, Platform platform, String budgets,
            String mappingVersion) {
        return new ConnectorManifest(id, platform,
                EnumSet.of(Capability.ACCOUNT_TIMELINE, Capability.COMMENTS, Capability.PROFILE_LOOKUP,
                        Capability.FOLLOWER_COUNTS, Capability.DELETION_CHECK),
                AuthScheme.BEARER_TOKEN,
                List.of(new RateLimitRule(100, Duration.ofHours(1), "percent of " + budgets + " budget",
                        "usage percentages; regain time in minutes")),
                null, mappingVersion);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MetaGraphConnector}; the token is required. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder extends ConnectorBuilder<Builder> {
        private Secret token;

        private Builder() {
            super(DEFAULT_ID, DEFAULT_BASE_URL, DEFAULT_PAGE_SIZE, 100);
        }

        /**
         * Sets the Page or system-user access token, sent as {@code access_token} and masked everywhere else.
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
        public MetaGraphConnector build() {
            if (token == null) {
                throw new IllegalStateException("token must be set");
            }
            return new MetaGraphConnector(this, common());
        }
    }
}
