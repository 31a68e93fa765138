package dev.scrm.testkit.world;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The number of web searches for a brand's name on one day (UTC): an absolute, additive figure, like a
 * keyword planner's, not a 0-100 index. Immutable and thread-safe.
 *
 * @param brandId the brand's id
 * @param day the day
 * @param searches the number of searches, at least 0
 */
public record SearchVolume(String brandId, LocalDate day, long searches) {

    /**
     * Validates the figure.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the count is negative
     */
    public SearchVolume {
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(day, "day");
        if (searches < 0) {
            throw new IllegalArgumentException("searches must be >= 0, was " + searches);
        }
    }
}
