package dev.scrm.examples.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a daily time series.
 *
 * <p>Immutable and thread-safe.
 *
 * @param day the day
 * @param value the value, finite
 */
public record Point(LocalDate day, double value) {

    /**
     * Validates the point.
     *
     * @throws NullPointerException if the day is null
     * @throws IllegalArgumentException if the value is not finite
     */
    public Point {
        Objects.requireNonNull(day, "day");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("point value must be finite");
        }
    }
}
