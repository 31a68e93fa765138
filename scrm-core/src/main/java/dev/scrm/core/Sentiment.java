package dev.scrm.core;

/**
 * The sentiment of a text as scored by one analyser: a compound score in [-1, 1] and the proportions of
 * positive, neutral and negative content, with the analyser's id and version so results from different
 * models are never mixed unknowingly.
 *
 * @param compound the normalised overall score, within [-1, 1]
 * @param positive the positive proportion, within [0, 1]
 * @param neutral the neutral proportion, within [0, 1]
 * @param negative the negative proportion, within [0, 1]
 * @param analyzer the analyser's id, for example {@code vader}
 * @param analyzerVersion the analyser's version
 */
public record Sentiment(double compound, double positive, double neutral, double negative, String analyzer,
        String analyzerVersion) {

    /** The compound score at or above which a text is positive. */
    public static final double POSITIVE_THRESHOLD = 0.05;
    /** The compound score at or below which a text is negative. */
    public static final double NEGATIVE_THRESHOLD = -0.05;

    /**
     * Validates the scores.
     *
     * @throws IllegalArgumentException if a score is out of range or not a number, or the analyser is blank
     */
    public Sentiment {
        if (!(compound >= -1.0 && compound <= 1.0)) {
            throw new IllegalArgumentException("compound must be within [-1, 1], was " + compound);
        }
        Checks.probability(positive, "positive");
        Checks.probability(neutral, "neutral");
        Checks.probability(negative, "negative");
        Checks.token(analyzer, "analyzer", 64);
        Checks.token(analyzerVersion, "analyzerVersion", 64);
    }

    /**
     * The polarity class by the ±0.05 thresholds.
     *
     * @return the label
     */
    public SentimentLabel label() {
        if (compound >= POSITIVE_THRESHOLD) {
            return SentimentLabel.POSITIVE;
        }
        if (compound <= NEGATIVE_THRESHOLD) {
            return SentimentLabel.NEGATIVE;
        }
        return SentimentLabel.NEUTRAL;
    }
}
