package dev.scrm.engage;

import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One triage rule: conditions on a message and what follows when they all hold. Rules are data: build them
 * in code with {@link #builder(String)} or read a whole {@link TriageRuleSet} from JSON.
 *
 * <p>Conditions (each one that is set must hold): the text contains one of the {@code keywords} (whole
 * words or phrases, case-insensitive) or matches one of the {@code patterns} (Java regular expressions,
 * searched anywhere) when either list is non-empty (words are runs of letters, digits, {@code _} and
 * apostrophes; other characters between the words of a phrase are ignored); the interaction's kind is
 * one of {@code kinds}; its platform is one of {@code platforms}; it was matched to one of {@code brands}; one of the named
 * {@code matchers} (for example listening queries) matches it; its sentiment compound score lies within
 * {@code [minSentiment, maxSentiment]} (a rule with a sentiment bound never matches an unanalysed message);
 * the sender has at least {@code minFollowers} followers.
 *
 * <p>Outcome: {@code weight} is added to the score of {@code intent} (the intent with the highest total
 * wins); {@code priority} is a floor and {@code raise} a number of levels added, both applied only when the
 * rule has no intent or its intent won. Immutable and thread-safe.
 *
 * @param id the rule's id: letters, digits, {@code .}, {@code _} and {@code -}, at most 64 characters
 * @param keywords words or phrases, lower-cased and trimmed
 * @param patterns regular expressions
 * @param kinds interaction kinds; empty means any
 * @param platforms platforms; empty means any
 * @param brands brands; empty means any
 * @param matchers names of registered {@link InteractionMatcher}s; empty means none required
 * @param minSentiment the lowest compound sentiment, or {@code null}
 * @param maxSentiment the highest compound sentiment, or {@code null}
 * @param minFollowers the fewest followers of the sender, 0 for any
 * @param intent the intent it votes for, or {@code null}
 * @param weight the vote's weight, positive
 * @param priority the priority floor, or {@code null}
 * @param raise how many priority levels to add, 0 to 3
 */
public record TriageRule(
        String id,
        List<String> keywords,
        List<String> patterns,
        Set<InteractionKind> kinds,
        Set<Platform> platforms,
        Set<String> brands,
        Set<String> matchers,
        Double minSentiment,
        Double maxSentiment,
        long minFollowers,
        Intent intent,
        double weight,
        Priority priority,
        int raise) {

    /** The default weight of a rule's vote. */
    public static final double DEFAULT_WEIGHT = 1.0;

    /**
     * Validates, normalises and copies the fields.
     *
     * @throws NullPointerException if the id or a collection is null
     * @throws IllegalArgumentException if a field is invalid (the message names the rule and the field)
     */
    public TriageRule {
        checkId(id);
        List<String> kw = new ArrayList<>();
        for (String k : Objects.requireNonNull(keywords, "keywords")) {
            String norm = Objects.requireNonNull(k, "keyword").strip().toLowerCase(Locale.ROOT);
            if (norm.isEmpty()) {
                throw new IllegalArgumentException("rule '" + id + "': keywords must not be blank");
            }
            kw.add(norm);
        }
        keywords = List.copyOf(kw);
        patterns = List.copyOf(patterns);
        for (int i = 0; i < patterns.size(); i++) {
            try {
                Pattern.compile(patterns.get(i));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("rule '" + id + "': patterns[" + i + "] is not a valid regular"
                        + " expression: " + e.getDescription(), e);
            }
        }
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        platforms = Collections.unmodifiableSet(new TreeSet<>(platforms));
        brands = Collections.unmodifiableSet(new TreeSet<>(brands));
        matchers = Collections.unmodifiableSet(new TreeSet<>(matchers));
        checkSentiment(id, minSentiment, "minSentiment");
        checkSentiment(id, maxSentiment, "maxSentiment");
        if (minSentiment != null && maxSentiment != null && minSentiment > maxSentiment) {
            throw new IllegalArgumentException("rule '" + id + "': minSentiment must not exceed maxSentiment");
        }
        if (minFollowers < 0) {
            throw new IllegalArgumentException("rule '" + id + "': minFollowers must be >= 0");
        }
        if (!(weight > 0.0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("rule '" + id + "': weight must be positive and finite");
        }
        if (raise < 0 || raise > 3) {
            throw new IllegalArgumentException("rule '" + id + "': raise must be within [0, 3]");
        }
        if (intent == null && priority == null && raise == 0) {
            throw new IllegalArgumentException("rule '" + id + "': needs an intent, a priority or a raise");
        }
    }

    /**
     * A builder for a rule with this id.
     *
     * @param id the rule's id
     * @return the builder
     */
    public static Builder builder(String id) {
        return new Builder(checkId(id));
    }

    private static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || id.length() > 64) {
            throw new IllegalArgumentException("rule id must have 1 to 64 characters");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                throw new IllegalArgumentException("rule id may contain only letters, digits, '.', '_' and '-'"
                        + " (bad character at position " + i + ")");
            }
        }
        return id;
    }

    private static void checkSentiment(String id, Double v, String name) {
        if (v != null && !(v >= -1.0 && v <= 1.0)) {
            throw new IllegalArgumentException("rule '" + id + "': " + name + " must be within [-1, 1]");
        }
    }

    /** Builds a {@link TriageRule}; {@link #build()} validates and may be called again. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final List<String> keywords = new ArrayList<>();
        private final List<String> patterns = new ArrayList<>();
        private final Set<InteractionKind> kinds = EnumSet.noneOf(InteractionKind.class);
        private final Set<Platform> platforms = new TreeSet<>();
        private final Set<String> brands = new TreeSet<>();
        private final Set<String> matchers = new TreeSet<>();
        private Double minSentiment;
        private Double maxSentiment;
        private long minFollowers;
        private Intent intent;
        private double weight = DEFAULT_WEIGHT;
        private Priority priority;
        private int raise;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Adds words or phrases.
         *
         * @param values words or phrases, added
         * @return this builder
         */
        public Builder keywords(String... values) {
            keywords.addAll(List.of(values));
            return this;
        }

        /**
         * Adds regular expressions.
         *
         * @param values regular expressions, added
         * @return this builder
         */
        public Builder patterns(String... values) {
            patterns.addAll(List.of(values));
            return this;
        }

        /**
         * Adds interaction kinds.
         *
         * @param values interaction kinds, added
         * @return this builder
         */
        public Builder kinds(InteractionKind... values) {
            kinds.addAll(List.of(values));
            return this;
        }

        /**
         * Adds platforms.
         *
         * @param values platforms, added
         * @return this builder
         */
        public Builder platforms(Platform... values) {
            platforms.addAll(List.of(values));
            return this;
        }

        /**
         * Adds brands.
         *
         * @param values brands, added
         * @return this builder
         */
        public Builder brands(String... values) {
            brands.addAll(List.of(values));
            return this;
        }

        /**
         * Adds names of registered matchers.
         *
         * @param values names of registered matchers, added
         * @return this builder
         */
        public Builder matchers(String... values) {
            matchers.addAll(List.of(values));
            return this;
        }

        /**
         * Sets the lowest compound sentiment.
         *
         * @param value the lowest compound sentiment
         * @return this builder
         */
        public Builder minSentiment(double value) {
            this.minSentiment = value;
            return this;
        }

        /**
         * Sets the highest compound sentiment.
         *
         * @param value the highest compound sentiment
         * @return this builder
         */
        public Builder maxSentiment(double value) {
            this.maxSentiment = value;
            return this;
        }

        /**
         * Sets the fewest followers of the sender (default 0).
         *
         * @param value the fewest followers of the sender (default 0)
         * @return this builder
         */
        public Builder minFollowers(long value) {
            this.minFollowers = value;
            return this;
        }

        /**
         * Sets the intent it votes for.
         *
         * @param value the intent it votes for
         * @return this builder
         */
        public Builder intent(Intent value) {
            this.intent = Objects.requireNonNull(value, "intent");
            return this;
        }

        /**
         * Sets the vote's weight (default {@value TriageRule#DEFAULT_WEIGHT}).
         *
         * @param value the vote's weight (default {@value TriageRule#DEFAULT_WEIGHT})
         * @return this builder
         */
        public Builder weight(double value) {
            this.weight = value;
            return this;
        }

        /**
         * Sets the priority floor.
         *
         * @param value the priority floor
         * @return this builder
         */
        public Builder priority(Priority value) {
            this.priority = Objects.requireNonNull(value, "priority");
            return this;
        }

        /**
         * Sets levels to add, 0 to 3 (default 0).
         *
         * @param value levels to add, 0 to 3 (default 0)
         * @return this builder
         */
        public Builder raise(int value) {
            this.raise = value;
            return this;
        }

        /**
         * Validates and builds the rule.
         *
         * @return the rule
         * @throws IllegalArgumentException if a field is invalid
         */
        public TriageRule build() {
            return new TriageRule(id, keywords, patterns, kinds, platforms, brands, matchers, minSentiment,
                    maxSentiment, minFollowers, intent, weight, priority, raise);
        }
    }
}
