package dev.scrm.metrics;

/**
 * The additive counters the engine keeps per bucket and per dimension combination. Every KPI of the engine,
 * standard or user-defined, is a formula over pooled sums of these counters (see {@link KpiInputs#sum}).
 *
 * <p>What feeds each counter:
 * <ul>
 *   <li><em>mentions</em>: inbound interactions of kind {@code MENTION}, {@code REPLY}, {@code COMMENT} or
 *       {@code REVIEW}, once per interaction id (reposts are counted apart, in {@link #REPOSTS});</li>
 *   <li><em>owned posts</em>: outbound interactions of kind {@code POST}; their engagement is counted with
 *       the platform's dated composition ({@link EngagementComposition}) at the post's date;</li>
 *   <li><em>follower events</em>: interactions of kind {@code FOLLOW} and {@code UNFOLLOW};</li>
 *   <li><em>web</em>: {@link WebTrafficFigures} ingested for a site;</li>
 *   <li><em>follower gains</em>: {@link FollowerGains} ingested for an account of a brand.</li>
 * </ul>
 * Reach comes from the interaction attribute {@value MetricsAttributes#REACH}, or else from
 * {@value MetricsAttributes#AUTHOR_FOLLOWERS} (recorded as the reach basis); impressions from the
 * {@code VIEWS} engagement count.
 *
 * <p>All counters are kept as whole numbers: the fractional ones (sentiment scores, per-post rates, estimated
 * impressions, goal values) in fixed units of 10⁻⁶, 10⁻⁹, 10⁻³ and 10⁻⁴ respectively, so sums are exact, merging
 * is associative, and {@link KpiInputs#sum} returns them in their natural unit.
 */
public enum Counter {
    /** Mentions. */
    MENTIONS,
    /** Reposts, boosts and retweets of items (inbound {@code SHARE} interactions). */
    REPOSTS,
    /** Mentions whose sentiment label is positive. */
    POSITIVE,
    /** Mentions whose sentiment label is neutral. */
    NEUTRAL,
    /** Mentions whose sentiment label is negative. */
    NEGATIVE,
    /** Mentions with no sentiment yet. */
    UNRATED,
    /** Sum of the compound sentiment scores of rated mentions. */
    SENTIMENT_SCORE,
    /** Sum of the reach of the mentions that have a reach. */
    MENTION_REACH,
    /** Mentions that have a reach. */
    MENTIONS_WITH_REACH,
    /** Reach of positive mentions. */
    POSITIVE_REACH,
    /** Reach of neutral mentions. */
    NEUTRAL_REACH,
    /** Reach of negative mentions. */
    NEGATIVE_REACH,
    /** Engagement on mentions (platform composition). */
    MENTION_ENGAGEMENT,
    /** Engagement on positive mentions. */
    POSITIVE_ENGAGEMENT,
    /** Engagement on neutral mentions. */
    NEUTRAL_ENGAGEMENT,
    /** Engagement on negative mentions. */
    NEGATIVE_ENGAGEMENT,
    /** Estimated earned impressions: the sum of {@code F × factor(F)} over mention authors with a known F. */
    EARNED_IMPRESSIONS,
    /** Mentions whose author's follower count was known. */
    MENTIONS_WITH_AUTHOR_FOLLOWERS,
    /** Owned posts. */
    POSTS,
    /** Engagement on owned posts (platform composition at the post's date). */
    POST_ENGAGEMENT,
    /** Likes on owned posts. */
    POST_LIKES,
    /** Shares on owned posts. */
    POST_SHARES,
    /** Replies and comments on owned posts. */
    POST_REPLIES,
    /** Quotes of owned posts. */
    POST_QUOTES,
    /** Owned posts that lacked a counter of their platform's engagement composition. */
    POSTS_ENGAGEMENT_INCOMPLETE,
    /** Impressions (views) of owned posts that report them. */
    POST_IMPRESSIONS,
    /** Owned posts that report impressions. */
    POSTS_WITH_IMPRESSIONS,
    /** Engagement on owned posts that report impressions. */
    POST_ENGAGEMENT_WITH_IMPRESSIONS,
    /** Sum of the per-post engagement rates by impressions. */
    POST_ER_IMPRESSIONS_SUM,
    /** Reach of owned posts that report it. */
    POST_REACH,
    /** Owned posts that report reach. */
    POSTS_WITH_REACH,
    /** Engagement on owned posts that report reach. */
    POST_ENGAGEMENT_WITH_REACH,
    /** Sum of the per-post engagement rates by reach. */
    POST_ER_REACH_SUM,
    /** Follow events. */
    FOLLOWS,
    /** Unfollow events. */
    UNFOLLOWS,
    /** Web visits (sessions). */
    WEB_VISITS,
    /** Web page views (Matomo: all actions). */
    WEB_PAGEVIEWS,
    /** Web visits that bounced. */
    WEB_BOUNCES,
    /** Sum of visit lengths, in seconds. */
    WEB_VISIT_SECONDS,
    /** Web visits referred by social sources. */
    WEB_SOCIAL_VISITS,
    /** Web visits by returning visitors, where the source reports them. */
    WEB_RETURNING_VISITS,
    /** Web visits of the figures that reported returning visits. */
    WEB_VISITS_WITH_RETURNING,
    /** Goal value (revenue and cost savings) of visits referred by social sources. */
    WEB_SOCIAL_GOAL_VALUE,
    /** Number of web figures ingested. */
    WEB_REPORTS,
    /** Followers gained organically, as reported by the platform ({@link FollowerGains}). */
    FOLLOWER_GAINS_ORGANIC,
    /** Followers gained through paid content, as reported by the platform. */
    FOLLOWER_GAINS_PAID,
    /** Number of follower gain reports ingested. */
    FOLLOWER_GAINS_REPORTS
}
