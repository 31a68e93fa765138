package dev.scrm.metrics.internal;

import dev.scrm.metrics.Counter;

/** Slot numbers of the counters inside a series row: a counter's ordinal. */
final class Slots {

    static final int STRIDE = Counter.values().length;

    static final int MENTIONS = Counter.MENTIONS.ordinal();
    static final int REPOSTS = Counter.REPOSTS.ordinal();
    static final int POSITIVE = Counter.POSITIVE.ordinal();
    static final int NEUTRAL = Counter.NEUTRAL.ordinal();
    static final int NEGATIVE = Counter.NEGATIVE.ordinal();
    static final int UNRATED = Counter.UNRATED.ordinal();
    static final int SENTIMENT_SCORE = Counter.SENTIMENT_SCORE.ordinal();
    static final int MENTION_REACH = Counter.MENTION_REACH.ordinal();
    static final int MENTIONS_WITH_REACH = Counter.MENTIONS_WITH_REACH.ordinal();
    static final int POSITIVE_REACH = Counter.POSITIVE_REACH.ordinal();
    static final int MENTION_ENGAGEMENT = Counter.MENTION_ENGAGEMENT.ordinal();
    static final int POSITIVE_ENGAGEMENT = Counter.POSITIVE_ENGAGEMENT.ordinal();
    static final int EARNED_IMPRESSIONS = Counter.EARNED_IMPRESSIONS.ordinal();
    static final int MENTIONS_WITH_AUTHOR_FOLLOWERS = Counter.MENTIONS_WITH_AUTHOR_FOLLOWERS.ordinal();
    static final int POSTS = Counter.POSTS.ordinal();
    static final int POST_ENGAGEMENT = Counter.POST_ENGAGEMENT.ordinal();
    static final int POST_LIKES = Counter.POST_LIKES.ordinal();
    static final int POST_SHARES = Counter.POST_SHARES.ordinal();
    static final int POST_REPLIES = Counter.POST_REPLIES.ordinal();
    static final int POST_QUOTES = Counter.POST_QUOTES.ordinal();
    static final int POSTS_ENGAGEMENT_INCOMPLETE = Counter.POSTS_ENGAGEMENT_INCOMPLETE.ordinal();
    static final int POST_IMPRESSIONS = Counter.POST_IMPRESSIONS.ordinal();
    static final int POSTS_WITH_IMPRESSIONS = Counter.POSTS_WITH_IMPRESSIONS.ordinal();
    static final int POST_ENGAGEMENT_WITH_IMPRESSIONS = Counter.POST_ENGAGEMENT_WITH_IMPRESSIONS.ordinal();
    static final int POST_ER_IMPRESSIONS_SUM = Counter.POST_ER_IMPRESSIONS_SUM.ordinal();
    static final int POST_REACH = Counter.POST_REACH.ordinal();
    static final int POSTS_WITH_REACH = Counter.POSTS_WITH_REACH.ordinal();
    static final int POST_ENGAGEMENT_WITH_REACH = Counter.POST_ENGAGEMENT_WITH_REACH.ordinal();
    static final int POST_ER_REACH_SUM = Counter.POST_ER_REACH_SUM.ordinal();
    static final int FOLLOWS = Counter.FOLLOWS.ordinal();
    static final int UNFOLLOWS = Counter.UNFOLLOWS.ordinal();
    static final int WEB_VISITS = Counter.WEB_VISITS.ordinal();
    static final int WEB_PAGEVIEWS = Counter.WEB_PAGEVIEWS.ordinal();
    static final int WEB_BOUNCES = Counter.WEB_BOUNCES.ordinal();
    static final int WEB_VISIT_SECONDS = Counter.WEB_VISIT_SECONDS.ordinal();
    static final int WEB_SOCIAL_VISITS = Counter.WEB_SOCIAL_VISITS.ordinal();
    static final int WEB_RETURNING_VISITS = Counter.WEB_RETURNING_VISITS.ordinal();
    static final int WEB_VISITS_WITH_RETURNING = Counter.WEB_VISITS_WITH_RETURNING.ordinal();
    static final int WEB_SOCIAL_GOAL_VALUE = Counter.WEB_SOCIAL_GOAL_VALUE.ordinal();
    static final int WEB_REPORTS = Counter.WEB_REPORTS.ordinal();
    static final int FOLLOWER_GAINS_ORGANIC = Counter.FOLLOWER_GAINS_ORGANIC.ordinal();
    static final int FOLLOWER_GAINS_PAID = Counter.FOLLOWER_GAINS_PAID.ordinal();
    static final int FOLLOWER_GAINS_REPORTS = Counter.FOLLOWER_GAINS_REPORTS.ordinal();

    /** Fractional counters are kept as whole multiples of 1/scale, so sums are exact and merging associative. */
    static final double[] SCALE = scales();

    private static double[] scales() {
        double[] s = new double[STRIDE];
        java.util.Arrays.fill(s, 1.0);
        s[Counter.SENTIMENT_SCORE.ordinal()] = 1e6;
        s[Counter.EARNED_IMPRESSIONS.ordinal()] = 1e3;
        s[Counter.POST_ER_IMPRESSIONS_SUM.ordinal()] = 1e9;
        s[Counter.POST_ER_REACH_SUM.ordinal()] = 1e9;
        s[Counter.WEB_SOCIAL_GOAL_VALUE.ordinal()] = 1e4;
        return s;
    }

    static double scaled(int slot, double value) {
        return Math.rint(value * SCALE[slot]);
    }

    private Slots() {
    }
}
