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
    private final Map<String, Phrase[]> phrasesByFirstWord;
    private final Map<String, InteractionMatcher> matchers;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private CompiledRules(TriageRuleSet source, Rule[] rules, Map<String, InteractionMatcher> matchers) {
        this.source = source;
        this.rules = rules;
        this.matchers = matchers;
        Map<String, List<Phrase>> index = new java.util.HashMap<>();
        for (int i = 0; i < rules.length; i++) {
            for (String k : rules[i].rule.keywords()) {
                List<String> words = words(k);
                if (!words.isEmpty()) {
                    index.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                            .add(new Phrase(words.toArray(String[]::new), i));
                }
            }
        }
        Map<String, Phrase[]> frozen = new java.util.HashMap<>();
        index.forEach((w, list) -> frozen.put(w, list.toArray(Phrase[]::new)));
        this.phrasesByFirstWord = frozen;
        this.needsLowerText = !frozen.isEmpty();
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
        boolean[] keywordHit = new boolean[rules.length];
        if (needsLowerText && !text.isEmpty()) {
            List<String> words = words(text.toLowerCase(Locale.ROOT));
            for (int w = 0; w < words.size(); w++) {
                Phrase[] candidates = phrasesByFirstWord.get(words.get(w));
                if (candidates != null) {
                    for (Phrase ph : candidates) {
                        if (!keywordHit[ph.rule] && ph.matchesAt(words, w)) {
                            keywordHit[ph.rule] = true;
                        }
                    }
                }
            }
        }
        double[] scores = new double[INTENTS.length];
        boolean[] matched = new boolean[rules.length];
        int firstVote = Integer.MAX_VALUE;
        int[] firstVoteOf = new int[INTENTS.length];
        java.util.Arrays.fill(firstVoteOf, Integer.MAX_VALUE);
        for (int i = 0; i < rules.length; i++) {
            Rule r = rules[i];
            if (r.matches(in, text, keywordHit[i], signals, matchers, warned)) {
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
        final Pattern[] patterns;
        final String[] literals;

        Rule(TriageRule rule) {
            this.rule = rule;
            this.reason = "rule:" + rule.id();
            List<Pattern> regex = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            for (String p : rule.patterns()) {
                String literal = literal(p);
                if (literal != null) {
                    plain.add(literal);
                } else {
                    regex.add(Pattern.compile(p));
                }
            }
            this.patterns = regex.toArray(Pattern[]::new);
            this.literals = plain.toArray(String[]::new);
        }

        boolean matches(Interaction in, String text, boolean keywordHit, CustomerSignals signals,
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
            if (!rule.keywords().isEmpty() || !rule.patterns().isEmpty()) {
                if (!keywordHit && !patternMatches(text)) {
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

        private boolean patternMatches(String text) {
            for (String l : literals) {
                if (text.contains(l)) {
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

    /**
     * The text a regular expression matches when it is a plain literal (letters, digits, spaces and
     * backslash-escaped punctuation only), so it can be searched without the regex engine; else null.
     */
    static String literal(String regex) {
        StringBuilder sb = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 == regex.length()) {
                    return null;
                }
                char n = regex.charAt(++i);
                if (Character.isLetterOrDigit(n)) {
                    return null;
                }
                sb.append(n);
            } else if (Character.isLetterOrDigit(c) || c == ' ') {
                sb.append(c);
            } else {
                return null;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** A keyword phrase split into words, and the rule it belongs to. */
    private record Phrase(String[] words, int rule) {
        boolean matchesAt(List<String> text, int at) {
            if (at + words.length > text.size()) {
                return false;
            }
            for (int k = 1; k < words.length; k++) {
                if (!words[k].equals(text.get(at + k))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Splits lower-cased text into words: runs of letters, digits, {@code _} and apostrophes (so that
     * {@code doesn't} stays one word); everything else separates words.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>(24);
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '\u2019';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).replace('\u2019', '\''));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(text.substring(start).replace('\u2019', '\''));
        }
        return out;
    }
}
