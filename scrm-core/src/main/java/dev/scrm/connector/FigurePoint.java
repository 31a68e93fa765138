package dev.scrm.connector;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a {@link FigureSeries}: the figure for the bucket that starts on {@code start}. Immutable and
 * thread-safe.
 *
 * @param start the bucket's first day, in the series' time zone
 * @param value the value, finite and at least 0
 * @param partial whether the bucket was still open when it was read (today's visits, the running week of a
 *     trend); a later pull replaces it
 */
public record FigurePoint(LocalDate start, double value, boolean partial) {

    /**
     * Validates the point.
     *
     * @throws NullPointerException if the start is null
     * @throws IllegalArgumentException if the value is negative, NaN or infinite
     */
    public FigurePoint {
        Objects.requireNonNull(start, "start");
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("figure value must be finite and >= 0, was " + value);
        }
    }
}
