package dev.scrm.examples.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spike the spike detector found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param day the day
 * @param brand the brand talked about
 * @param mentions the mentions that day
 * @param baseline the expected mentions that day
 * @param score how unusual it is, for example a robust z-score
 * @param note a short explanation, for example the top words of the day (user text: escaped when shown)
 */
public record SpikeFinding(LocalDate day, String brand, long mentions, double baseline, double score, String note) {

    /**
     * Validates the finding.
     *
     * @throws NullPointerException if a field is null
     */
    public SpikeFinding {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(note, "note");
    }
}
