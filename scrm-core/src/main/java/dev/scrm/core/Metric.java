package dev.scrm.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One KPI value with its provenance: which versioned definition produced it, over which window and time
 * zone, for which dimensions, from which numerator and denominator, how complete the data was and, where
 * it makes sense, a confidence interval.
 *
 * <p>{@code value} is {@code null} when the KPI is undefined for the window (for example a ratio whose
 * denominator is zero); such a metric is never reported as zero. Immutable and thread-safe.
 *
 * @param kpi the definition's id and version
 * @param window the time window
 * @param zone the time zone the window's buckets were cut in
 * @param dimensions the dimension values (for example {@code brand=acme}, {@code platform=mastodon}), sorted
 * @param value the KPI's value, or {@code null} when undefined
 * @param numerator the numerator where the KPI is a ratio, otherwise {@code null}
 * @param denominator the denominator where the KPI is a ratio, otherwise {@code null}
 * @param completeness how complete the input data was
 * @param interval a confidence interval, or {@code null}
 */
public record Metric(
        KpiId kpi,
        Window window,
        ZoneId zone,
        Map<String, String> dimensions,
        Double value,
        Double numerator,
        Double denominator,
        Completeness completeness,
        ConfidenceInterval interval) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if a number is not finite, or only one of numerator and denominator is
     *     given
     */
    public Metric {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dimensions, "dimensions");
        TreeMap<String, String> dims = new TreeMap<>();
        dimensions.forEach((k, v) -> dims.put(Checks.token(k, "dimension name", 128),
                Checks.text(Objects.requireNonNull(v, "dimension value"), "dimension value", 512)));
        dimensions = Collections.unmodifiableMap(dims);
        finite(value, "value");
        finite(numerator, "numerator");
        finite(denominator, "denominator");
        if ((numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("numerator and denominator go together");
        }
        Objects.requireNonNull(completeness, "completeness");
    }

    /**
     * A plain value over a window, complete, with no dimensions.
     *
     * @param kpi the definition
     * @param window the window
     * @param zone the time zone
     * @param value the value
     * @return the metric
     */
    public static Metric of(KpiId kpi, Window window, ZoneId zone, double value) {
        return new Metric(kpi, window, zone, Map.of(), value, null, null, Completeness.complete(), null);
    }

    /**
     * A ratio: its value is {@code numerator / denominator}, or undefined when the denominator is zero.
     *
     * @param kpi the definition
     * @param window the window
     * @param zone the time zone
     * @param dimensions the dimension values
     * @param numerator the numerator
     * @param denominator the denominator
     * @param completeness the completeness of the inputs
     * @return the metric
     */
    public static Metric ratio(KpiId kpi, Window window, ZoneId zone, Map<String, String> dimensions,
            double numerator, double denominator, Completeness completeness) {
        Double value = denominator == 0.0 ? null : numerator / denominator;
        return new Metric(kpi, window, zone, dimensions, value, numerator, denominator, completeness, null);
    }

    /**
     * Whether the KPI has a value for the window.
     *
     * @return true when {@code value} is not null
     */
    @JsonIgnore
    public boolean isDefined() {
        return value != null;
    }

    private static void finite(Double d, String name) {
        if (d != null && !Double.isFinite(d)) {
            throw new IllegalArgumentException(name + " must be finite, was " + d);
        }
    }
}
