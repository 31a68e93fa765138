package dev.scrm.connector;

/**
 * Something a connector can do. The core reads a connector's {@link ConnectorManifest#capabilities()} and
 * never assumes one that is not declared.
 */
public enum Capability {
    /** Full-text search for mentions ({@link QueryKind#SEARCH}). */
    SEARCH_MENTIONS,
    /** A hashtag or topic timeline ({@link QueryKind#HASHTAG}). */
    HASHTAG_TIMELINE,
    /** The posts of one account ({@link QueryKind#ACCOUNT_POSTS}). */
    ACCOUNT_TIMELINE,
    /** The brand account's notifications: mentions, boosts, follows ({@link QueryKind#NOTIFICATIONS}). */
    NOTIFICATIONS,
    /** Looking up one profile ({@link Connector#profile(String)}). */
    PROFILE_LOOKUP,
    /** Follower counts on the profiles it returns. */
    FOLLOWER_COUNTS,
    /** Comments under a post or video ({@link QueryKind#COMMENTS}). */
    COMMENTS,
    /** Direct messages. */
    DIRECT_MESSAGES,
    /** Replying as the brand. */
    REPLY,
    /** A push stream. */
    STREAM,
    /** Re-checking items to detect deletions ({@link Connector#recheck(java.util.List)}). */
    DELETION_CHECK,
    /** Web-site traffic figures (visits, visitors, page views) ({@link QueryKind#WEB_TRAFFIC}). */
    WEB_TRAFFIC,
    /** New versus returning visitors. */
    REPEAT_VISITS,
    /** Search-volume trends ({@link QueryKind#SEARCH_VOLUME}). */
    SEARCH_VOLUME
}
