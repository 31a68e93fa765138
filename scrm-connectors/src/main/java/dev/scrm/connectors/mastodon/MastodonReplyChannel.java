package dev.scrm.connectors.mastodon;

import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.mastodon.internal.MastodonReplier;
import dev.scrm.core.Platform;
import dev.scrm.engage.OutboundReply;
import dev.scrm.engage.ReplyChannel;
import dev.scrm.engage.ReplyPolicy;
import dev.scrm.engage.SentReply;
import java.net.URI;
import java.util.Objects;

/**
 * Sends the brand's replies on a Mastodon server: the {@link ReplyChannel} for
 * {@link dev.scrm.engage.ServiceDesk}s, built from the same base URL, token and {@link HttpSettings} as a
 * {@link MastodonConnector}.
 *
 * <p>A reply is {@code POST /api/v1/statuses} with {@code status}, {@code in_reply_to_id} and
 * {@code visibility} ({@code public}, or {@code direct} for a private reply). The status answered may be
 * named by the server-local id or by its uri, which is how {@link MastodonConnector} keys statuses; a uri is
 * resolved first with {@code GET /api/v2/search?resolve=true}, a local id read with
 * {@code GET /api/v1/statuses/:id}, and the answer is cached. The reply mentions the author of the status
 * answered ({@code @user@domain}) unless the text already does: a direct status reaches only the accounts it
 * mentions. Each request carries an {@code Idempotency-Key} derived from the status answered, the
 * visibility and the text, so a retried request, or the same reply sent again within the server's idempotency
 * period (one hour), posts once.
 *
 * <p>The {@link #policy() policy} is Mastodon's: public and private replies, no reply window, and the brand may
 * start a private conversation; the length limit is the server's (500 characters by default on Mastodon,
 * configurable per server, so configurable here). The server counts every link as 23 characters and a
 * mention by its user name only, so the limit checked before sending is a conservative one; when the server
 * still refuses the length, the send fails with
 * {@link dev.scrm.engage.ReplyNotAllowedException.Reason#TOO_LONG}.
 *
 * <p>Errors: a refused token is a {@link dev.scrm.connector.AuthenticationException}; any other refusal (422,
 * an unknown status) is a non-retryable {@link dev.scrm.connector.ConnectorException}; rate limits and
 * transient failures are waited out and retried under the settings' retry policy, safely because of the
 * idempotency key. Messages never carry the token, the text or the recipient.
 *
 * <p>Thread-safe.
 */
public final class MastodonReplyChannel implements ReplyChannel {

    /** Mastodon's default status length limit, in characters. */
    public static final int DEFAULT_MAX_LENGTH = 500;

    private final ReplyPolicy policy;
    private final ConnectorId id;
    private final MastodonReplier replier;

    private MastodonReplyChannel(Builder b) {
        this.policy = new ReplyPolicy(Platform.MASTODON, true, true, null, true, null, true, b.maxLength);
        this.id = b.id;
        this.replier = new MastodonReplier(b.id, b.baseUrl, b.settings == null ? HttpSettings.ofDefaults() : b.settings,
                Auth.bearer(b.token));
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ReplyPolicy policy() {
        return policy;
    }

    /**
     * Posts the reply.
     *
     * @param reply the reply, already checked against {@link #policy()}
     * @return the new status, keyed by its uri as {@link MastodonConnector} keys statuses, with the brand's
     *     account id
     * @throws NullPointerException if the reply is null
     * @throws IllegalArgumentException if the reply answers a message of another platform
     * @throws dev.scrm.engage.ReplyNotAllowedException if the server refused the text's length
     * @throws dev.scrm.connector.ConnectorException (or a subtype) if sending failed otherwise
     */
    @Override
    public SentReply send(OutboundReply reply) {
        Objects.requireNonNull(reply, "reply");
        if (reply.inReplyTo().platform() != Platform.MASTODON) {
            throw new IllegalArgumentException("a Mastodon channel cannot answer a message on "
                    + reply.inReplyTo().platform().id());
        }
        return replier.send(reply);
    }

    @Override
    public String toString() {
        return "MastodonReplyChannel[" + id + "]";
    }

    /**
     * Builds a {@link MastodonReplyChannel}. {@link #baseUrl(URI)} and {@link #token(Secret)} are required.
     * Not thread-safe; {@link #build()} may be called again.
     */
    public static final class Builder {
        private ConnectorId id = MastodonConnector.DEFAULT_ID;
        private URI baseUrl;
        private Secret token;
        private HttpSettings settings;
        private int maxLength = DEFAULT_MAX_LENGTH;

        private Builder() {
        }

        /**
         * The connector id named in errors (default {@link MastodonConnector#DEFAULT_ID}).
         *
         * @param value the id
         * @return this
         */
        public Builder id(ConnectorId value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * The server, for example {@code https://mastodon.social}.
         *
         * @param value an http or https URL
         * @return this
         * @throws IllegalArgumentException if the URL is not http(s)
         */
        public Builder baseUrl(URI value) {
            this.baseUrl = dev.scrm.connectors.http.internal.Urls.checkBase(value);
            return this;
        }

        /**
         * The brand account's access token, with the {@code write:statuses} and {@code read:search} scopes.
         *
         * @param value the token
         * @return this
         */
        public Builder token(Secret value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }

        /**
         * The shared HTTP settings (default {@link HttpSettings#ofDefaults()}).
         *
         * @param value the settings
         * @return this
         */
        public Builder settings(HttpSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * The server's status length limit (default {@link #DEFAULT_MAX_LENGTH}); servers may raise it.
         *
         * @param value the limit in characters, positive
         * @return this
         * @throws IllegalArgumentException if the value is not positive
         */
        public Builder maxLength(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxLength must be positive, was " + value);
            }
            this.maxLength = value;
            return this;
        }

        /**
         * Builds the channel.
         *
         * @return the channel
         * @throws IllegalStateException if the base URL or the token is missing
         */
        public MastodonReplyChannel build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            if (token == null) {
                throw new IllegalStateException("a token is required to reply");
            }
            return new MastodonReplyChannel(this);
        }
    }
}
