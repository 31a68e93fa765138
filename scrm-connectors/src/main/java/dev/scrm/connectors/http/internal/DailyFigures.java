package dev.scrm.connectors.http.internal;

import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.FigureGranularity;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSeries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Collects daily values of a web-traffic query per metric and turns them into one {@link FigureSeries} per
 * metric asked for: an unavailable series for a metric whose capability the manifest does not declare, or
 * that the source names as missing. Not thread-safe; one per batch.
 */
public final class DailyFigures {

    private final ConnectorManifest manifest;
    private final FigureQuery query;
    private final FigureSpan span;
    private final ZoneId zone;
    private final String source;
    private final Map<FigureMetric, TreeMap<LocalDate, Double>> values = new EnumMap<>(FigureMetric.class);
    private final Map<FigureMetric, String> missing = new EnumMap<>(FigureMetric.class);

    public DailyFigures(String source, ConnectorManifest manifest, FigureQuery query, FigureSpan span, ZoneId zone) {
        this.source = source;
        this.manifest = manifest;
        this.query = query;
        this.span = span;
        this.zone = zone;
    }

    /** Whether a metric is asked for and its capability declared. */
    public boolean wanted(FigureMetric metric) {
        return query.metrics().contains(metric) && manifest.supports(metric.capability());
    }

    /** Records a value; ignored for metrics not wanted or days outside the span. */
    public void put(FigureMetric metric, LocalDate day, double value) {
        if (wanted(metric) && !day.isBefore(span.start()) && !day.isAfter(span.end()) && value >= 0) {
            values.computeIfAbsent(metric, m -> new TreeMap<>()).put(day, value);
        }
    }

    /** Marks a wanted metric as not supplied by the source, with a non-personal reason. */
    public void unavailable(FigureMetric metric, String reason) {
        missing.put(metric, reason);
    }

    /** Sets a wanted metric to 0 on every day of the span that has no value (sources that omit empty days). */
    public void zeroFill(FigureMetric metric) {
        if (!wanted(metric)) {
            return;
        }
        TreeMap<LocalDate, Double> m = values.computeIfAbsent(metric, k -> new TreeMap<>());
        for (LocalDate d = span.start(); !d.isAfter(span.end()); d = d.plusDays(1)) {
            m.putIfAbsent(d, 0.0);
        }
    }

    /** One series per metric asked for. */
    public List<FigureSeries> series() {
        List<FigureSeries> out = new ArrayList<>();
        for (FigureMetric metric : query.metrics()) {
            if (!manifest.supports(metric.capability())) {
                out.add(FigureSeries.unavailable(query.target().value(), metric, source, FigureGranularity.DAY, zone,
                        "connector '" + manifest.id() + "' does not declare " + metric.capability()));
                continue;
            }
            if (missing.containsKey(metric)) {
                out.add(FigureSeries.unavailable(query.target().value(), metric, source, FigureGranularity.DAY, zone,
                        missing.get(metric)));
                continue;
            }
            List<FigurePoint> points = new ArrayList<>();
            values.getOrDefault(metric, new TreeMap<>()).forEach((day, v) ->
                    points.add(new FigurePoint(day, v, span.partial(day))));
            out.add(FigureSeries.of(query.target().value(), metric, source, FigureGranularity.DAY, zone, points, null));
        }
        return out;
    }

    /** A JSON number, or a numeric string such as Matomo's; -1 when absent or unreadable. */
    public static double number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return -1;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isString()) {
            try {
                return Double.parseDouble(v.stringValue().trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
