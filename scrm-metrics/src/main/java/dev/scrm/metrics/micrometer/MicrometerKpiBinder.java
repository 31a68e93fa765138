package dev.scrm.metrics.micrometer;

import dev.scrm.core.Metric;
import dev.scrm.core.Window;
import dev.scrm.metrics.MetricQuery;
import dev.scrm.metrics.MetricsEngine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Exposes chosen KPIs of a {@link MetricsEngine} as Micrometer gauges. Each gauge computes its KPI over a
 * trailing window that ends at the start of the engine's current bucket (so only closed buckets count); an
 * undefined KPI reads as NaN. Micrometer is an optional dependency of scrm-metrics: only this class needs it.
 *
 * <p>Immutable and thread-safe; gauges are read on the registry's publishing thread.
 */
public final class MicrometerKpiBinder implements MeterBinder {

    private final MetricsEngine engine;
    private final List<Binding> bindings;

    /**
     * One gauge. Immutable and thread-safe when its query function is.
     *
     * @param meterName the meter name, for example {@code scrm.share_of_voice}
     * @param trailing the length of the trailing window
     * @param query builds the query for a window
     * @param tags the gauge's tags
     */
    public record Binding(String meterName, Duration trailing, Function<Window, MetricQuery> query, Tags tags) {

        /**
         * Validates.
         *
         * @throws NullPointerException if a field is null
         * @throws IllegalArgumentException if the trailing window is not positive
         */
        public Binding {
            Objects.requireNonNull(meterName, "meterName");
            Objects.requireNonNull(trailing, "trailing");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(tags, "tags");
            if (trailing.isZero() || trailing.isNegative()) {
                throw new IllegalArgumentException("trailing window must be positive");
            }
        }
    }

    /**
     * A binder of gauges for an engine.
     *
     * @param engine the engine
     * @param bindings the gauges
     */
    public MicrometerKpiBinder(MetricsEngine engine, List<Binding> bindings) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.bindings = List.copyOf(new ArrayList<>(bindings));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        for (Binding b : bindings) {
            Gauge.builder(b.meterName(), this, self -> self.read(b))
                    .tags(b.tags())
                    .description("scrm KPI over the trailing " + b.trailing())
                    .register(registry);
        }
    }

    private double read(Binding b) {
        Instant end = engine.bucketStart(engine.clock().instant());
        try {
            Metric m = engine.compute(b.query().apply(Window.of(end.minus(b.trailing()), end)));
            return m.isDefined() ? m.value() : Double.NaN;
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
