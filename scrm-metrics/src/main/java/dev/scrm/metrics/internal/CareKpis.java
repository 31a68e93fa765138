package dev.scrm.metrics.internal;

import static dev.scrm.metrics.internal.StandardKpis.*;

import dev.scrm.core.Completeness;
import dev.scrm.metrics.BusinessCalendar;
import dev.scrm.metrics.CareConversation;
import dev.scrm.metrics.CareMetrics;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricUnit;
import dev.scrm.metrics.Percentiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Social customer service definitions (section 14). */
final class CareKpis {

    private CareKpis() {
    }

    // customer service

    static BusinessCalendar calendar(KpiInputs in, boolean business) {
        if (!business) {
            return null;
        }
        return in.businessCalendar().orElseThrow(() -> new IllegalArgumentException("KPI " + in.definition().id()
                + " needs an engine built with a business calendar"));
    }

    static KpiResult durationStat(KpiInputs in, List<Double> values) {
        if (values.isEmpty()) {
            return in.missing(KpiStatus.UNDEFINED, "NO_CONVERSATIONS", Completeness.complete());
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        String stat = in.parameter("statistic").toLowerCase(Locale.ROOT);
        Percentiles.Method m = Percentiles.Method.valueOf(in.parameter("method").toUpperCase(Locale.ROOT));
        Map<String, Double> comp = Map.of("n", (double) v.length, "mean", Percentiles.mean(v),
                "p50", Percentiles.percentile(v, 0.5, m), "p90", Percentiles.percentile(v, 0.9, m));
        switch (stat) {
            case "mean":
                double sum = 0;
                for (double x : v) {
                    sum += x;
                }
                return in.ratio(sum, v.length, Completeness.complete(), null);
            case "p50":
            case "p90":
                return in.value(comp.get(stat), Completeness.complete(), comp);
            default:
                throw new IllegalArgumentException("parameter 'statistic' must be mean, p50 or p90");
        }
    }

    static void care(List<KpiDefinition> d) {
        Map<String, String> p = Map.of("statistic", "p50", "method", "TYPE_7");
        for (boolean business : new boolean[] {false, true}) {
            String suffix = business ? ".business_hours@1" : "@1";
            String how = business ? " counting only time inside the engine's business calendar" : " in wall-clock time";
            d.add(def("care.first_response_time" + suffix, NON, MetricUnit.SECONDS, "First agent reply - first inbound"
                    + " message per conversation," + how + "; statistic mean, p50 or p90 over conversations whose"
                    + " first inbound lies in W (method TYPE_7 or NEAREST_RANK). Automated replies do not count.", p,
                    in -> {
                        BusinessCalendar cal = calendar(in, business);
                        List<Double> v = new ArrayList<>();
                        for (CareConversation c : in.conversations(in.window())) {
                            double s = CareMetrics.firstResponseSeconds(c, cal);
                            if (s >= 0) {
                                v.add(s);
                            }
                        }
                        return durationStat(in, v);
                    }));
        }
        d.add(def("care.next_response_time@1", NON, MetricUnit.SECONDS, "For each customer turn after the first: next"
                + " agent reply - the turn's first inbound; the clock stops at resolution.", p, in -> {
                    List<Double> v = new ArrayList<>();
                    for (CareConversation c : in.conversations(in.window())) {
                        v.addAll(CareMetrics.nextResponseSeconds(c, null));
                    }
                    return durationStat(in, v);
                }));
        d.add(def("care.resolution_time@1", NON, MetricUnit.SECONDS, "Final resolution - creation per resolved"
                + " conversation.", p, in -> resolution(in, false)));
        d.add(def("care.resolution_time.open_intervals@1", NON, MetricUnit.SECONDS, "Sum of the open intervals"
                + " (creation or reopening to resolution) per resolved conversation.", p, in -> resolution(in, true)));
        d.add(def("care.sla_attainment@1", NON, MetricUnit.RATIO, "First responses within target (parameter"
                + " targetSeconds) / eligible conversations; eligible = responded, or unanswered past the deadline"
                + " at the window end; unanswered within target are pending and excluded.",
                Map.of("targetSeconds", "3600"), in -> {
                    long[] r = CareMetrics.firstResponseSla(in.conversations(in.window()),
                            Duration.ofMillis((long) (param(in, "targetSeconds") * 1000)), in.window().end(), null);
                    return in.ratio(r[0], r[1], Completeness.complete(), null);
                }));
        d.add(def("care.response_rate@1", NON, MetricUnit.RATIO, "Actionable inbound messages followed by an agent"
                + " reply / actionable inbound messages.", Map.of(), in -> {
                    long[] r = CareMetrics.responseRate(in.conversations(in.window()));
                    return in.ratio(r[0], r[1], Completeness.complete(), null);
                }));
    }

    static KpiResult resolution(KpiInputs in, boolean open) {
        List<Double> v = new ArrayList<>();
        for (CareConversation c : in.conversations(in.window())) {
            double s = CareMetrics.resolutionSeconds(c, open, null);
            if (s >= 0) {
                v.add(s);
            }
        }
        return durationStat(in, v);
    }
}
