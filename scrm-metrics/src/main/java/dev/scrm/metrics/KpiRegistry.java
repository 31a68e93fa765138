package dev.scrm.metrics;

import dev.scrm.core.KpiId;
import dev.scrm.metrics.internal.StandardKpis;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of versioned {@link KpiDefinition KPI definitions}, looked up by id.
 *
 * <p>{@link #standard()} holds every definition of the SDK's formula sheet; users add their own (or new
 * versions of standard ones) through {@link #builder()}, the same way the standard ones are registered.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * KpiRegistry registry = KpiRegistry.builder()
 *         .registerAll(KpiRegistry.standard())
 *         .register(KpiDefinition.of("mentions.per_post@1", Additivity.NON_ADDITIVE, MetricUnit.RATIO,
 *                 "mentions / owned posts", Map.of(),
 *                 in -> in.ratio(in.sum(Counter.MENTIONS), in.sum(Counter.POSTS), Completeness.complete(), null)))
 *         .build();
 * }</pre>
 */
public final class KpiRegistry {

    private static final KpiRegistry STANDARD = builder().registerAll(StandardKpis.all()).build();

    private final Map<KpiId, KpiDefinition> definitions;

    private KpiRegistry(Map<KpiId, KpiDefinition> definitions) {
        this.definitions = Collections.unmodifiableMap(new TreeMap<>(definitions));
    }

    /**
     * Every definition of the SDK's formula sheet, with its additivity, unit, inputs and formula:
     *
     * <table>
     * <caption>Standard KPI definitions</caption>
     * <tr><th>id</th><th>additivity</th><th>unit</th><th>inputs and formula</th></tr>
     * <tr><td>{@code alerts.spike.ewma@1}</td><td>non-additive</td><td>SCORE</td><td>EWMA z score of mentions.volume&#64;1 in the window against the same hour of the week over the previous N weeks: mu = the exponentially weighted moving average of those buckets (oldest first, smoothing lambda), sigma = max(1.4826 MAD around mu, max(1, sqrt(mu))); severity, longevity, drivers and suppression as alerts.spike.robust_z&#64;1. Defaults: k=3, lambda=0.3, longevityLimit=168, weeks=8.</td></tr>
     * <tr><td>{@code alerts.spike.robust_z@1}</td><td>non-additive</td><td>SCORE</td><td>Robust z score of mentions.volume&#64;1 in the window (one closed bucket) against the same hour of the week over the previous N weeks: median baseline, sigma = max(1.4826 MAD, max(1, sqrt(mu))). Components: x, mu, mad, sigma, severity, longevity, the baseline buckets and the top drivers by platform and campaign (each value's x - median of its own baseline); severity 0 (suppressed) when coverage &lt; 0.9. Defaults: k=3, longevityLimit=168, weeks=8.</td></tr>
     * <tr><td>{@code alerts.volume_threshold@1}</td><td>non-additive</td><td>COUNT</td><td>Volumetric alert: x = mentions.volume&#64;1 in W; fired when x &gt;= threshold (parameter threshold, required); components threshold, fired, longevity (consecutive windows of the same length at or above it), suppressed when coverage &lt; 0.9. Defaults: longevityLimit=168.</td></tr>
     * <tr><td>{@code care.first_response_time@1}</td><td>non-additive</td><td>SECONDS</td><td>First agent reply - first inbound message per conversation, in wall-clock time; statistic mean, p50 or p90 over conversations whose first inbound lies in W (method TYPE_7 or NEAREST_RANK). Automated replies do not count. Defaults: method=TYPE_7, statistic=p50.</td></tr>
     * <tr><td>{@code care.first_response_time.business_hours@1}</td><td>non-additive</td><td>SECONDS</td><td>First agent reply - first inbound message per conversation, counting only time inside the engine's business calendar; statistic mean, p50 or p90 over conversations whose first inbound lies in W (method TYPE_7 or NEAREST_RANK). Automated replies do not count. Defaults: method=TYPE_7, statistic=p50.</td></tr>
     * <tr><td>{@code care.next_response_time@1}</td><td>non-additive</td><td>SECONDS</td><td>For each customer turn after the first: next agent reply - the turn's first inbound; the clock stops at resolution. Defaults: method=TYPE_7, statistic=p50.</td></tr>
     * <tr><td>{@code care.resolution_time@1}</td><td>non-additive</td><td>SECONDS</td><td>Final resolution - creation per resolved conversation. Defaults: method=TYPE_7, statistic=p50.</td></tr>
     * <tr><td>{@code care.resolution_time.open_intervals@1}</td><td>non-additive</td><td>SECONDS</td><td>Sum of the open intervals (creation or reopening to resolution) per resolved conversation. Defaults: method=TYPE_7, statistic=p50.</td></tr>
     * <tr><td>{@code care.response_rate@1}</td><td>non-additive</td><td>RATIO</td><td>Actionable inbound messages followed by an agent reply / actionable inbound messages.</td></tr>
     * <tr><td>{@code care.sla_attainment@1}</td><td>non-additive</td><td>RATIO</td><td>First responses within target (parameter targetSeconds) / eligible conversations; eligible = responded, or unanswered past the deadline at the window end; unanswered within target are pending and excluded. Defaults: targetSeconds=3600.</td></tr>
     * <tr><td>{@code content.acceptance_rate.interaction@1}</td><td>non-additive</td><td>RATIO</td><td>Computed from per-item or per-author inputs by ContentAcceptance; the engine's aggregates do not hold them.</td></tr>
     * <tr><td>{@code content.acceptance_rate.item@1}</td><td>non-additive</td><td>RATIO</td><td>Computed from per-item or per-author inputs by ContentAcceptance; the engine's aggregates do not hold them.</td></tr>
     * <tr><td>{@code engagement.count@1}</td><td>additive</td><td>COUNT</td><td>E on owned posts: the platform's dated composition (EngagementCompositions) at the post's date; a missing counter counts 0 and lowers completeness.</td></tr>
     * <tr><td>{@code engagement_rate.daily@1}</td><td>non-additive</td><td>RATIO</td><td>E_X / (X F): engagement over X local days divided by X times the time-weighted mean footprint.</td></tr>
     * <tr><td>{@code engagement_rate.followers.macro@1}</td><td>non-additive</td><td>RATIO</td><td>(1/n) sum of E_post / F_pub.</td></tr>
     * <tr><td>{@code engagement_rate.followers.pooled@1}</td><td>non-additive</td><td>RATIO</td><td>Sum E / sum F_pub, F_pub = the brand's follower footprint during the post's bucket.</td></tr>
     * <tr><td>{@code engagement_rate.impressions.macro@1}</td><td>non-additive</td><td>RATIO</td><td>(1/n) sum of E_post / I_post.</td></tr>
     * <tr><td>{@code engagement_rate.impressions.pooled@1}</td><td>non-additive</td><td>RATIO</td><td>Sum E / sum I over posts reporting impressions.</td></tr>
     * <tr><td>{@code engagement_rate.reach.macro@1}</td><td>non-additive</td><td>RATIO</td><td>(1/n) sum of E_post / R_post over posts reporting reach (Hootsuite's average ER).</td></tr>
     * <tr><td>{@code engagement_rate.reach.pooled@1}</td><td>non-additive</td><td>RATIO</td><td>Sum E / sum R_post over posts reporting reach (per reach-exposure, not unique reach).</td></tr>
     * <tr><td>{@code followers.audience_growth_rate@1}</td><td>non-additive</td><td>RATIO</td><td>Net new followers / total audience, total audience = F_end (parameter base=END) or F_start (START). Defaults: base=END.</td></tr>
     * <tr><td>{@code followers.footprint@1}</td><td>semi-additive</td><td>COUNT</td><td>Sum over the brand's accounts of F(account, t) at the window end: an audience footprint (one person counts once per account), summed across accounts only.</td></tr>
     * <tr><td>{@code followers.gains@1}</td><td>additive</td><td>COUNT</td><td>Organic + paid follower gains the platform reports per bucket (LinkedIn organicFollowerGains + paidFollowerGains, ingested as FollowerGains), over the brand's accounts and W; completeness is the share of buckets with a report.</td></tr>
     * <tr><td>{@code followers.growth_rate@1}</td><td>non-additive</td><td>RATIO</td><td>(F_end - F_start) / F_start; undefined when F_start = 0. Consecutive rates compound.</td></tr>
     * <tr><td>{@code followers.net_new@1}</td><td>additive</td><td>COUNT</td><td>F_end - F_start from snapshots (telescopes).</td></tr>
     * <tr><td>{@code followers.net_new.events@1}</td><td>additive</td><td>COUNT</td><td>Follow events - unfollow events.</td></tr>
     * <tr><td>{@code followers.new_gross@1}</td><td>additive</td><td>COUNT</td><td>Follow events only (Sprout Social's New Followers; unlike net new, unfollows are not subtracted).</td></tr>
     * <tr><td>{@code followers.volume@1}</td><td>semi-additive</td><td>COUNT</td><td>F(t): the last snapshot at or before the window end (LAST), summed over the brand's accounts on the query's platform. Never summed over time.</td></tr>
     * <tr><td>{@code followers.volume.avg@1}</td><td>semi-additive</td><td>COUNT</td><td>Time-weighted mean of the snapshots in W (each holds until the next; no interpolation).</td></tr>
     * <tr><td>{@code impressions.estimated.earned@1}</td><td>additive</td><td>COUNT</td><td>Sum over earned mentions of F_i x factor(F_i), factor 0.15 below 100,000 followers, 0.06 above 10,000,000, linear between.</td></tr>
     * <tr><td>{@code impressions.estimated.owned@1}</td><td>additive</td><td>COUNT</td><td>Sum over owned posts of F at publication (F x posts when F is constant); an estimate for platforms that report no impressions.</td></tr>
     * <tr><td>{@code impressions.estimated.total@1}</td><td>additive</td><td>COUNT</td><td>Owned + earned estimated impressions.</td></tr>
     * <tr><td>{@code influence.score@1}</td><td>non-additive</td><td>SCORE</td><td>Computed from per-item or per-author inputs by InfluenceScore; the engine's aggregates do not hold them.</td></tr>
     * <tr><td>{@code kaushik.amplification_rate.per_1000_followers@1}</td><td>non-additive</td><td>INDEX</td><td>(1/n) sum over posts of X_p / F_p x 1000, F at publication. Defaults: includeQuotes=false.</td></tr>
     * <tr><td>{@code kaushik.amplification_rate.per_follower@1}</td><td>non-additive</td><td>RATIO</td><td>(1/n) sum over posts of X_p / F_p x 1, F at publication. Defaults: includeQuotes=false.</td></tr>
     * <tr><td>{@code kaushik.amplification_rate.per_post@1}</td><td>non-additive</td><td>RATIO</td><td>Sum of post_shares over owned posts / n posts. Defaults: includeQuotes=false.</td></tr>
     * <tr><td>{@code kaushik.applause_rate.per_1000_followers@1}</td><td>non-additive</td><td>INDEX</td><td>(1/n) sum over posts of X_p / F_p x 1000, F at publication.</td></tr>
     * <tr><td>{@code kaushik.applause_rate.per_follower@1}</td><td>non-additive</td><td>RATIO</td><td>(1/n) sum over posts of X_p / F_p x 1, F at publication.</td></tr>
     * <tr><td>{@code kaushik.applause_rate.per_post@1}</td><td>non-additive</td><td>RATIO</td><td>Sum of post_likes over owned posts / n posts.</td></tr>
     * <tr><td>{@code kaushik.conversation_rate.per_1000_followers@1}</td><td>non-additive</td><td>INDEX</td><td>(1/n) sum over posts of X_p / F_p x 1000, F at publication.</td></tr>
     * <tr><td>{@code kaushik.conversation_rate.per_follower@1}</td><td>non-additive</td><td>RATIO</td><td>(1/n) sum over posts of X_p / F_p x 1, F at publication.</td></tr>
     * <tr><td>{@code kaushik.conversation_rate.per_post@1}</td><td>non-additive</td><td>RATIO</td><td>Sum of post_replies over owned posts / n posts.</td></tr>
     * <tr><td>{@code kaushik.economic_value@1}</td><td>additive</td><td>CURRENCY</td><td>Goal value (revenue and cost savings) of visits referred by social, from web figures of the site named as brand.</td></tr>
     * <tr><td>{@code kaushik.economic_value.per_visit@1}</td><td>non-additive</td><td>CURRENCY</td><td>Economic value / social-referred visits.</td></tr>
     * <tr><td>{@code mentions.unique_authors@1}</td><td>non-additive</td><td>COUNT</td><td>#{author(i) : i mentions the brand in W} over the whole window (never the sum of daily counts): exact up to 1,024 authors per bucket, else a HyperLogLog estimate (2^12 registers, about 1.6 % relative standard error) with a 95 % interval. Needs an engine built with uniqueAuthors(true).</td></tr>
     * <tr><td>{@code mentions.volume@1}</td><td>additive</td><td>COUNT</td><td>M_b: inbound mentions, replies, comments and reviews naming the brand in W, deduplicated on the interaction id; reposts are not extra mentions.</td></tr>
     * <tr><td>{@code mentions.volume.by_sentiment@1}</td><td>additive</td><td>COUNT</td><td>P_b, N_b, U_b or unrated mentions, chosen by parameter label (POSITIVE, NEGATIVE, NEUTRAL, UNRATED). Defaults: label=POSITIVE.</td></tr>
     * <tr><td>{@code mentions.volume.with_reposts@1}</td><td>additive</td><td>COUNT</td><td>M_b plus one per repost or boost.</td></tr>
     * <tr><td>{@code roi.social@1}</td><td>non-additive</td><td>RATIO</td><td>Computed from per-item or per-author inputs by SocialRoi; the engine's aggregates do not hold them.</td></tr>
     * <tr><td>{@code search.interest_index@1}</td><td>non-additive</td><td>INDEX</td><td>Mean provider index of the term (the brand) over the buckets in W, within one normalisation scope; never summed.</td></tr>
     * <tr><td>{@code search.relative_interest@1}</td><td>non-additive</td><td>RATIO</td><td>idx_b / sum over C of idx_c, means over W, all terms from one request.</td></tr>
     * <tr><td>{@code search.trend_change@1}</td><td>non-additive</td><td>RATIO</td><td>(mean of the last k buckets - mean of the k before) / mean of the k before, over the buckets in W; one scope only. Defaults: k=4.</td></tr>
     * <tr><td>{@code search.volume@1}</td><td>additive</td><td>COUNT</td><td>Absolute searches for the keyword (the brand) in the reported periods (KeywordSearchVolume, typically months) that lie wholly inside W; partial periods are left out and lower completeness. Defaults: source= (any).</td></tr>
     * <tr><td>{@code sentiment.mean_score@1}</td><td>non-additive</td><td>SCORE</td><td>Mean compound score in [-1, 1] of rated mentions.</td></tr>
     * <tr><td>{@code sentiment.net@1}</td><td>non-additive</td><td>SCORE</td><td>(P - N) / (P + N) in [-1, 1], neutral excluded (Talkwalker); Wilson 95 % interval of p = P/(P+N) mapped by 2p - 1, or ci=BOOTSTRAP (2,000 resamples, fixed seed). Defaults: ci=WILSON, seed=1, z=1.96.</td></tr>
     * <tr><td>{@code sentiment.net_total@1}</td><td>non-additive</td><td>SCORE</td><td>(P - N) / (P + N + U): neutral dilutes (Symanto).</td></tr>
     * <tr><td>{@code sentiment.share@1}</td><td>non-additive</td><td>RATIO</td><td>Share of one label (parameter label) among rated mentions: P/(P+N+U), N/(...) or U/(...). Defaults: label=POSITIVE.</td></tr>
     * <tr><td>{@code share_of_voice.conversation@1}</td><td>non-additive</td><td>RATIO</td><td>M_b / M_category, where the category label (parameter category) is matched on branded and unbranded topic mentions. Defaults: category=.</td></tr>
     * <tr><td>{@code share_of_voice.engagement@1}</td><td>non-additive</td><td>RATIO</td><td>Sum of mention engagement of b / over C. Defaults: overlapPolicy=COUNT_EACH.</td></tr>
     * <tr><td>{@code share_of_voice.excess@1}</td><td>non-additive</td><td>PP</td><td>SoV_b - SoM_b in percentage points (as a fraction); share of market (a fraction) comes from parameter shareOfMarket. Defaults: overlapPolicy=COUNT_EACH, shareOfMarket=.</td></tr>
     * <tr><td>{@code share_of_voice.mentions@1}</td><td>non-additive</td><td>RATIO</td><td>M_b / sum over C of M_c (C includes b); multi-brand mentions per overlapPolicy. Defaults: overlapPolicy=COUNT_EACH.</td></tr>
     * <tr><td>{@code share_of_voice.negative@1}</td><td>non-additive</td><td>RATIO</td><td>N_b / sum over C of N_c. Defaults: overlapPolicy=COUNT_EACH.</td></tr>
     * <tr><td>{@code share_of_voice.net@1}</td><td>non-additive</td><td>RATIO</td><td>(P_b - N_b) / sum over C of M_c; may be negative. Defaults: overlapPolicy=COUNT_EACH.</td></tr>
     * <tr><td>{@code share_of_voice.positive@1}</td><td>non-additive</td><td>RATIO</td><td>P_b / sum over C of P_c. Defaults: overlapPolicy=COUNT_EACH.</td></tr>
     * <tr><td>{@code share_of_voice.reach@1}</td><td>non-additive</td><td>RATIO</td><td>Sum of mention reach of b / over C; reach is the mention's reach, else its author's followers. A weight, not unique people. Defaults: overlapPolicy=COUNT_EACH.</td></tr>
     * <tr><td>{@code share_of_voice.sentiment_weighted@1}</td><td>non-additive</td><td>RATIO</td><td>Sum of w(s_m) x_m over b / over C; weights &gt;= 0 (default 1, 0.5, 0), x_m = 1, reach or engagement (parameter basis). Defaults: basis=MENTIONS, overlapPolicy=COUNT_EACH, weightNegative=0, weightNeutral=0.5, weightPositive=1.</td></tr>
     * <tr><td>{@code virality_rate@1}</td><td>non-additive</td><td>RATIO</td><td>Shares / impressions of owned posts reporting impressions.</td></tr>
     * <tr><td>{@code web.actions_per_visit@1}</td><td>non-additive</td><td>RATIO</td><td>Actions / visits, pooled.</td></tr>
     * <tr><td>{@code web.avg_visit_duration@1}</td><td>non-additive</td><td>SECONDS</td><td>Sum of visit lengths / visits.</td></tr>
     * <tr><td>{@code web.bounce_rate@1}</td><td>non-additive</td><td>RATIO</td><td>Bounces / visits, pooled (never the mean of daily rates).</td></tr>
     * <tr><td>{@code web.pageviews@1}</td><td>additive</td><td>COUNT</td><td>Page views (Matomo: nb_actions, all actions).</td></tr>
     * <tr><td>{@code web.repeat_visitor_rate@1}</td><td>non-additive</td><td>RATIO</td><td>WAA: unique visitors with two or more visits in W / unique visitors of W; needs visitor-level figures for exactly W.</td></tr>
     * <tr><td>{@code web.return_visit_rate@1}</td><td>non-additive</td><td>RATIO</td><td>Visits by returning visitors / visits (Matomo nb_visits_returning / nb_visits); unavailable for sources without a returning dimension.</td></tr>
     * <tr><td>{@code web.return_visitor_rate@1}</td><td>non-additive</td><td>RATIO</td><td>WAA: unique visitors of W who had visited before W / unique visitors of W, from figures for exactly W.</td></tr>
     * <tr><td>{@code web.social_referral_share@1}</td><td>non-additive</td><td>RATIO</td><td>Visits from social sources / visits.</td></tr>
     * <tr><td>{@code web.unique_visitors@1}</td><td>non-additive</td><td>COUNT</td><td>Distinct visitors for exactly W, as reported for W; never summed from shorter periods (undefined unless re-queried).</td></tr>
     * <tr><td>{@code web.visits@1}</td><td>additive</td><td>COUNT</td><td>Sessions in W (Matomo nb_visits, Plausible visits); the brand names the site.</td></tr>
     * </table>
     *
     * <p>Reach, campaign, segment and author followers come from the interaction attributes named in
     * {@link MetricsAttributes}; web and search KPIs read {@link WebTrafficFigures}, {@link SearchInterest} and
     * {@link KeywordSearchVolume} with the query's brand as the site or term; {@code followers.gains@1} reads
     * {@link FollowerGains}; {@code care.*} KPIs read {@link CareEvent}s.
     *
     * @return the standard registry
     */
    public static KpiRegistry standard() {
        return STANDARD;
    }

    /**
     * An empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The definition of an id.
     *
     * @param id the id
     * @return the definition, empty when none is registered
     */
    public Optional<KpiDefinition> find(KpiId id) {
        return Optional.ofNullable(definitions.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The definition of an id.
     *
     * @param id the id
     * @return the definition
     * @throws IllegalArgumentException if none is registered
     */
    public KpiDefinition get(KpiId id) {
        KpiDefinition d = definitions.get(Objects.requireNonNull(id, "id"));
        if (d == null) {
            throw new IllegalArgumentException("no KPI definition " + id + " is registered");
        }
        return d;
    }

    /**
     * All definitions, sorted by id.
     *
     * @return the definitions
     */
    public Collection<KpiDefinition> definitions() {
        return definitions.values();
    }

    /** Collects definitions. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder {
        private final Map<KpiId, KpiDefinition> definitions = new TreeMap<>();

        private Builder() {
        }

        /**
         * Registers a definition.
         *
         * @param definition the definition
         * @return this builder
         * @throws IllegalStateException if its id is already registered: a changed formula needs a new version
         */
        public Builder register(KpiDefinition definition) {
            Objects.requireNonNull(definition, "definition");
            if (definitions.putIfAbsent(definition.id(), definition) != null) {
                throw new IllegalStateException("KPI " + definition.id() + " is already registered; a changed"
                        + " definition needs a new version");
            }
            return this;
        }

        /**
         * Registers every definition of a registry.
         *
         * @param registry the registry
         * @return this builder
         * @throws IllegalStateException if an id is already registered
         */
        public Builder registerAll(KpiRegistry registry) {
            return registerAll(Objects.requireNonNull(registry, "registry").definitions());
        }

        /**
         * Registers definitions.
         *
         * @param list the definitions
         * @return this builder
         * @throws IllegalStateException if an id is already registered
         */
        public Builder registerAll(Collection<KpiDefinition> list) {
            for (KpiDefinition d : list) {
                register(d);
            }
            return this;
        }

        /**
         * The registry.
         *
         * @return a new immutable registry
         */
        public KpiRegistry build() {
            return new KpiRegistry(definitions);
        }
    }
}
