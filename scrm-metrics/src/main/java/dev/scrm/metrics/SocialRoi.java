package dev.scrm.metrics;

import dev.scrm.core.Completeness;
import dev.scrm.core.KpiId;
import dev.scrm.core.Metric;
import dev.scrm.core.Window;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Social ROI {@code (V − Cost) / Cost} ({@code roi.social@1}), with {@code V} the value credited to social
 * touches under an {@link AttributionModel}. The value and the cost must cover the same window. Stateless
 * and thread-safe.
 */
public final class SocialRoi {

    /** The KPI id. */
    public static final KpiId ID = KpiId.parse("roi.social@1");

    private SocialRoi() {
    }

    /**
     * The value credited to one channel over conversions.
     *
     * @param conversions the conversions of the window
     * @param channel the channel, for example {@code social}
     * @param model the attribution model
     * @param lookback the lookback window
     * @return the credited value
     */
    public static double attributedValue(List<Conversion> conversions, String channel, AttributionModel model,
            Duration lookback) {
        Objects.requireNonNull(channel, "channel");
        double v = 0;
        for (Conversion c : conversions) {
            v += model.credit(c, lookback).getOrDefault(channel, 0.0);
        }
        return v;
    }

    /**
     * The ROI as a metric: numerator {@code V − Cost}, denominator {@code Cost}; undefined when the cost is 0.
     *
     * @param window the window of both value and cost
     * @param zone the zone
     * @param dimensions the dimensions, for example the attribution model id
     * @param value the attributed value V
     * @param cost the cost, at least 0
     * @return the metric
     * @throws IllegalArgumentException if the cost is negative
     */
    public static Metric roi(Window window, ZoneId zone, Map<String, String> dimensions, double value, double cost) {
        if (cost < 0) {
            throw new IllegalArgumentException("cost must be >= 0");
        }
        return Metric.ratio(ID, window, zone, dimensions, value - cost, cost, Completeness.complete());
    }
}
