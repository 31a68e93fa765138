package dev.scrm.connector;

/**
 * One aggregate figure a {@link FigureSource} can report per time bucket. Each figure belongs to the
 * {@link Capability} a source must declare to deliver it; a source asked for a figure of a capability it does
 * not declare answers with a {@link FigureSeries#unavailable unavailable} series instead of guessing.
 */
public enum FigureMetric {
    /** Visits (sessions) to a site. */
    VISITS(Capability.WEB_TRAFFIC),
    /** Distinct visitors of a site within the bucket. Not additive across buckets. */
    VISITORS(Capability.WEB_TRAFFIC),
    /** Page views, or all tracked actions where the tool does not separate them (Matomo {@code nb_actions}). */
    PAGEVIEWS(Capability.WEB_TRAFFIC),
    /** Visits that left after one action. */
    BOUNCES(Capability.WEB_TRAFFIC),
    /** Total length of all visits, in seconds. */
    VISIT_SECONDS(Capability.WEB_TRAFFIC),
    /** Visits by visitors who had visited before. */
    RETURNING_VISITS(Capability.REPEAT_VISITS),
    /** Distinct returning visitors within the bucket. Not additive across buckets. */
    RETURNING_VISITORS(Capability.REPEAT_VISITS),
    /** A search-interest index of a term (Google Trends: 0 to 100 within its {@link SearchTrendScope}). */
    SEARCH_INTEREST(Capability.SEARCH_VOLUME);

    private final Capability capability;

    FigureMetric(Capability capability) {
        this.capability = capability;
    }

    /**
     * The capability a source declares when it can deliver this figure.
     *
     * @return the capability
     */
    public Capability capability() {
        return capability;
    }
}
