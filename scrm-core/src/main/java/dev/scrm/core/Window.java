package dev.scrm.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open time range {@code [start, end)}.
 *
 * @param start the first instant inside the window
 * @param end the first instant after it, later than {@code start}
 */
public record Window(Instant start, Instant end) {

    /**
     * Validates the window.
     *
     * @throws NullPointerException if a bound is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public Window {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("window end must be after its start");
        }
    }

    /**
     * The window {@code [start, end)}.
     *
     * @param start the start
     * @param end the end
     * @return the window
     */
    public static Window of(Instant start, Instant end) {
        return new Window(start, end);
    }

    /**
     * Whether an instant lies inside the window.
     *
     * @param instant the instant
     * @return true when {@code start <= instant < end}
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * The window's length.
     *
     * @return the duration
     */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
