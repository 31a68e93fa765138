package dev.scrm.metrics;

import dev.scrm.core.Window;
import java.util.Objects;

/**
 * The absolute number of searches for a keyword in one period, as a keyword planner reports it (typically
 * monthly). Unlike {@link SearchInterest} index values, volumes are additive over periods of one keyword;
 * they feed {@code search.volume@1}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the keyword (the brand dimension)
 * @param source the tool that reported it, for example {@code google-ads-keyword-planner}
 * @param period the period the volume covers, for example a calendar month
 * @param searches the number of searches, at least 0
 */
public record KeywordSearchVolume(String term, String source, Window period, long searches) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the term or source is blank, or the volume negative
     */
    public KeywordSearchVolume {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        if (term.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("term and source must not be blank");
        }
        if (searches < 0) {
            throw new IllegalArgumentException("searches must be >= 0, was " + searches);
        }
    }
}
