package dev.scrm.core;

/** What kind of event an {@link Interaction} is. */
public enum InteractionKind {
    /** A post that mentions the brand (or one of its competitors) without replying to it. */
    MENTION,
    /** A post of the brand's own account (outbound content). */
    POST,
    /** A reply in a thread. */
    REPLY,
    /** A comment under a post or video. */
    COMMENT,
    /** A private direct message. */
    DIRECT_MESSAGE,
    /** A share, boost, repost or retweet. */
    SHARE,
    /** A like, favourite or reaction. */
    LIKE,
    /** Someone started following the brand. */
    FOLLOW,
    /** Someone stopped following the brand. */
    UNFOLLOW,
    /** A review or rating. */
    REVIEW,
    /** A visit or page view on the brand's web site. */
    PAGE_VIEW,
    /** A purchase. */
    PURCHASE,
    /** An e-mail. */
    EMAIL,
    /** A telephone call. */
    CALL
}
