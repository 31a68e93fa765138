package dev.scrm.metrics;

import dev.scrm.core.Metric;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A computed KPI with its full explanation: the {@link Metric} value and provenance, whether it is defined,
 * the unit, whether it is modelled, the resolved parameters and the named components behind the value
 * (for example the baseline of a spike, or the four components of an influence score).
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the metric value (its value is {@code null} unless the status is {@link KpiStatus#OK})
 * @param status whether the value is defined
 * @param reason why it is undefined or unavailable, or the empty string
 * @param unit the unit of the value
 * @param estimated whether the value is modelled rather than measured
 * @param parameters the resolved parameters of the definition, sorted by name
 * @param components named intermediate values, sorted by name
 */
public record KpiResult(Metric metric, KpiStatus status, String reason, MetricUnit unit, boolean estimated,
        Map<String, String> parameters, Map<String, Double> components) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if an OK result has no value, or another status has one
     */
    public KpiResult {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(unit, "unit");
        parameters = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(parameters, "parameters")));
        components = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(components, "components")));
        if ((status == KpiStatus.OK) != metric.isDefined()) {
            throw new IllegalArgumentException("a KPI result has a value exactly when its status is OK");
        }
    }

    /**
     * The value.
     *
     * @return the value
     * @throws IllegalStateException if the status is not OK
     */
    public double value() {
        if (status != KpiStatus.OK) {
            throw new IllegalStateException("KPI " + metric.kpi() + " is " + status + " (" + reason + ")");
        }
        return metric.value();
    }

    /**
     * A named component.
     *
     * @param name the component name
     * @return its value
     * @throws IllegalArgumentException if there is no such component
     */
    public double component(String name) {
        Double v = components.get(Objects.requireNonNull(name, "name"));
        if (v == null) {
            throw new IllegalArgumentException("KPI " + metric.kpi() + " has no component '" + name + "'");
        }
        return v;
    }
}
