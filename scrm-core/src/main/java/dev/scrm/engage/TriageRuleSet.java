package dev.scrm.engage;

import dev.scrm.core.ValidationException;
import dev.scrm.engage.internal.RuleSetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A complete, ordered set of {@link TriageRule}s with the defaults and escalations that follow them: the
 * data a {@link RuleBasedTriageClassifier} runs on.
 *
 * <p>Escalations raise the priority of a non-spam message by one level each: when the sender has at least
 * {@code influencerFollowers} followers (0 switches it off), when the sender is verified and
 * {@code verifiedRaises} is set, and when a complaint or question comes from a customer with at least
 * {@code repeatComplaints} recent complaints (0 switches it off). Spam always gets {@link Priority#LOW}.
 *
 * <p>Rule sets are read from and written to JSON ({@link #parse(String, String)}, {@link #toJson()}) so
 * that they can be edited and swapped at run time. The JSON object has the fields of this record, with
 * {@code rules} an array of objects with the fields of {@link TriageRule}; enum values are their names,
 * absent fields take their defaults and unknown fields are rejected. {@link #defaults()} is an English
 * starter set. Immutable and thread-safe.
 *
 * @param rules the rules, in order (ids unique)
 * @param defaultIntent the intent when no rule votes
 * @param defaultPriority the priority when no rule sets one
 * @param influencerFollowers the follower count from which a sender is influential, 0 for never
 * @param verifiedRaises whether a verified sender raises the priority
 * @param repeatComplaints the recent complaints from which a customer is a repeat complainant, 0 for never
 */
public record TriageRuleSet(List<TriageRule> rules, Intent defaultIntent, Priority defaultPriority,
        long influencerFollowers, boolean verifiedRaises, int repeatComplaints) {

    private static final String DEFAULTS = "default-triage-rules.json";

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field or a rule is null
     * @throws IllegalArgumentException if two rules share an id or a threshold is negative
     */
    public TriageRuleSet {
        rules = List.copyOf(rules);
        Objects.requireNonNull(defaultIntent, "defaultIntent");
        Objects.requireNonNull(defaultPriority, "defaultPriority");
        Set<String> ids = new HashSet<>();
        for (TriageRule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("rule id '" + r.id() + "' is used twice");
            }
        }
        if (influencerFollowers < 0 || repeatComplaints < 0) {
            throw new IllegalArgumentException("escalation thresholds must be >= 0");
        }
    }

    /**
     * A rule set with these rules, intent {@link Intent#OTHER} and priority {@link Priority#NORMAL} by
     * default, and no escalations.
     *
     * @param rules the rules
     * @return the rule set
     */
    public static TriageRuleSet of(List<TriageRule> rules) {
        return new TriageRuleSet(rules, Intent.OTHER, Priority.NORMAL, 0, false, 0);
    }

    /**
     * The English starter rules shipped with scrm (keywords and patterns for questions, complaints, praise,
     * sales leads, spam and urgency; negative and positive sentiment; influencer, verified and
     * repeat-complainant escalations). Read them with {@link #toJson()} to adapt them.
     *
     * @return the rule set
     */
    public static TriageRuleSet defaults() {
        try (InputStream in = TriageRuleSet.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULTS + " is missing from the scrm-core jar");
            }
            return parse(DEFAULTS, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rule set from JSON, strictly.
     *
     * @param source the input's name for error messages, for example a file name
     * @param json the JSON text
     * @return the rule set
     * @throws ValidationException naming the source, line (for syntax errors) and field path (for example
     *     {@code rules[2].intent}) when the JSON is malformed or a value is invalid
     */
    public static TriageRuleSet parse(String source, String json) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(json, "json");
        return RuleSetJson.parse(source, json);
    }

    /**
     * Writes this rule set as JSON that {@link #parse(String, String)} reads back to an equal rule set.
     *
     * @return the JSON text, pretty-printed
     */
    public String toJson() {
        return RuleSetJson.write(this);
    }

    /**
     * A copy with other rules.
     *
     * @param value the rules
     * @return the copy
     */
    public TriageRuleSet withRules(List<TriageRule> value) {
        return new TriageRuleSet(value, defaultIntent, defaultPriority, influencerFollowers, verifiedRaises,
                repeatComplaints);
    }
}
