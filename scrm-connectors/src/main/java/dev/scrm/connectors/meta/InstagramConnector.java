package dev.scrm.connectors.meta;

import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.Page;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.ClientConnector;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.connectors.meta.internal.InstagramClient;
import dev.scrm.core.Platform;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Reads an Instagram business or creator account through the Instagram Graph API, on the same Graph machinery
 * as {@link MetaGraphConnector}.
 *
 * <p>Queries: {@link dev.scrm.connector.QueryKind#ACCOUNT_POSTS} ({@code /{ig-user-id}/media}, the value being
 * the Instagram user id; the account's own media, outbound) and {@link dev.scrm.connector.QueryKind#COMMENTS}
 * ({@code /{ig-media-id}/comments}; replies carry {@code parent_id}). Paging follows {@code paging.next} with its
 * {@code access_token} removed before it is stored; later pulls stop at the newest item seen. Authors are
 * {@code from{id,username}} when Graph sends them, else the bare username (native id {@code @username}).
 * {@link #profile(String)} reads a numeric Instagram user id directly, and any other business or creator
 * account by username through {@code business_discovery} on the connector's own
 * {@link Builder#businessAccount(String) business account}, with {@code followers_count}, {@code follows_count}
 * and {@code media_count}. Usage headers ({@code X-App-Usage}, {@code X-Business-Use-Case-Usage}) are read as
 * percentages; throttling codes 4, 17, 32, 613, 80001 and 80002 (the Instagram business-use-case throttle) are
 * waited out, using {@code estimated_time_to_regain_access} when given; code 190 is an authentication failure;
 * permission errors and code 100 fail without retry. {@link #recheck(List)} reports media and comments Graph no
 * longer serves.
 *
 * <p>Thread-safe. Closing does nothing.
 *
 * <p>Profile lookups take a numeric Instagram user id directly and a username through
 * {@code business_discovery}; a username lookup throws {@link IllegalStateException} when no business account
 * was configured.
 */
public final class InstagramConnector extends ClientConnector {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("instagram");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "instagram-graph-map@1";
    /** The pinned Graph API version's root. */
    public static final URI DEFAULT_BASE_URL = MetaGraphConnector.DEFAULT_BASE_URL;
    /** Default items per request: 50. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** Most items per request: 100. */
    public static final int MAX_PAGE_SIZE = 100;

    private InstagramConnector(Builder b, Common c) {
        super(MetaGraphConnector.graphManifest(c.id(), Platform.INSTAGRAM, "the app or Instagram business-use-case",
                MAPPING_VERSION), new InstagramClient(c.id(), c.baseUrl(), b.token, c.settings(), c.pageSize(),
                b.businessAccount));
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InstagramConnector}; the access token is required. Not thread-safe. */
    public static final class Builder extends ConnectorBuilder<Builder> {
        private Secret token;
        private String businessAccount;

        private Builder() {
            super(DEFAULT_ID, DEFAULT_BASE_URL, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        }

        /**
         * Sets the access token (a Page or system-user token with {@code instagram_basic} and
         * {@code instagram_manage_comments}), sent as {@code access_token} and masked everywhere else.
         *
         * @param value the token
         * @return this
         */
        public Builder token(Secret value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }

        /**
         * Sets the connector's own Instagram business account id, through which other accounts are looked up
         * by username ({@code business_discovery}); default none.
         *
         * @param value the numeric Instagram user id
         * @return this
         * @throws IllegalArgumentException if the id is not numeric
         */
        public Builder businessAccount(String value) {
            Objects.requireNonNull(value, "businessAccount");
            if (value.isEmpty() || !value.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("businessAccount must be a numeric Instagram user id");
            }
            this.businessAccount = value;
            return this;
        }

        /**
         * Builds the connector.
         *
         * @return the connector
         * @throws IllegalStateException if the token was not set
         */
        public InstagramConnector build() {
            required(token, "token");
            return new InstagramConnector(this, common());
        }
    }
}
