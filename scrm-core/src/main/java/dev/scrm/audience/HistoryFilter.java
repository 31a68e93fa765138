package dev.scrm.audience;

import dev.scrm.core.Direction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.SentimentLabel;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a customer's interactions a history criterion looks at. Every part that is set must hold; a
 * {@code null} part (or empty {@code kinds}) admits everything.
 *
 * <p>Brands and campaigns are compared ignoring case. The campaign of an interaction is its
 * {@code campaign} attribute ({@link Audience#CAMPAIGN_ATTRIBUTE}). {@code within} makes the filter relative
 * to the evaluation time: only interactions at or after {@code now - within} (and not after {@code now})
 * count. Immutable and thread-safe; start from {@link #any()} and narrow with the {@code withX} copies.
 *
 * @param kinds the kinds admitted, empty for every kind
 * @param direction the direction admitted, or {@code null} for both
 * @param brand the brand the interaction must be matched to, or {@code null}
 * @param campaign the campaign the interaction must belong to, or {@code null}
 * @param sentiment the sentiment class the interaction must have, or {@code null} (an interaction with no
 *     sentiment never matches a sentiment filter)
 * @param platform the platform of the authoring identity, or {@code null}
 * @param within how far back from the evaluation time to look, positive, or {@code null} for all history
 */
public record HistoryFilter(
        Set<InteractionKind> kinds,
        Direction direction,
        String brand,
        String campaign,
        SentimentLabel sentiment,
        Platform platform,
        Duration within) {

    private static final HistoryFilter ANY = new HistoryFilter(Set.of(), null, null, null, null, null, null);

    /**
     * Validates and copies the filter.
     *
     * @throws NullPointerException if kinds is null
     * @throws IllegalArgumentException if brand or campaign is blank, or within is not positive
     */
    public HistoryFilter {
        Objects.requireNonNull(kinds, "kinds");
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (brand != null && brand.isBlank()) {
            throw new IllegalArgumentException("history filter brand must not be blank");
        }
        if (campaign != null && campaign.isBlank()) {
            throw new IllegalArgumentException("history filter campaign must not be blank");
        }
        if (within != null && (within.isZero() || within.isNegative())) {
            throw new IllegalArgumentException("history filter 'within' must be positive");
        }
    }

    /**
     * The filter that admits every interaction.
     *
     * @return the filter
     */
    public static HistoryFilter any() {
        return ANY;
    }

    /**
     * The filter admitting only these kinds.
     *
     * @param first a kind
     * @param more further kinds
     * @return the filter
     */
    public static HistoryFilter of(InteractionKind first, InteractionKind... more) {
        return ANY.withKinds(EnumSet.of(first, more));
    }

    /**
     * A copy admitting only these kinds.
     *
     * @param value the kinds, empty for all
     * @return the copy
     */
    public HistoryFilter withKinds(Set<InteractionKind> value) {
        return new HistoryFilter(value, direction, brand, campaign, sentiment, platform, within);
    }

    /**
     * A copy admitting only one direction.
     *
     * @param value the direction, or {@code null} for both
     * @return the copy
     */
    public HistoryFilter withDirection(Direction value) {
        return new HistoryFilter(kinds, value, brand, campaign, sentiment, platform, within);
    }

    /**
     * A copy admitting only interactions matched to a brand.
     *
     * @param value the brand, or {@code null} for any
     * @return the copy
     */
    public HistoryFilter withBrand(String value) {
        return new HistoryFilter(kinds, direction, value, campaign, sentiment, platform, within);
    }

    /**
     * A copy admitting only interactions of a campaign.
     *
     * @param value the campaign, or {@code null} for any
     * @return the copy
     */
    public HistoryFilter withCampaign(String value) {
        return new HistoryFilter(kinds, direction, brand, value, sentiment, platform, within);
    }

    /**
     * A copy admitting only interactions of one sentiment class.
     *
     * @param value the class, or {@code null} for any
     * @return the copy
     */
    public HistoryFilter withSentiment(SentimentLabel value) {
        return new HistoryFilter(kinds, direction, brand, campaign, value, platform, within);
    }

    /**
     * A copy admitting only interactions authored on one platform.
     *
     * @param value the platform, or {@code null} for any
     * @return the copy
     */
    public HistoryFilter withPlatform(Platform value) {
        return new HistoryFilter(kinds, direction, brand, campaign, sentiment, value, within);
    }

    /**
     * A copy looking back only this far from the evaluation time.
     *
     * @param value the look-back, positive, or {@code null} for all history
     * @return the copy
     */
    public HistoryFilter withWithin(Duration value) {
        return new HistoryFilter(kinds, direction, brand, campaign, sentiment, platform, value);
    }
}
