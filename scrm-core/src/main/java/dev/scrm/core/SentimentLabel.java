package dev.scrm.core;

/** The polarity class of a {@link Sentiment}, by the conventional thresholds of ±0.05 on the compound score. */
public enum SentimentLabel {
    /** compound &gt;= 0.05 */
    POSITIVE,
    /** -0.05 &lt; compound &lt; 0.05 */
    NEUTRAL,
    /** compound &lt;= -0.05 */
    NEGATIVE
}
