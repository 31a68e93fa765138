package dev.scrm.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's title
 * @param unit the unit of the values
 * @param definition how the values are computed
 * @param bars the bars, in display order, at least one
 */
public record BarChart(String title, String unit, String definition, List<BarChart.Bar> bars) {

    /**
     * Validates and copies the chart.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if there is no bar
     */
    public BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(definition, "definition");
        bars = List.copyOf(Objects.requireNonNull(bars, "bars"));
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a bar chart needs at least one bar");
        }
    }

    /**
     * One bar.
     *
     * @param label the bar's label (user text: escaped when shown)
     * @param value the value, finite and at least 0
     */
    public record Bar(String label, double value) {

        /**
         * Validates the bar.
         *
         * @throws NullPointerException if the label is null
         * @throws IllegalArgumentException if the value is negative or not finite
         */
        public Bar {
            Objects.requireNonNull(label, "label");
            if (!(value >= 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException("bar value must be finite and >= 0");
            }
        }
    }
}
