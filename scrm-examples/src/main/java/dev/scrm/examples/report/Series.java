package dev.scrm.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * A named daily series, for example one brand's mentions per day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the series' name (user text: escaped when shown)
 * @param points the points, in day order
 */
public record Series(String name, List<Point> points) {

    /**
     * Validates and copies the series.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the days are not strictly increasing
     */
    public Series {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).day().isAfter(points.get(i - 1).day())) {
                throw new IllegalArgumentException("series points must be in strictly increasing day order (index "
                        + i + ")");
            }
        }
    }
}
