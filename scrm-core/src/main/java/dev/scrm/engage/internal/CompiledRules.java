package dev.scrm.engage.internal;

import dev.scrm.core.Interaction;
import dev.scrm.engage.CustomerSignals;
import dev.scrm.engage.Intent;
import dev.scrm.engage.InteractionMatcher;
import dev.scrm.engage.Priority;
import dev.scrm.engage.Triage;
import dev.scrm.engage.TriageInput;
import dev.scrm.engage.TriageRule;
import dev.scrm.engage.TriageRuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link TriageRuleSet} prepared for fast evaluation: patterns compiled, keywords lower-cased. */
public final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    private static final Intent[] INTENTS = Intent.values();

    private final TriageRuleSet source;
    private final Rule[] rules;
    private final boolean needsLowerText;
    private final Map<String, InteractionMatcher> matchers;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private CompiledRules(TriageRuleSet source, Rule[] rules, Map<String, InteractionMatcher> matchers) {
        this.source = source;
        this.rules = rules;
        this.matchers = matchers;
        boolean lower = false;
        for (Rule r : rules) {
            lower |= r.keywords.length > 0;
        }
        this.needsLowerText = lower;
    }

    /**
     * Compiles a rule set.
     *
     * @param source the rules
     * @param matchers the live registry of named matchers
     * @return the compiled rules
     */
    public static CompiledRules compile(TriageRuleSet source, Map<String, InteractionMatcher> matchers) {
        Rule[] rules = new Rule[source.rules().size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = new Rule(source.rules().get(i));
        }
        return new CompiledRules(source, rules, matchers);
    }

    /**
     * The rule set these were compiled from.
     *
     * @return the rules
     */
    public TriageRuleSet source() {
        return source;
    }

    /**
     * Classifies one message.
     *
     * @param input the message and signals
     * @return the triage
     */
    public Triage classify(TriageInput input) {
        Interaction in = input.interaction();
        CustomerSignals signals = input.signals();
        String text = in.text() == null ? "" : in.text();
        String lower = needsLowerText ? text.toLowerCase(Locale.ROOT) : text;
        double[] scores = new double[INTENTS.length];
        boolean[] matched = new boolean[rules.length];
        int firstVote = Integer.MAX_VALUE;
        int[] firstVoteOf = new int[INTENTS.length];
        java.util.Arrays.fill(firstVoteOf, Integer.MAX_VALUE);
        for (int i = 0; i < rules.length; i++) {
            Rule r = rules[i];
            if (r.matches(in, text, lower, signals, matchers, warned)) {
                matched[i] = true;
                if (r.rule.intent() != null) {
                    int k = r.rule.intent().ordinal();
                    scores[k] += r.rule.weight();
                    firstVoteOf[k] = Math.min(firstVoteOf[k], i);
                    firstVote = Math.min(firstVote, i);
                }
            }
        }
        Intent intent = source.defaultIntent();
        if (firstVote != Integer.MAX_VALUE) {
            int best = -1;
            for (int k = 0; k < INTENTS.length; k++) {
                if (scores[k] > 0 && (best < 0 || scores[k] > scores[best]
                        || (scores[k] == scores[best] && firstVoteOf[k] < firstVoteOf[best]))) {
                    best = k;
                }
            }
            intent = INTENTS[best];
        }
        List<String> reasons = new ArrayList<>(4);
        Priority floor = null;
        int raise = 0;
        for (int i = 0; i < rules.length; i++) {
            if (!matched[i]) {
                continue;
            }
            TriageRule r = rules[i].rule;
            if (r.intent() == null || r.intent() == intent) {
                reasons.add(rules[i].reason);
                if (r.priority() != null) {
                    floor = floor == null ? r.priority() : Priority.max(floor, r.priority());
                }
                raise += r.raise();
            }
        }
        if (intent == Intent.SPAM) {
            return new Triage(intent, Priority.LOW, reasons);
        }
        Priority priority = (floor == null ? source.defaultPriority() : floor).raisedBy(raise);
        if (source.influencerFollowers() > 0 && signals.followers() >= source.influencerFollowers()) {
            priority = priority.raisedBy(1);
            reasons.add("escalation:influencer");
        }
        if (source.verifiedRaises() && signals.verified()) {
            priority = priority.raisedBy(1);
            reasons.add("escalation:verified");
        }
        if (source.repeatComplaints() > 0 && signals.recentComplaints() >= source.repeatComplaints()
                && (intent == Intent.COMPLAINT || intent == Intent.QUESTION)) {
            priority = priority.raisedBy(1);
            reasons.add("escalation:repeat-complainant");
        }
        return new Triage(intent, priority, reasons);
    }

    private static final class Rule {
        final TriageRule rule;
        final String reason;
        final String[] keywords;
        final Pattern[] patterns;

        Rule(TriageRule rule) {
            this.rule = rule;
            this.reason = "rule:" + rule.id();
            this.keywords = rule.keywords().toArray(String[]::new);
            this.patterns = rule.patterns().stream().map(Pattern::compile).toArray(Pattern[]::new);
        }

        boolean matches(Interaction in, String text, String lower, CustomerSignals signals,
                Map<String, InteractionMatcher> registry, Set<String> warned) {
            if (!rule.kinds().isEmpty() && !rule.kinds().contains(in.kind())) {
                return false;
            }
            if (!rule.platforms().isEmpty() && !rule.platforms().contains(in.id().platform())) {
                return false;
            }
            if (rule.minFollowers() > 0 && signals.followers() < rule.minFollowers()) {
                return false;
            }
            if (rule.minSentiment() != null || rule.maxSentiment() != null) {
                if (in.sentiment() == null) {
                    return false;
                }
                double c = in.sentiment().compound();
                if ((rule.minSentiment() != null && c < rule.minSentiment())
                        || (rule.maxSentiment() != null && c > rule.maxSentiment())) {
                    return false;
                }
            }
            if (!rule.brands().isEmpty() && !intersects(rule.brands(), in.brands())) {
                return false;
            }
            if (keywords.length > 0 || patterns.length > 0) {
                if (!textMatches(text, lower)) {
                    return false;
                }
            }
            if (!rule.matchers().isEmpty()) {
                boolean any = false;
                for (String name : rule.matchers()) {
                    InteractionMatcher m = registry.get(name);
                    if (m == null) {
                        if (warned.add(name)) {
                            LOG.warn("triage rule '{}' refers to matcher '{}', which is not registered", rule.id(),
                                    name);
                        }
                        continue;
                    }
                    if (m.matches(in)) {
                        any = true;
                        break;
                    }
                }
                return any;
            }
            return true;
        }

        private boolean textMatches(String text, String lower) {
            for (String k : keywords) {
                if (containsWord(lower, k)) {
                    return true;
                }
            }
            for (Pattern p : patterns) {
                if (p.matcher(text).find()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean intersects(Set<String> a, Set<String> b) {
            for (String s : b) {
                if (a.contains(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether {@code phrase} occurs in {@code text} bounded by non-word characters on both sides. */
    static boolean containsWord(String text, String phrase) {
        int from = 0;
        int n = phrase.length();
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            boolean startOk = at == 0 || !isWordChar(text.charAt(at - 1)) || !isWordChar(phrase.charAt(0));
            int end = at + n;
            boolean endOk = end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(phrase.charAt(n - 1));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
    }
}
