package dev.scrm.core;

/** How a {@link SocialIdentity} came to belong to its {@link Customer}, strongest first. */
public enum LinkMethod {
    /** Verified evidence: a verified e-mail or phone, an OAuth login, a platform-verified link. */
    VERIFIED,
    /** The person declared it, for example in a profile form. */
    DECLARED,
    /** A customer-care agent confirmed it. */
    AGENT_CONFIRMED,
    /** A deterministic resolution rule linked it (the rule is named in the link). */
    DETERMINISTIC_RULE,
    /** A probabilistic score above the auto-link threshold linked it. */
    PROBABILISTIC_SCORE
}
