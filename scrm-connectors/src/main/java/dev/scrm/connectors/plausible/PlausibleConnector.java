package dev.scrm.connectors.plausible;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.RateLimitRule;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.ClientFigureSource;
import dev.scrm.connectors.http.FigureSourceBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.connectors.plausible.internal.PlausibleClient;
import dev.scrm.core.Platform;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads daily web-traffic figures from Plausible's Stats API v2 ({@code POST /api/v2/query} with a bearer API
 * key).
 *
 * <p>A {@link FigureQuery#webTraffic web-traffic query}'s value is the site's domain ({@code site_id}). Each
 * request asks for {@code visitors}, {@code visits} and {@code pageviews} (and {@code bounce_rate} and
 * {@code visit_duration}, from which bounces and total visit seconds are derived) by the {@code time:day}
 * dimension over at most {@code daysPerRequest} days, binding the positional metric values by the order they
 * were requested in, and pages through the rows with {@code pagination.limit}/{@code offset} ({@link
 * Builder#pageSize(int) pageSize} rows) until {@code meta.total_rows} is reached. Plausible leaves out days
 * without visits; they are reported as 0.
 *
 * <p>Plausible counts a person on two devices or days as two visitors and has no new/returning split, so the
 * connector does not declare {@link Capability#REPEAT_VISITS}: returning-visit figures come back as
 * {@link dev.scrm.connector.FigureSeries#unavailable unavailable} series. Plausible sends no rate-limit headers
 * but allows 600 requests an hour per key: every request, retries included, waits until it fits that rolling
 * budget ({@link Builder#budget(long, Duration)}), and a 429 is waited out ({@code Retry-After}, else back-off).
 * 401 and 403 are authentication failures, other 4xx are never retried, 5xx, timeouts and broken bodies are
 * retried with back-off.
 *
 * <p>Thread-safe. Closing does nothing.
 */
public final class PlausibleConnector extends ClientFigureSource {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("plausible");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "plausible-map@1";
    /** The hosted service. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://plausible.io");
    /** Default rows per request: 10,000, the API's maximum. */
    public static final int DEFAULT_PAGE_SIZE = 10_000;
    /** Default days per request: 366. */
    public static final int DEFAULT_DAYS_PER_REQUEST = 366;
    /** Default request budget: 600 per rolling hour, Plausible's documented default per API key. */
    public static final long DEFAULT_BUDGET = 600;
    /** The window of the default request budget: one hour. */
    public static final Duration DEFAULT_BUDGET_WINDOW = Duration.ofHours(1);

    private PlausibleConnector(Builder b, Common c, ZoneId zone, int trailingDays) {
        super(new ConnectorManifest(c.id(), Platform.WEB, EnumSet.of(Capability.WEB_TRAFFIC),
                AuthScheme.BEARER_TOKEN,
                List.of(new RateLimitRule(b.budget, b.budgetWindow, "requests per API key", "not reported")),
                null, MAPPING_VERSION), new PlausibleClient(c.id(), c.baseUrl(), b.key, c.settings(), zone,
                trailingDays, b.daysPerRequest, c.pageSize(), b.budget, b.budgetWindow));
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
     * Builds a {@link PlausibleConnector}; the API key is required. {@link #pageSize(int)} is the rows per
     * request (default {@link #DEFAULT_PAGE_SIZE}). Not thread-safe.
     */
    public static final class Builder extends FigureSourceBuilder<Builder> {
        private Secret key;
        private int daysPerRequest = DEFAULT_DAYS_PER_REQUEST;
        private long budget = DEFAULT_BUDGET;
        private Duration budgetWindow = DEFAULT_BUDGET_WINDOW;

        private Builder() {
            super(DEFAULT_ID, DEFAULT_BASE_URL, DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        }

        /**
         * Sets the Stats API key, sent as a bearer token.
         *
         * @param value the key
         * @return this
         */
        public Builder apiKey(Secret value) {
            this.key = Objects.requireNonNull(value, "key");
            return this;
        }

        /**
         * Sets the most days one request covers (default {@link #DEFAULT_DAYS_PER_REQUEST}).
         *
         * @param value 1 to 3,660
         * @return this
         */
        public Builder daysPerRequest(int value) {
            if (value < 1 || value > 3660) {
                throw new IllegalArgumentException("daysPerRequest must be within [1, 3660], was " + value);
            }
            this.daysPerRequest = value;
            return this;
        }

        /**
         * Sets the request budget of the API key (default {@link #DEFAULT_BUDGET} per
         * {@link #DEFAULT_BUDGET_WINDOW}); a key with a raised limit may say so.
         *
         * @param requests requests per window, at least 1
         * @param window the rolling window, positive
         * @return this
         */
        public Builder budget(long requests, Duration window) {
            Objects.requireNonNull(window, "window");
            if (requests < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("budget must be at least 1 request per positive window, was "
                        + requests + " per " + window);
            }
            this.budget = requests;
            this.budgetWindow = window;
            return this;
        }

        /**
         * Builds the connector.
         *
         * @return the connector
         * @throws IllegalStateException if the API key was not set
         */
        public PlausibleConnector build() {
            required(key, "apiKey");
            return new PlausibleConnector(this, common(), zone(), trailingDays());
        }
    }
}
