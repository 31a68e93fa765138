package dev.scrm.examples.report;

import dev.scrm.core.Platform;
import dev.scrm.core.SentimentLabel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post shown verbatim in the report, for example an inbound customer question or the most negative mention.
 * Its text is untrusted and always shown escaped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a short id for the post, used as an HTML attribute (letters, digits, {@code -} and {@code _})
 * @param platform the platform
 * @param author the author's handle
 * @param at when it was posted
 * @param text the text
 * @param sentiment its sentiment class
 * @param compound its compound sentiment score, within [-1, 1]
 * @param brands the brands it names
 */
public record PostSample(String id, Platform platform, String author, Instant at, String text, SentimentLabel sentiment,
        double compound, List<String> brands) {

    /**
     * Validates the post.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the id has other characters or the score is out of range
     */
    public PostSample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentiment, "sentiment");
        brands = List.copyOf(Objects.requireNonNull(brands, "brands"));
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("post id must be 1-64 letters, digits, '-' or '_'");
        }
        if (!(compound >= -1 && compound <= 1)) {
            throw new IllegalArgumentException("compound must be within [-1, 1]");
        }
    }
}
