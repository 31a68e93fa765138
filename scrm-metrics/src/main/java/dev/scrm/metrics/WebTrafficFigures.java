package dev.scrm.metrics;

import dev.scrm.core.Window;
import java.util.Objects;

/**
 * Web analytics figures of one site for one period, as a tool such as Matomo or Plausible reports them.
 *
 * <p>The additive counts (visits, page views, bounces, visit length, social visits, returning visits, goal
 * value) are pooled over any window made of whole periods. Unique, returning and repeat visitor counts are
 * not additive: they answer only a query for exactly this period. Fields a source cannot supply are
 * {@code null}: Plausible has no returning visitors, so the return rates are {@link KpiStatus#UNAVAILABLE}.
 * Immutable and thread-safe.
 *
 * @param site the site, used as the brand dimension
 * @param source the analytics tool, for example {@code matomo}
 * @param period the period; it must be exactly one bucket of the engine's resolution
 * @param visits visits (sessions)
 * @param pageviews page views (Matomo: {@code nb_actions}, all actions)
 * @param bounces visits that bounced
 * @param visitSeconds total length of the visits, in seconds
 * @param socialVisits visits referred by social sources
 * @param socialGoalValue goal value (revenue and savings) of visits referred by social sources
 * @param returningVisits visits by returning visitors, or {@code null}
 * @param uniqueVisitors distinct visitors in the period, or {@code null}
 * @param returningVisitors distinct visitors in the period who had visited before it began, or {@code null}
 * @param repeatVisitors distinct visitors with two or more visits in the period, or {@code null}
 */
public record WebTrafficFigures(String site, String source, Window period, long visits, long pageviews,
        long bounces, long visitSeconds, long socialVisits, double socialGoalValue, Long returningVisits,
        Long uniqueVisitors, Long returningVisitors, Long repeatVisitors) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if a count is negative or a part exceeds its whole
     */
    public WebTrafficFigures {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        nonNegative(visits, "visits");
        nonNegative(pageviews, "pageviews");
        nonNegative(bounces, "bounces");
        nonNegative(visitSeconds, "visitSeconds");
        nonNegative(socialVisits, "socialVisits");
        if (!(socialGoalValue >= 0) || Double.isInfinite(socialGoalValue)) {
            throw new IllegalArgumentException("socialGoalValue must be finite and >= 0");
        }
        if (bounces > visits || socialVisits > visits) {
            throw new IllegalArgumentException("bounces and socialVisits must not exceed visits");
        }
        if (returningVisits != null) {
            nonNegative(returningVisits, "returningVisits");
            if (returningVisits > visits) {
                throw new IllegalArgumentException("returningVisits must not exceed visits");
            }
        }
        if (uniqueVisitors != null) {
            nonNegative(uniqueVisitors, "uniqueVisitors");
        }
        if (returningVisitors != null) {
            nonNegative(returningVisitors, "returningVisitors");
        }
        if (repeatVisitors != null) {
            nonNegative(repeatVisitors, "repeatVisitors");
        }
    }

    private static void nonNegative(long v, String name) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + v);
        }
    }
}
