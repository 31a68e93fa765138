package dev.scrm.connectors.youtube;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.RateLimitRule;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.ClientConnector;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.connectors.youtube.internal.YouTubeClient;
import dev.scrm.core.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads YouTube through the Data API v3 with an API key.
 *
 * <p>Queries: {@link dev.scrm.connector.QueryKind#COMMENTS} ({@code commentThreads.list} of one video, the
 * value being the video id, newest first, with the replies the thread carries). Pages follow
 * {@code nextPageToken} until it is missing (page sizes vary); later pulls stop at the newest comment seen.
 * {@link #profile(String)} reads {@code channels.list} by {@code @handle} or channel id; a hidden subscriber
 * count is left unknown, never 0. Errors are decided by {@code errors[0].reason}: {@code quotaExceeded} fails
 * without retry until midnight Pacific time, {@code rateLimitExceeded} is waited out, {@code backendError} is
 * retried, {@code keyInvalid} is an authentication failure. YouTube sends no rate-limit headers.
 * {@link #recheck(List)} reports comments YouTube no longer returns.
 *
 * <p>Thread-safe. Closing does nothing.
 *
 * <p>Re-checks comments with {@code comments.list}; YouTube has no deletion signal, so a comment it no longer
 * returns is reported {@link dev.scrm.connector.TombstoneReason#UNAVAILABLE}.
 */
public final class YouTubeConnector extends ClientConnector {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("youtube");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "youtube-map@1";
    /** The API root. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.googleapis.com/youtube/v3");
    /** Default threads per request: 100, the maximum. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private YouTubeConnector(Builder b, Common c) {
        super(manifestOf(b, c), new YouTubeClient(c.id(), c.baseUrl(), b.key, c.settings(), c.pageSize()));
    }

    private static ConnectorManifest manifestOf(Builder b, Common c) {
        return new ConnectorManifest(c.id(), Platform.YOUTUBE,
                EnumSet.of(Capability.COMMENTS, Capability.PROFILE_LOOKUP, Capability.FOLLOWER_COUNTS,
                        Capability.DELETION_CHECK),
                AuthScheme.API_KEY,
                List.of(new RateLimitRule(10_000, Duration.ofDays(1), "quota units per Cloud project",
                        "midnight Pacific time")),
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

    /** Builds a {@link YouTubeConnector}; the API key is required. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder extends ConnectorBuilder<Builder> {
        private Secret key;

        private Builder() {
            super(DEFAULT_ID, DEFAULT_BASE_URL, DEFAULT_PAGE_SIZE, 100);
        }

        /**
         * Sets the API key, sent as {@code key=} and masked everywhere else.
         *
         * @param value the key
         * @return this
         */
        public Builder apiKey(Secret value) {
            this.key = Objects.requireNonNull(value, "key");
            return this;
        }

        /**
         * Builds the connector.
         *
         * @return the connector
         * @throws IllegalStateException if no API key was set
         */
        public YouTubeConnector build() {
            if (key == null) {
                throw new IllegalStateException("apiKey must be set");
            }
            return new YouTubeConnector(this, common());
        }
    }
}
