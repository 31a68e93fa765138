package dev.scrm.core;

/** A kind of reaction counted on an item. */
public enum EngagementType {
    /** Likes, favourites, reactions. */
    LIKES,
    /** Shares, boosts, reposts, retweets. */
    SHARES,
    /** Replies and comments. */
    REPLIES,
    /** Quotes. */
    QUOTES,
    /** Views or impressions, where the platform reports them. */
    VIEWS,
    /** Saves and bookmarks. */
    SAVES,
    /** Link clicks. */
    CLICKS
}
