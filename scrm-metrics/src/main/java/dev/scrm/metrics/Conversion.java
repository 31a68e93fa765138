package dev.scrm.metrics;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A conversion with its value and the touches that led to it, sorted oldest first. Immutable and
 * thread-safe.
 *
 * @param value the conversion's value, at least 0
 * @param at when it converted
 * @param touches the touches before it
 */
public record Conversion(double value, Instant at, List<Touch> touches) {

    /**
     * Validates, copies and sorts.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the value is negative or a touch is after the conversion
     */
    public Conversion {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("conversion value must be finite and >= 0");
        }
        Objects.requireNonNull(at, "at");
        touches = touches.stream().sorted(Comparator.comparing(Touch::at)).toList();
        for (Touch t : touches) {
            if (t.at().isAfter(at)) {
                throw new IllegalArgumentException("a touch lies after its conversion");
            }
        }
    }
}
