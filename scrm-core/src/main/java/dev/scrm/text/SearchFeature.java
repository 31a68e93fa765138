package dev.scrm.text;

/** A construct that a platform's own search supports, used by {@link ListeningQuery#plan(SearchCapabilities)}. */
public enum SearchFeature {
    /** Plain keywords. */
    TERMS,
    /** Quoted phrases. */
    PHRASES,
    /** Several conditions that must all hold. */
    AND,
    /** Alternatives. */
    OR,
    /** Exclusion. */
    NOT,
    /** Trailing or inner wildcards. */
    WILDCARDS,
    /** Proximity. */
    NEAR,
    /** {@code #tag} search. */
    HASHTAGS,
    /** {@code @user} search. */
    MENTIONS,
    /** {@code $TICKER} search. */
    CASHTAGS
}
