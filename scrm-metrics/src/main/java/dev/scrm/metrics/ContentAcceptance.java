package dev.scrm.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The social content acceptance rate (SCAR), in the SDK's own configurable, versioned definitions: no
 * published formula could be checked, so these are not presented as any paper's definition.
 *
 * <p>{@code content.acceptance_rate.item@1}: an eligible owned item is accepted when its engagement rate by
 * reach is at least the account's trailing median and the net sentiment of its replies is at least 0; with
 * fewer than {@code minRatedReplies} (default 5) rated replies the sentiment condition is skipped and the item
 * flagged. {@code content.acceptance_rate.interaction@1}: {@code A / (A + J)} with accepted reactions A and
 * rejected reactions J. Stateless and thread-safe.
 */
public final class ContentAcceptance {

    /** The default minimum of rated replies for the sentiment condition. */
    public static final int DEFAULT_MIN_RATED_REPLIES = 5;

    private ContentAcceptance() {
    }

    /**
     * One eligible item. Immutable and thread-safe.
     *
     * @param engagementRate its engagement rate (by reach, or by followers when reach is unavailable)
     * @param repliesNetSentiment the net sentiment of its rated replies, in [-1, 1]
     * @param ratedReplies how many of its replies are rated
     */
    public record Item(double engagementRate, double repliesNetSentiment, int ratedReplies) {
    }

    /**
     * The item-level outcome. Immutable and thread-safe.
     *
     * @param accepted accepted items
     * @param eligible eligible items
     * @param sentimentSkipped items whose sentiment condition was skipped (flagged {@code NS_SKIPPED})
     */
    public record ItemOutcome(int accepted, int eligible, int sentimentSkipped) {

        /**
         * The rate.
         *
         * @return {@code accepted / eligible}, NaN when nothing is eligible
         */
        public double rate() {
            return eligible == 0 ? Double.NaN : (double) accepted / eligible;
        }
    }

    /**
     * {@code content.acceptance_rate.item@1}.
     *
     * @param items the eligible items (published in the window and at least 72 h old)
     * @param accountMedianRate the account's median engagement rate over the trailing 90 days
     * @param minRatedReplies the minimum of rated replies for the sentiment condition
     * @return the outcome
     */
    public static ItemOutcome itemLevel(List<Item> items, double accountMedianRate, int minRatedReplies) {
        Objects.requireNonNull(items, "items");
        int accepted = 0;
        int skipped = 0;
        for (Item i : items) {
            boolean rateOk = i.engagementRate() >= accountMedianRate;
            boolean sentimentSkipped = i.ratedReplies() < minRatedReplies;
            if (sentimentSkipped) {
                skipped++;
            }
            if (rateOk && (sentimentSkipped || i.repliesNetSentiment() >= 0)) {
                accepted++;
            }
        }
        return new ItemOutcome(accepted, items.size(), skipped);
    }

    /**
     * {@code content.acceptance_rate.interaction@1}: {@code A / (A + J)}.
     *
     * @param accepted likes + shares + saves + positive comments + click-throughs
     * @param rejected hides + "not interested" + reports + attributed unfollows + negative comments
     * @param rejectionSignalsAvailable whether the platform exposes any rejection signal
     * @return the rate, or NaN when unavailable (no rejection signals) or undefined (no reactions)
     */
    public static double interactionLevel(long accepted, long rejected, boolean rejectionSignalsAvailable) {
        if (accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException("reaction counts must be >= 0");
        }
        if (!rejectionSignalsAvailable || accepted + rejected == 0) {
            return Double.NaN;
        }
        return (double) accepted / (accepted + rejected);
    }
}
