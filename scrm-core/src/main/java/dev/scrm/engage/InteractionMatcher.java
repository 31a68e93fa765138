package dev.scrm.engage;

import dev.scrm.core.Interaction;

/**
 * Decides whether an interaction matches something: the extension point through which listening queries,
 * brand or topic filters and custom predicates take part in triage rules.
 *
 * <p>Register one by name with {@link RuleBasedTriageClassifier#matcher(String, InteractionMatcher)} and
 * refer to it from a rule's {@code matchers}; a parsed
 * {@link dev.scrm.text.ListeningQuery} plugs in as {@code query::matches}. Implementations must be
 * thread-safe, fast and free of side effects.
 */
@FunctionalInterface
public interface InteractionMatcher {

    /**
     * Whether the interaction matches.
     *
     * @param interaction the interaction
     * @return true when it matches
     */
    boolean matches(Interaction interaction);
}
