package dev.scrm.connectors.matomo;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.ClientFigureSource;
import dev.scrm.connectors.http.FigureSourceBuilder;
import dev.scrm.connectors.http.ConnectorBuilder.Common;
import dev.scrm.connectors.matomo.internal.MatomoClient;
import dev.scrm.core.Platform;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads daily web-traffic figures and returning visitors from a Matomo server through its Reporting API.
 *
 * <p>A {@link FigureQuery#webTraffic web-traffic query}'s value is the Matomo {@code idSite}. Visits, unique
 * visitors, actions (as page views), bounces and total visit length come from {@code VisitsSummary.get};
 * returning visits and visitors from {@code VisitFrequency.get}, both with {@code period=day} over a date range
 * of at most {@link Builder#pageSize(int) pageSize} days per request. Requests are POSTs with {@code token_auth}
 * in the form body, never in the URL (Matomo 5 refuses {@code secure_only} tokens elsewhere), and the token is
 * masked in every message. An empty day ({@code []}) is a day with no visits. Errors arrive as
 * {@code {"result":"error"}} inside HTTP 200 and are never retried; access errors are authentication failures;
 * 5xx, timeouts and broken bodies are retried with back-off. Matomo has no rate limits. Pulls resume from the
 * last closed day and re-read the trailing {@link FigureSourceBuilder#trailingDays(int) days}, since archiving
 * lags and
 * today is incomplete; days from today on are marked partial.
 *
 * <p>Thread-safe. Closing does nothing.
 */
public final class MatomoConnector extends ClientFigureSource {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("matomo");
    /** The version of the payload mapping. */
    public static final String MAPPING_VERSION = "matomo-map@1";
    /** Default days per request: 92, about a quarter. */
    public static final int DEFAULT_DAYS_PER_REQUEST = 92;
    /** Most days per request: 366. */
    public static final int MAX_DAYS_PER_REQUEST = 366;

    private MatomoConnector(Builder b, Common c, ZoneId zone, int trailingDays) {
        super(new ConnectorManifest(c.id(), Platform.WEB,
                EnumSet.of(Capability.WEB_TRAFFIC, Capability.REPEAT_VISITS), AuthScheme.API_KEY, List.of(), null,
                MAPPING_VERSION), new MatomoClient(c.id(), c.baseUrl(), b.token, c.settings(), zone, trailingDays,
                c.pageSize()));
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
     * Builds a {@link MatomoConnector}; the base URL (the Matomo server, without {@code index.php}) and the
     * token are required. {@link #pageSize(int)} is the number of days per request (default
     * {@link #DEFAULT_DAYS_PER_REQUEST}, at most {@link #MAX_DAYS_PER_REQUEST}). Not thread-safe.
     */
    public static final class Builder extends FigureSourceBuilder<Builder> {
        private Secret token;

        private Builder() {
            super(DEFAULT_ID, null, DEFAULT_DAYS_PER_REQUEST, MAX_DAYS_PER_REQUEST);
        }

        /**
         * Sets the API token, sent as {@code token_auth} in the POST body.
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
         * @throws IllegalStateException if the base URL or token was not set
         */
        public MatomoConnector build() {
            required(token, "token");
            return new MatomoConnector(this, common(), zone(), trailingDays());
        }
    }
}
