package dev.scrm.audience;

import dev.scrm.audience.internal.CriterionText;
import dev.scrm.core.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A typed, composable condition on one customer: their attributes and demographics, their identities
 * (platforms, follower counts, verified flag), their interaction history (counts, recency, sentiment, brands,
 * campaigns), their purchases, their consent and their advocacy stage.
 *
 * <p>Criteria are immutable records that compose with {@link #and(Criterion)}, {@link #or(Criterion)} and
 * {@link #negate()}. Each has a text form ({@link #text()}), which {@link #parse(String)} reads back into an
 * equal criterion, so segments can live in configuration files:
 *
 * <pre>{@code
 * attr(income_band) in ("high", "very_high") and platform(mastodon) and followers >= 1000
 *   and count(kind=mention|share, brand=acme, within=30d) >= 3 and not consent(marketing)
 * }</pre>
 *
 * <p>Grammar of the text form (keywords in any case, white space free):
 * <pre>
 * criterion := term ("or" term)*
 * term      := factor ("and" factor)*
 * factor    := "not" factor | "(" criterion ")" | atom
 * atom      := "attr" "(" name ")" op value | "attr" "(" name ")" "in" "(" value ("," value)* ")"
 *            | "has" "(" name ")" | "platform" "(" name ")" | "followers" op integer | "verified"
 *            | "follows" | "consent" "(" name ")" | "stage" "=" name
 *            | "count" "(" filter ")" op integer | "sentiment" "(" filter ")" op number
 *            | "spend" "(" filter ")" op number
 * filter    := [ key "=" value ("," key "=" value)* ]   keys: kind (kinds joined by "|"), direction, brand,
 *              campaign, sentiment (positive, neutral, negative), platform, within (30d, 12h, 45m, 2w)
 * op        := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * value     := a word of letters, digits and _ . : + - or a "quoted string" (backslash escapes " and \)
 * </pre>
 *
 * <p>Semantics: a comparison on an attribute the customer does not have is false (use
 * {@code not has(name)} to select them); string comparisons with {@code =} and {@code !=} ignore case, the
 * others compare numbers and are false when either side is not a number. {@code followers} is the largest
 * follower count among the customer's identities; {@code verified} holds when any identity is verified;
 * {@code follows} holds when the customer's latest {@code FOLLOW} is later than their latest
 * {@code UNFOLLOW}. {@code sentiment} is the mean compound score of the matching interactions that have a
 * sentiment and is false when there are none; {@code spend} sums the {@code amount} attribute of matching
 * {@code PURCHASE} interactions. Immutable and thread-safe.
 */
public sealed interface Criterion permits Criterion.All, Criterion.Any, Criterion.Not, Criterion.AttributeCompare,
        Criterion.AttributeIn, Criterion.AttributePresent, Criterion.OnPlatform, Criterion.Followers,
        Criterion.Verified, Criterion.FollowsBrand, Criterion.Consents, Criterion.InStage, Criterion.HistoryCount,
        Criterion.AverageSentiment, Criterion.Spend {

    /**
     * This criterion in the text form; {@link #parse(String)} reads it back into an equal criterion.
     *
     * @return the text
     */
    default String text() {
        return CriterionText.render(this);
    }

    /**
     * Both this and the other criterion.
     *
     * @param other the other criterion
     * @return the conjunction
     */
    default Criterion and(Criterion other) {
        return all(this, other);
    }

    /**
     * This or the other criterion.
     *
     * @param other the other criterion
     * @return the disjunction
     */
    default Criterion or(Criterion other) {
        return any(this, other);
    }

    /**
     * The opposite of this criterion.
     *
     * @return the negation
     */
    default Criterion negate() {
        return new Not(this);
    }

    /**
     * Parses the text form.
     *
     * @param text the text
     * @return the criterion
     * @throws dev.scrm.core.ValidationException if the text is not a valid criterion; the message gives the
     *     line and column and what was expected, without quoting the text
     */
    static Criterion parse(String text) {
        return parse(text, "criterion");
    }

    /**
     * Parses the text form read from a named source, which error messages name.
     *
     * @param text the text
     * @param source where the text came from, for example {@code segments.properties}
     * @return the criterion
     * @throws dev.scrm.core.ValidationException if the text is not a valid criterion
     */
    static Criterion parse(String text, String source) {
        return CriterionText.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(source, "source"));
    }

    /**
     * All the criteria (flattening nested conjunctions).
     *
     * @param parts the criteria, at least one
     * @return the conjunction
     */
    static Criterion all(Criterion... parts) {
        return new All(flatten(List.of(parts), true));
    }

    /**
     * Any of the criteria (flattening nested disjunctions).
     *
     * @param parts the criteria, at least one
     * @return the disjunction
     */
    static Criterion any(Criterion... parts) {
        return new Any(flatten(List.of(parts), false));
    }

    /**
     * An attribute compared with a value.
     *
     * @param name the attribute's name
     * @param op the comparison
     * @param value the value
     * @return the criterion
     */
    static Criterion attribute(String name, Comparison op, String value) {
        return new AttributeCompare(name, op, value);
    }

    /**
     * An attribute equal to a value, ignoring case.
     *
     * @param name the attribute's name
     * @param value the value
     * @return the criterion
     */
    static Criterion attributeEquals(String name, String value) {
        return new AttributeCompare(name, Comparison.EQ, value);
    }

    /**
     * An attribute equal to one of the values, ignoring case.
     *
     * @param name the attribute's name
     * @param values the values, at least one
     * @return the criterion
     */
    static Criterion attributeIn(String name, String... values) {
        return new AttributeIn(name, Set.of(values));
    }

    /**
     * The customer has the attribute.
     *
     * @param name the attribute's name
     * @return the criterion
     */
    static Criterion hasAttribute(String name) {
        return new AttributePresent(name);
    }

    /**
     * The customer has an identity on the platform.
     *
     * @param platform the platform
     * @return the criterion
     */
    static Criterion onPlatform(Platform platform) {
        return new OnPlatform(platform);
    }

    /**
     * The largest follower count among the customer's identities compared with a threshold.
     *
     * @param op the comparison
     * @param value the threshold
     * @return the criterion
     */
    static Criterion followers(Comparison op, long value) {
        return new Followers(op, value);
    }

    /**
     * One of the customer's identities is verified.
     *
     * @return the criterion
     */
    static Criterion verified() {
        return new Verified();
    }

    /**
     * The customer follows the brand.
     *
     * @return the criterion
     */
    static Criterion followsBrand() {
        return new FollowsBrand();
    }

    /**
     * The customer granted consent for the purpose.
     *
     * @param purpose the purpose, for example {@link dev.scrm.core.Consent#MARKETING}
     * @return the criterion
     */
    static Criterion consents(String purpose) {
        return new Consents(purpose);
    }

    /**
     * The customer is in an advocacy stage. Not allowed in the ladder's own rules.
     *
     * @param stage the stage
     * @return the criterion
     */
    static Criterion inStage(AdvocacyStage stage) {
        return new InStage(stage);
    }

    /**
     * The number of matching interactions compared with a threshold.
     *
     * @param filter which interactions count
     * @param op the comparison
     * @param value the threshold
     * @return the criterion
     */
    static Criterion count(HistoryFilter filter, Comparison op, long value) {
        return new HistoryCount(filter, op, value);
    }

    /**
     * The mean compound sentiment of matching interactions compared with a threshold.
     *
     * @param filter which interactions count
     * @param op the comparison
     * @param value the threshold, within [-1, 1]
     * @return the criterion
     */
    static Criterion sentiment(HistoryFilter filter, Comparison op, double value) {
        return new AverageSentiment(filter, op, value);
    }

    /**
     * The summed purchase amount of matching purchases compared with a threshold.
     *
     * @param filter which purchases count (its kinds are ignored: only purchases count)
     * @param op the comparison
     * @param value the threshold
     * @return the criterion
     */
    static Criterion spend(HistoryFilter filter, Comparison op, double value) {
        return new Spend(filter, op, value);
    }

    private static List<Criterion> flatten(List<Criterion> parts, boolean conjunction) {
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : parts) {
            Objects.requireNonNull(c, "criterion");
            if (conjunction && c instanceof All) {
                out.addAll(((All) c).parts());
            } else if (!conjunction && c instanceof Any) {
                out.addAll(((Any) c).parts());
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static String checkName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException(what + " must have 1 to 128 characters");
        }
        return value;
    }

    /**
     * Every part holds.
     *
     * @param parts the criteria, at least one
     */
    record All(List<Criterion> parts) implements Criterion {
        /**
         * Validates and copies the parts.
         *
         * @throws IllegalArgumentException if there are no parts
         */
        public All {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a conjunction needs at least one part");
            }
        }
    }

    /**
     * At least one part holds.
     *
     * @param parts the criteria, at least one
     */
    record Any(List<Criterion> parts) implements Criterion {
        /**
         * Validates and copies the parts.
         *
         * @throws IllegalArgumentException if there are no parts
         */
        public Any {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a disjunction needs at least one part");
            }
        }
    }

    /**
     * The part does not hold.
     *
     * @param part the negated criterion
     */
    record Not(Criterion part) implements Criterion {
        /** Validates the part. */
        public Not {
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * An attribute compared with a value: {@code =} and {@code !=} compare text ignoring case, the other
     * operators compare numbers. False when the customer lacks the attribute.
     *
     * @param name the attribute's name
     * @param op the comparison
     * @param value the value
     */
    record AttributeCompare(String name, Comparison op, String value) implements Criterion {
        /** Validates the parts. */
        public AttributeCompare {
            checkName(name, "attribute name");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
            if (op != Comparison.EQ && op != Comparison.NE) {
                try {
                    if (!Double.isFinite(Double.parseDouble(value.trim()))) {
                        throw new NumberFormatException("not finite");
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("attribute comparison with " + op.symbol()
                            + " needs a number", e);
                }
            }
        }
    }

    /**
     * An attribute equal, ignoring case, to one of the values.
     *
     * @param name the attribute's name
     * @param values the values, at least one, sorted
     */
    record AttributeIn(String name, Set<String> values) implements Criterion {
        /** Validates and copies the parts. */
        public AttributeIn {
            checkName(name, "attribute name");
            TreeSet<String> copy = new TreeSet<>();
            for (String v : Objects.requireNonNull(values, "values")) {
                copy.add(Objects.requireNonNull(v, "value"));
            }
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("attribute 'in' needs at least one value");
            }
            values = Collections.unmodifiableSet(copy);
        }
    }

    /**
     * The customer has the attribute (with any value, even an empty one).
     *
     * @param name the attribute's name
     */
    record AttributePresent(String name) implements Criterion {
        /** Validates the name. */
        public AttributePresent {
            checkName(name, "attribute name");
        }
    }

    /**
     * The customer has an identity on the platform.
     *
     * @param platform the platform
     */
    record OnPlatform(Platform platform) implements Criterion {
        /** Validates the platform. */
        public OnPlatform {
            Objects.requireNonNull(platform, "platform");
        }
    }

    /**
     * The largest follower count among the customer's identities compared with a threshold (0 when none is
     * known).
     *
     * @param op the comparison
     * @param value the threshold, at least 0
     */
    record Followers(Comparison op, long value) implements Criterion {
        /** Validates the parts. */
        public Followers {
            Objects.requireNonNull(op, "op");
            if (value < 0) {
                throw new IllegalArgumentException("followers threshold must be >= 0, was " + value);
            }
        }
    }

    /** One of the customer's identities is verified. */
    record Verified() implements Criterion {
    }

    /** The customer's latest {@code FOLLOW} is later than their latest {@code UNFOLLOW}. */
    record FollowsBrand() implements Criterion {
    }

    /**
     * The customer granted consent for the purpose.
     *
     * @param purpose the purpose
     */
    record Consents(String purpose) implements Criterion {
        /** Validates the purpose. */
        public Consents {
            checkName(purpose, "consent purpose");
            purpose = purpose.toLowerCase(Locale.ROOT);
            dev.scrm.core.Consent.none().allows(purpose); // rejects a malformed purpose now, not at evaluation
        }
    }

    /**
     * The customer is in the advocacy stage.
     *
     * @param stage the stage
     */
    record InStage(AdvocacyStage stage) implements Criterion {
        /** Validates the stage. */
        public InStage {
            Objects.requireNonNull(stage, "stage");
        }
    }

    /**
     * The number of matching interactions compared with a threshold.
     *
     * @param filter which interactions count
     * @param op the comparison
     * @param value the threshold, at least 0
     */
    record HistoryCount(HistoryFilter filter, Comparison op, long value) implements Criterion {
        /** Validates the parts. */
        public HistoryCount {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(op, "op");
            if (value < 0) {
                throw new IllegalArgumentException("count threshold must be >= 0, was " + value);
            }
        }
    }

    /**
     * The mean compound sentiment of matching interactions that have one, compared with a threshold; false
     * when none has a sentiment.
     *
     * @param filter which interactions count
     * @param op the comparison
     * @param value the threshold, within [-1, 1]
     */
    record AverageSentiment(HistoryFilter filter, Comparison op, double value) implements Criterion {
        /** Validates the parts. */
        public AverageSentiment {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(op, "op");
            if (!(value >= -1.0 && value <= 1.0)) {
                throw new IllegalArgumentException("sentiment threshold must be within [-1, 1], was " + value);
            }
        }
    }

    /**
     * The summed {@code amount} of matching purchases compared with a threshold.
     *
     * @param filter which purchases count; its kinds are ignored, since only purchases have amounts
     * @param op the comparison
     * @param value the threshold, finite
     */
    record Spend(HistoryFilter filter, Comparison op, double value) implements Criterion {
        /** Validates the parts. */
        public Spend {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(op, "op");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("spend threshold must be finite");
            }
            if (!filter.kinds().isEmpty()) {
                filter = filter.withKinds(Set.of());
            }
        }
    }
}
