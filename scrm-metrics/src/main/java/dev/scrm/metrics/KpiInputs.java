package dev.scrm.metrics;

import dev.scrm.core.Completeness;
import dev.scrm.core.ConfidenceInterval;
import dev.scrm.core.Window;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a {@link KpiFormula} can read: the query, the definition's resolved parameters, pooled counter sums
 * over any window and brand, follower snapshots, web figures, search series and customer-service
 * conversations, and factories for the result.
 *
 * <p>Sums honour the query's platform, campaign and segment filters. An instance is valid only during one
 * {@link KpiFormula#compute} call on the calling thread; it is not thread-safe.
 */
public interface KpiInputs {

    /**
     * The query being answered.
     *
     * @return the query
     */
    MetricQuery query();

    /**
     * The window being computed: the query's window, or one of its buckets.
     *
     * @return the window
     */
    Window window();

    /**
     * The zone the window is cut in.
     *
     * @return the zone
     */
    ZoneId zone();

    /**
     * The buckets of the engine's resolution that make up a window, in order.
     *
     * @param window the window, on bucket boundaries
     * @return the buckets
     */
    List<Window> buckets(Window window);

    /**
     * The definition being computed.
     *
     * @return the definition
     */
    KpiDefinition definition();

    /**
     * A parameter: the query's value, else the definition's default.
     *
     * @param name the parameter name
     * @return its value
     * @throws IllegalArgumentException if neither the query nor the definition sets it
     */
    String parameter(String name);

    /**
     * The query's brand.
     *
     * @return the brand
     * @throws IllegalArgumentException if the query names no brand
     */
    String brand();

    /**
     * The sum of a counter over a window for a brand (every item that names the brand counts fully).
     *
     * @param counter the counter
     * @param brand the brand, or {@code null} for all data
     * @param window the window; must lie on the engine's bucket boundaries
     * @return the sum, 0 when nothing was ingested
     */
    double sum(Counter counter, String brand, Window window);

    /**
     * The sum of a counter over {@link #window()} for the query's brand, or for all data when there is none.
     *
     * @param counter the counter
     * @return the sum
     */
    double sum(Counter counter);

    /**
     * The sums of a counter for a brand over each bucket of the engine's resolution that makes up a window,
     * in the order of {@link #buckets}: what a formula that joins counters with per-bucket values (such as
     * followers at publication) walks. The default calls {@link #sum} per bucket; the engine answers from
     * its columns directly.
     *
     * @param counter the counter
     * @param brand the brand, or {@code null} for all data
     * @param window the window; must lie on the engine's bucket boundaries
     * @return one sum per bucket
     */
    default double[] bucketSums(Counter counter, String brand, Window window) {
        List<Window> b = buckets(window);
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sum(counter, brand, b.get(i));
        }
        return out;
    }

    /**
     * The follower footprint of a brand at the last instant of each bucket that makes up a window, in the
     * order of {@link #buckets}, as {@link #followers} gives it.
     *
     * @param brand the brand
     * @param window the window; must lie on the engine's bucket boundaries
     * @return one footprint per bucket, {@link Double#NaN} where no account has a snapshot yet
     */
    default double[] bucketFollowers(String brand, Window window) {
        List<Window> b = buckets(window);
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = followers(brand, b.get(i).end().minusNanos(1)).orElse(Double.NaN);
        }
        return out;
    }

    /**
     * The sum of a counter for a brand over a window, broken down by the values of one dimension.
     *
     * @param counter the counter
     * @param brand the brand, or {@code null} for all data
     * @param window the window
     * @param dimension {@code platform}, {@code campaign} or {@code segment}
     * @return the sum per dimension value (items without a value under the empty string), sorted by value
     * @throws IllegalArgumentException if the dimension is not one of those
     */
    Map<String, Double> breakdown(Counter counter, String brand, Window window, String dimension);

    /**
     * What a brand is credited with, out of the query's competitor set, under an overlap policy.
     *
     * @param counter the counter
     * @param brand the brand, a member of the competitor set
     * @param policy how items that name several brands of the set are credited
     * @param window the window
     * @return the credited amount
     */
    double credited(Counter counter, String brand, OverlapPolicy policy, Window window);

    /**
     * The total of a counter over the query's competitor set under an overlap policy: the sum of
     * {@link #credited} over every brand of the set.
     *
     * @param counter the counter
     * @param policy the overlap policy
     * @param window the window
     * @return the total
     */
    double setTotal(Counter counter, OverlapPolicy policy, Window window);

    /**
     * The distinct authors of the mentions of a brand over a window: exact up to 1,024 authors per bucket,
     * otherwise a HyperLogLog estimate with a relative standard error of about 1.6 %.
     *
     * @param brand the brand, or {@code null} for all mentions
     * @param window the window
     * @return the count, empty when the engine does not track unique authors
     */
    Optional<UniqueCount> uniqueAuthors(String brand, Window window);

    /**
     * The share of the window that the connectors reported as covered (1 when no gap was reported).
     *
     * @param window the window
     * @return the coverage within [0, 1]
     */
    double coverage(Window window);

    /**
     * The follower footprint of a brand at an instant: the sum, over its accounts (on the query's platform),
     * of the last snapshot at or before the instant.
     *
     * @param brand the brand
     * @param at the instant
     * @return the footprint, empty when no account has a snapshot by then
     */
    OptionalDouble followers(String brand, Instant at);

    /**
     * The time-weighted mean footprint of a brand over a window (each snapshot holds until the next).
     *
     * @param brand the brand
     * @param window the window
     * @return the mean over the part of the window that snapshots cover, empty when none does
     */
    OptionalDouble followersMean(String brand, Window window);

    /**
     * The fraction of the brand's accounts whose snapshot at {@code at} is at most one bucket old.
     *
     * @param brand the brand
     * @param at the instant
     * @return the fraction, 0 when the brand has no accounts
     */
    double followersFreshness(String brand, Instant at);

    /**
     * The web figures of a site reported for exactly a window (needed for unique visitor counts, which are
     * never summed).
     *
     * @param site the site
     * @param window the period
     * @return the figures, empty when none was ingested for exactly that period
     */
    Optional<WebTrafficFigures> webFigures(String site, Window window);

    /**
     * The search interest series of a term, ordered by bucket start.
     *
     * @param term the term
     * @return every point ingested for the term, in any scope
     */
    List<SearchInterest> searchInterest(String term);

    /**
     * The absolute search volumes of a keyword, ordered by period start.
     *
     * @param term the keyword
     * @return every volume ingested for the keyword, from any source; empty by default
     */
    default List<KeywordSearchVolume> searchVolumes(String term) {
        return List.of();
    }

    /**
     * The customer-service conversations whose first inbound message lies in a window (and, when the query
     * names a brand, that belong to it).
     *
     * @param window the window
     * @return the conversations, their events in time order
     */
    List<CareConversation> conversations(Window window);

    /**
     * The engine's business calendar, for business-hours variants.
     *
     * @return the calendar, empty when the engine has none
     */
    Optional<BusinessCalendar> businessCalendar();

    /**
     * A defined value.
     *
     * @param value the value
     * @param completeness the completeness of its inputs
     * @param components named components for the explanation
     * @return the result
     */
    KpiResult value(double value, Completeness completeness, Map<String, Double> components);

    /**
     * A ratio {@code scale × numerator / denominator}; {@link KpiStatus#UNDEFINED} when the denominator is 0.
     * The metric keeps the unscaled numerator and denominator, so the ratio can be re-pooled.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @param completeness the completeness of the inputs
     * @param interval a confidence interval, or {@code null}
     * @return the result
     */
    KpiResult ratio(double numerator, double denominator, Completeness completeness, ConfidenceInterval interval);

    /**
     * A result without a value.
     *
     * @param status {@link KpiStatus#UNDEFINED} or {@link KpiStatus#UNAVAILABLE}
     * @param reason why, for example {@code ZERO_DENOMINATOR} or {@code NO_SNAPSHOT}
     * @param completeness the completeness of the inputs
     * @return the result
     */
    KpiResult missing(KpiStatus status, String reason, Completeness completeness);
}
