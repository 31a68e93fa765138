package dev.scrm.testkit.world;

import dev.scrm.core.SentimentLabel;

/**
 * What a synthetic post was written to express; each category has its own set of English templates. Immutable and
 * thread-safe.
 */
public enum PostCategory {
    /** Praise: the text carries clearly positive words. */
    POSITIVE(SentimentLabel.POSITIVE),
    /** Criticism of a product: the text carries clearly negative words. */
    NEGATIVE(SentimentLabel.NEGATIVE),
    /** Facts, plans and news without an opinion. */
    NEUTRAL(SentimentLabel.NEUTRAL),
    /** A question; written without opinion words. */
    QUESTION(SentimentLabel.NEUTRAL),
    /** A service complaint (late refund, broken order, no answer): negative. */
    COMPLAINT(SentimentLabel.NEGATIVE);

    private final SentimentLabel intended;

    PostCategory(SentimentLabel intended) {
        this.intended = intended;
    }

    /**
     * The sentiment class the text was written to carry.
     *
     * @return the intended label
     */
    public SentimentLabel intendedSentiment() {
        return intended;
    }
}
