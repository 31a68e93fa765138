package dev.scrm.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * A line chart over days: one or more series with a title, a unit and an explanation of what is plotted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's title
 * @param unit the unit of the values, for example {@code mentions} or {@code %}
 * @param definition how the values are computed, shown under the chart
 * @param series the series, at least one
 * @param markers days to mark on the chart (for example the spikes found), may be empty
 */
public record TimeSeries(String title, String unit, String definition, List<Series> series,
        List<java.time.LocalDate> markers) {

    /**
     * Validates and copies the chart.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if there is no series
     */
    public TimeSeries {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(definition, "definition");
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        markers = List.copyOf(Objects.requireNonNull(markers, "markers"));
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a time series chart needs at least one series");
        }
    }
}
