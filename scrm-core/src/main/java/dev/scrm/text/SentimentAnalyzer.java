package dev.scrm.text;

import dev.scrm.core.Interaction;
import dev.scrm.core.Sentiment;
import java.util.Objects;

/**
 * Scores the sentiment of a text: the service provider interface for sentiment models.
 *
 * <p>{@link #analyze(String)} is the only abstract method. Every result carries the analyser's id and
 * version ({@link Sentiment#analyzer()}, {@link Sentiment#analyzerVersion()}), so scores from different
 * models or lexicon versions are never mixed unknowingly. scrm ships {@link VaderSentimentAnalyzer} for
 * English social media text; plug another model or language by implementing this interface.
 *
 * <p>Implementations must be thread-safe, must not keep references to the texts they score, and must
 * never log or put the text in an exception message (it is personal data).
 */
@FunctionalInterface
public interface SentimentAnalyzer {

    /**
     * Scores one text.
     *
     * @param text the text, possibly empty; any Unicode content is accepted
     * @return its sentiment, carrying this analyser's id and version
     * @throws NullPointerException if {@code text} is null
     */
    Sentiment analyze(String text);

    /**
     * A copy of the interaction with its sentiment set from its text; an interaction without text is
     * returned unchanged.
     *
     * @param interaction the interaction
     * @return the interaction with {@link Interaction#sentiment()} set, or the same interaction
     * @throws NullPointerException if {@code interaction} is null
     */
    default Interaction annotate(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        String text = interaction.text();
        if (text == null) {
            return interaction;
        }
        return interaction.withSentiment(analyze(text));
    }
}
