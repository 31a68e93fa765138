package dev.scrm.metrics.internal;

import static dev.scrm.metrics.internal.StandardKpis.*;

import dev.scrm.core.Completeness;
import dev.scrm.core.Window;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.MetricUnit;
import dev.scrm.metrics.Percentiles;
import dev.scrm.metrics.SpikeDetector;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Spike and volume alert definitions (section 15). */
final class AlertKpis {

    private AlertKpis() {
    }

    static void alerts(List<KpiDefinition> d) {
        d.add(def("alerts.spike.robust_z@1", NON, MetricUnit.SCORE, "Robust z score of mentions.volume@1 in the"
                + " window (one closed bucket) against the same hour of the week over the previous N weeks: median"
                + " baseline, sigma = max(1.4826 MAD, max(1, sqrt(mu))). Components: x, mu, mad, sigma, severity,"
                + " longevity, the baseline buckets and the top drivers by platform and campaign (each value's"
                + " x - median of its own baseline); severity 0 (suppressed) when coverage < 0.9.",
                Map.of("weeks", "8", "k", "3", "longevityLimit", "168"), in -> spike(in, SpikeDetector::robust)));
        d.add(def("alerts.spike.ewma@1", NON, MetricUnit.SCORE, "EWMA z score of mentions.volume@1 in the window"
                + " (one closed bucket) against the same hour of the week over the previous N weeks: baseline mu ="
                + " the exponentially weighted moving average of those buckets, oldest first, with smoothing lambda;"
                + " sigma = max(1.4826 MAD around mu, max(1, sqrt(mu))). Severity, longevity, drivers and"
                + " suppression as alerts.spike.robust_z@1.",
                Map.of("weeks", "8", "k", "3", "longevityLimit", "168", "lambda", "0.3"), in -> {
                    double lambda = param(in, "lambda");
                    if (!(lambda > 0 && lambda <= 1)) {
                        throw new IllegalArgumentException("parameter 'lambda' of KPI " + in.definition().id()
                                + " must be within (0, 1]");
                    }
                    return spike(in, h -> SpikeDetector.ewma(h, lambda));
                }));
        d.add(def("alerts.volume_threshold@1", NON, MetricUnit.COUNT, "Volumetric alert: x = mentions.volume@1 in"
                + " the window; fires when x >= threshold (parameter threshold, required). Components: threshold,"
                + " fired (1 or 0), longevity (consecutive windows of the same length, ending with this one, at or"
                + " above the threshold, up to longevityLimit), suppressed when coverage < 0.9.",
                Map.of("threshold", "", "longevityLimit", "168"), AlertKpis::threshold));
    }

    private static KpiResult threshold(KpiInputs in) {
        String t = in.parameter("threshold");
        if (t.isBlank()) {
            throw new IllegalArgumentException("KPI " + in.definition().id() + " needs parameter 'threshold'");
        }
        double threshold = param(in, "threshold");
        int limit = Integer.parseInt(in.parameter("longevityLimit"));
        String b = in.query().brand();
        Window w = in.window();
        double x = in.sum(Counter.MENTIONS, b, w);
        int longevity = longevity(w, x, cur -> in.sum(Counter.MENTIONS, b, cur), threshold, limit);
        Map<String, Double> comp = new HashMap<>();
        comp.put("x", x);
        comp.put("threshold", threshold);
        comp.put("fired", x >= threshold ? 1.0 : 0.0);
        comp.put("longevity", (double) longevity);
        return in.value(x, suppressWhenPartial(in, w, comp, "fired"), comp);
    }

    /**
     * How many consecutive windows of the same length, ending with {@code w}, score at least {@code k}.
     *
     * @param w the window
     * @param first its score
     * @param score the score of an earlier window
     * @param k the threshold
     * @param limit the most windows to look back
     */
    private static int longevity(Window w, double first, ToDoubleFunction<Window> score, double k, int limit) {
        int longevity = 0;
        Window cur = w;
        double s = first;
        while (s >= k && longevity < limit) {
            longevity++;
            Duration len = cur.duration();
            cur = Window.of(cur.start().minus(len), cur.start());
            s = score.applyAsDouble(cur);
        }
        return longevity;
    }

    /** The completeness of an alert's window; below 0.9 coverage the alert is suppressed ({@code flag} 0). */
    private static Completeness suppressWhenPartial(KpiInputs in, Window w, Map<String, Double> comp, String flag) {
        double cov = in.coverage(w);
        if (cov < 0.9) {
            comp.put("suppressed", 1.0);
            comp.put(flag, 0.0);
        }
        return cov >= 1 ? Completeness.complete() : new Completeness(cov, List.of("connector coverage"));
    }

    private static KpiResult spike(KpiInputs in, Function<double[], SpikeDetector.Baseline> baseline) {
        Window w = in.window();
        int weeks = Integer.parseInt(in.parameter("weeks"));
        double k = param(in, "k");
        String b = in.query().brand();
        double x = in.sum(Counter.MENTIONS, b, w);
        double[] history = new double[weeks];
        for (int j = 1; j <= weeks; j++) {
            history[weeks - j] = in.sum(Counter.MENTIONS, b, shift(w, j, in));
        }
        SpikeDetector.Baseline base = baseline.apply(history);
        double z = SpikeDetector.z(x, base);
        int limit = Integer.parseInt(in.parameter("longevityLimit"));
        int longevity = longevity(w, z, cur -> {
            double[] h = new double[weeks];
            for (int j = 1; j <= weeks; j++) {
                h[weeks - j] = in.sum(Counter.MENTIONS, b, shift(cur, j, in));
            }
            return SpikeDetector.z(in.sum(Counter.MENTIONS, b, cur), baseline.apply(h));
        }, k, limit);
        Map<String, Double> comp = new HashMap<>();
        comp.put("x", x);
        comp.put("mu", base.mu());
        comp.put("mad", base.mad());
        comp.put("sigma", base.sigma());
        comp.put("severity", (double) SpikeDetector.severity(z, k));
        comp.put("longevity", (double) longevity);
        for (int j = 0; j < weeks; j++) {
            comp.put("baseline." + (weeks - j), history[j]);
        }
        for (String dim : new String[] {"platform", "campaign"}) {
            Map<String, Double> now = in.breakdown(Counter.MENTIONS, b, w, dim);
            List<Map<String, Double>> past = new ArrayList<>();
            for (int j = 1; j <= weeks; j++) {
                past.add(in.breakdown(Counter.MENTIONS, b, shift(w, j, in), dim));
            }
            List<Map.Entry<String, Double>> contrib = new ArrayList<>();
            for (Map.Entry<String, Double> e : now.entrySet()) {
                double[] h = new double[weeks];
                for (int j = 0; j < weeks; j++) {
                    h[j] = past.get(j).getOrDefault(e.getKey(), 0.0);
                }
                contrib.add(Map.entry(e.getKey(), e.getValue() - Percentiles.median(h)));
            }
            contrib.sort((x1, x2) -> Double.compare(x2.getValue(), x1.getValue()));
            for (int i = 0; i < Math.min(5, contrib.size()); i++) {
                if (contrib.get(i).getValue() > 0) {
                    String v = contrib.get(i).getKey().isEmpty() ? "(none)" : contrib.get(i).getKey();
                    comp.put("driver." + dim + "." + v, contrib.get(i).getValue());
                }
            }
        }
        return in.value(z, suppressWhenPartial(in, w, comp, "severity"), comp);
    }

    static Window shift(Window w, int weeks, KpiInputs in) {
        ZonedDateTime s = w.start().atZone(in.zone()).minusWeeks(weeks);
        ZonedDateTime e = w.end().atZone(in.zone()).minusWeeks(weeks);
        return Window.of(s.toInstant(), e.toInstant());
    }
}
