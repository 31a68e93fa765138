package dev.scrm.testkit.connector;

import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.QueryKind;
import java.util.Set;

/**
 * A web-analytics tool's dialect for {@link FigureSourceConformanceKit}: it serves the {@link SimFigures} of one
 * site in the tool's request and response shapes through a {@link SimulatedPlatform}, which adds rate limits,
 * credential checks and faults. Aggregate tools hold no items, so {@link #nativeId(SimPost)} does not apply.
 * Implementations must be thread-safe.
 */
public interface FigureSimulator extends PlatformSimulator {

    /**
     * The site the tool serves.
     *
     * @return the site id
     */
    String site();

    /**
     * The site's ground truth.
     *
     * @return the figures
     */
    SimFigures figures();

    /**
     * The figures the tool reports exactly as {@link SimFigures} holds them (figures a connector must derive from
     * rounded rates are left out).
     *
     * @return the figures
     */
    Set<FigureMetric> exactMetrics();

    /** The web-traffic query of {@link #site()}. */
    @Override
    default ListeningQuery query() {
        return new ListeningQuery(QueryKind.WEB_TRAFFIC, site());
    }

    /**
     * Aggregate tools hold no items.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    default String nativeId(SimPost post) {
        throw new UnsupportedOperationException("aggregate figures have no items");
    }

    /** Web-analytics tools send no rate-limit headers. */
    @Override
    default boolean reportsRateLimits() {
        return false;
    }
}
