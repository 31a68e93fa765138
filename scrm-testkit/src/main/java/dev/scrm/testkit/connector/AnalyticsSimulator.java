package dev.scrm.testkit.connector;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the web-analytics dialects share: one site, its figures and the one credential the tool accepts, and no
 * rate-limit headers. Thread-safe.
 */
abstract class AnalyticsSimulator implements FigureSimulator {

    private final String site;
    private final String credential;
    private final SimFigures figures;

    /**
     * A tool serving one site to one credential.
     *
     * @param site the site id
     * @param credential the valid credential
     * @param credentialName the credential's name, for the null check's message
     * @param figures the site's figures
     */
    AnalyticsSimulator(String site, String credential, String credentialName, SimFigures figures) {
        this.site = Objects.requireNonNull(site, "site");
        this.credential = Objects.requireNonNull(credential, credentialName);
        this.figures = Objects.requireNonNull(figures, "figures");
    }

    @Override
    public final String site() {
        return site;
    }

    @Override
    public final SimFigures figures() {
        return figures;
    }

    /**
     * Whether a request presented the valid credential.
     *
     * @param presented what the request carried, or null
     * @return true when it is the valid credential
     */
    final boolean accepts(String presented) {
        return credential.equals(presented);
    }

    /** Web-analytics tools send no rate-limit headers. */
    @Override
    public final Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        return Map.of();
    }
}
