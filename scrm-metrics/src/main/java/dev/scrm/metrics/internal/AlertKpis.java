package dev.scrm.metrics.internal;

import static dev.scrm.metrics.internal.StandardKpis.*;

import dev.scrm.core.Completeness;
import dev.scrm.core.Window;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.Percentiles;
import dev.scrm.metrics.SpikeDetector;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Spike and volume alert definitions (section 15). */
final class AlertKpis {

    private AlertKpis() {
    }

    // spikes

    static KpiResult spike(KpiInputs in) {
        Window w = in.window();
        int weeks = Integer.parseInt(in.parameter("weeks"));
        double k = param(in, "k");
        String b = in.query().brand();
        double x = in.sum(Counter.MENTIONS, b, w);
        double[] history = new double[weeks];
        for (int j = 1; j <= weeks; j++) {
            history[weeks - j] = in.sum(Counter.MENTIONS, b, shift(w, j, in));
        }
        SpikeDetector.Baseline base = SpikeDetector.robust(history);
        double z = SpikeDetector.z(x, base);
        int limit = Integer.parseInt(in.parameter("longevityLimit"));
        int longevity = 0;
        Window cur = w;
        double zc = z;
        while (zc >= k && longevity < limit) {
            longevity++;
            Duration len = cur.duration();
            cur = Window.of(cur.start().minus(len), cur.start());
            double[] h = new double[weeks];
            for (int j = 1; j <= weeks; j++) {
                h[weeks - j] = in.sum(Counter.MENTIONS, b, shift(cur, j, in));
            }
            zc = SpikeDetector.z(in.sum(Counter.MENTIONS, b, cur), SpikeDetector.robust(h));
        }
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
        double cov = in.coverage(w);
        Completeness c = cov >= 1 ? Completeness.complete() : new Completeness(cov, List.of("connector coverage"));
        if (cov < 0.9) {
            comp.put("suppressed", 1.0);
            comp.put("severity", 0.0);
        }
        return in.value(z, c, comp);
    }

    static Window shift(Window w, int weeks, KpiInputs in) {
        ZonedDateTime s = w.start().atZone(in.zone()).minusWeeks(weeks);
        ZonedDateTime e = w.end().atZone(in.zone()).minusWeeks(weeks);
        return Window.of(s.toInstant(), e.toInstant());
    }
}
