package dev.scrm.audience;

import dev.scrm.core.Direction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.SentimentLabel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The explicit rules that place each customer on the advocacy ladder. Rules are tried in order and the
 * first whose criterion holds gives the stage; a customer no rule matches is {@link AdvocacyStage#UNAWARE}.
 *
 * <p>{@link #ofDefaults()} tries, in this order (every rule in text form, with "engaging" kinds being
 * {@code mention|reply|comment|share|like|review}):
 * <ol>
 * <li>{@code detractor}: {@code count(direction=inbound, sentiment=negative, within=90d) >= 2 and
 *     sentiment(direction=inbound, within=90d) <= -0.05}</li>
 * <li>{@code advocate}: {@code count(kind=purchase) >= 1 and count(kind=mention|share|review,
 *     sentiment=positive, within=180d) >= 2}</li>
 * <li>{@code customer}: {@code count(kind=purchase) >= 1}</li>
 * <li>{@code engaged_fan}: {@code follows and count(kind=<engaging>, within=90d) >= 3}</li>
 * <li>{@code follower}: {@code follows}</li>
 * <li>{@code casual_participant}: {@code count(direction=inbound, within=365d) >= 1}</li>
 * </ol>
 * Immutable and thread-safe; build your own with {@link #builder()}.
 *
 * @param rules the rules in the order they are tried
 */
public record AdvocacyLadder(List<LadderRule> rules) {

    private static final AdvocacyLadder DEFAULTS = defaults();

    /**
     * Validates and copies the rules.
     *
     * @throws IllegalArgumentException if a rule uses the {@code stage} criterion (the ladder would depend on
     *     itself)
     */
    public AdvocacyLadder {
        rules = List.copyOf(rules);
        for (int i = 0; i < rules.size(); i++) {
            if (usesStage(rules.get(i).criterion())) {
                throw new IllegalArgumentException("ladder rule " + (i + 1) + " must not use the stage criterion");
            }
        }
    }

    /**
     * The default ladder described above.
     *
     * @return the ladder
     */
    public static AdvocacyLadder ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A builder for a ladder with no rules.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    static boolean usesStage(Criterion c) {
        if (c instanceof Criterion.InStage) {
            return true;
        }
        if (c instanceof Criterion.Not) {
            return usesStage(((Criterion.Not) c).part());
        }
        if (c instanceof Criterion.All) {
            return ((Criterion.All) c).parts().stream().anyMatch(AdvocacyLadder::usesStage);
        }
        if (c instanceof Criterion.Any) {
            return ((Criterion.Any) c).parts().stream().anyMatch(AdvocacyLadder::usesStage);
        }
        return false;
    }

    private static AdvocacyLadder defaults() {
        HistoryFilter inbound = HistoryFilter.any().withDirection(Direction.INBOUND);
        HistoryFilter purchases = HistoryFilter.of(InteractionKind.PURCHASE);
        Criterion bought = Criterion.count(purchases, Comparison.GE, 1);
        HistoryFilter engaging = HistoryFilter.any().withKinds(EnumSet.of(InteractionKind.MENTION,
                InteractionKind.REPLY, InteractionKind.COMMENT, InteractionKind.SHARE, InteractionKind.LIKE,
                InteractionKind.REVIEW)).withWithin(Duration.ofDays(90));
        return builder()
                .rule(AdvocacyStage.DETRACTOR, Criterion.count(inbound.withSentiment(SentimentLabel.NEGATIVE)
                        .withWithin(Duration.ofDays(90)), Comparison.GE, 2)
                        .and(Criterion.sentiment(inbound.withWithin(Duration.ofDays(90)), Comparison.LE, -0.05)))
                .rule(AdvocacyStage.ADVOCATE, bought.and(Criterion.count(
                        HistoryFilter.of(InteractionKind.MENTION, InteractionKind.SHARE, InteractionKind.REVIEW)
                                .withSentiment(SentimentLabel.POSITIVE).withWithin(Duration.ofDays(180)),
                        Comparison.GE, 2)))
                .rule(AdvocacyStage.CUSTOMER, bought)
                .rule(AdvocacyStage.ENGAGED_FAN, Criterion.followsBrand().and(Criterion.count(engaging,
                        Comparison.GE, 3)))
                .rule(AdvocacyStage.FOLLOWER, Criterion.followsBrand())
                .rule(AdvocacyStage.CASUAL_PARTICIPANT, Criterion.count(inbound.withWithin(Duration.ofDays(365)),
                        Comparison.GE, 1))
                .build();
    }

    /** Builds an {@link AdvocacyLadder}; not thread-safe. */
    public static final class Builder {
        private final List<LadderRule> rules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a rule after the ones added so far.
         *
         * @param stage the stage it assigns
         * @param criterion when it applies
         * @return this
         * @throws IllegalArgumentException if the criterion uses the {@code stage} criterion
         */
        public Builder rule(AdvocacyStage stage, Criterion criterion) {
            LadderRule r = new LadderRule(stage, criterion);
            if (usesStage(criterion)) {
                throw new IllegalArgumentException("a ladder rule for " + stage.label()
                        + " must not use the stage criterion");
            }
            rules.add(r);
            return this;
        }

        /**
         * Adds a rule given in the text form.
         *
         * @param stage the stage it assigns
         * @param criterion the criterion's text
         * @return this
         * @throws dev.scrm.core.ValidationException if the text does not parse
         */
        public Builder rule(AdvocacyStage stage, String criterion) {
            Objects.requireNonNull(stage, "stage");
            return rule(stage, Criterion.parse(criterion, "ladder rule " + stage.label()));
        }

        /**
         * Builds the ladder; the builder stays usable.
         *
         * @return the ladder
         */
        public AdvocacyLadder build() {
            return new AdvocacyLadder(rules);
        }
    }
}
