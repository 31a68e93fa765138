package dev.scrm.audience;

import java.util.Objects;

/**
 * One rule of the {@link AdvocacyLadder}: a customer for whom the criterion holds is in the stage (unless an
 * earlier rule matched). Immutable and thread-safe.
 *
 * @param stage the stage the rule assigns
 * @param criterion when it applies; must not use {@link Criterion.InStage}
 */
public record LadderRule(AdvocacyStage stage, Criterion criterion) {

    /** Validates the parts. */
    public LadderRule {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(criterion, "criterion");
    }
}
