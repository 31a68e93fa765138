package dev.scrm.text;

/** What a {@link SocialToken} is. */
public enum TokenKind {
    /** A run of letters, digits and marks, possibly with inner apostrophes or hyphens; one ideograph each. */
    WORD,
    /** Digits, possibly with inner separators ({@code 1,000.50}). */
    NUMBER,
    /** {@code #tag}, any script; its value has no {@code #}. */
    HASHTAG,
    /** {@code @user}, {@code @user.bsky.social} or fediverse {@code @user@server}; its value has no leading {@code @}. */
    MENTION,
    /** {@code $TICKER}; its value is upper case without {@code $}. */
    CASHTAG,
    /** An {@code http}, {@code https} or {@code www.} address. */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** One emoji, including skin tone, keycap, flag and joiner sequences. */
    EMOJI,
    /** A text emoticon such as {@code :-)} or {@code <3}. */
    EMOTICON
}
