package dev.scrm.engage;

import dev.scrm.engage.internal.CompiledRules;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link TriageClassifier}: runs a {@link TriageRuleSet} over what an interaction already
 * carries (text keywords and patterns, sentiment when analysed, kind, platform, brands), named
 * {@link InteractionMatcher}s such as listening queries, and the sender's influence and history.
 *
 * <p>Rules are data and can be replaced at run time with {@link #rules(TriageRuleSet)}; the swap is atomic,
 * and a classification in progress finishes on the rules it started with. Matchers are registered by name
 * with {@link #matcher(String, InteractionMatcher)}; a rule naming a matcher that is not registered does
 * not match. Thread-safe.
 */
public final class RuleBasedTriageClassifier implements TriageClassifier {

    private final Map<String, InteractionMatcher> matchers = new ConcurrentHashMap<>();
    private volatile CompiledRules compiled;

    private RuleBasedTriageClassifier(TriageRuleSet rules) {
        this.compiled = CompiledRules.compile(rules, matchers);
    }

    /**
     * A classifier running the shipped {@link TriageRuleSet#defaults() default rules}.
     *
     * @return the classifier
     */
    public static RuleBasedTriageClassifier ofDefaults() {
        return new RuleBasedTriageClassifier(TriageRuleSet.defaults());
    }

    /**
     * A classifier running a rule set.
     *
     * @param rules the rules
     * @return the classifier
     */
    public static RuleBasedTriageClassifier create(TriageRuleSet rules) {
        return new RuleBasedTriageClassifier(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * The rule set in force.
     *
     * @return the rules
     */
    public TriageRuleSet rules() {
        return compiled.source();
    }

    /**
     * Replaces the rule set, atomically.
     *
     * @param value the new rules
     * @return this
     */
    public RuleBasedTriageClassifier rules(TriageRuleSet value) {
        this.compiled = CompiledRules.compile(Objects.requireNonNull(value, "rules"), matchers);
        return this;
    }

    /**
     * Registers (or replaces) a named matcher that rules can refer to in {@code matchers}.
     *
     * @param name the name, as rules refer to it
     * @param matcher the matcher, for example a compiled listening query's {@code matches} method
     * @return this
     * @throws IllegalArgumentException if the name is blank
     */
    public RuleBasedTriageClassifier matcher(String name, InteractionMatcher matcher) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(matcher, "matcher");
        if (name.isBlank()) {
            throw new IllegalArgumentException("matcher name must not be blank");
        }
        matchers.put(name, matcher);
        return this;
    }

    @Override
    public Triage classify(TriageInput input) {
        Objects.requireNonNull(input, "input");
        return compiled.classify(input);
    }
}
