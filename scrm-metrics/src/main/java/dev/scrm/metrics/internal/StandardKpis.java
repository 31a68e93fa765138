package dev.scrm.metrics.internal;

import dev.scrm.core.Completeness;
import dev.scrm.core.KpiId;
import dev.scrm.metrics.Additivity;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiFormula;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricUnit;
import dev.scrm.metrics.OverlapPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The definitions of the SDK's formula sheet ({@code kpi-formulas.md}), version 1. */
public final class StandardKpis {

    static final Additivity ADD = Additivity.ADDITIVE;
    static final Additivity SEMI = Additivity.SEMI_ADDITIVE;
    static final Additivity NON = Additivity.NON_ADDITIVE;

    private StandardKpis() {
    }

    static KpiDefinition def(String id, Additivity a, MetricUnit u, String description, Map<String, String> p,
            KpiFormula f) {
        return new KpiDefinition(KpiId.parse(id), a, u, description, p, false, f);
    }

    static KpiDefinition estimated(String id, String description, KpiFormula f) {
        return new KpiDefinition(KpiId.parse(id), ADD, MetricUnit.COUNT, description, Map.of(), true, f);
    }

    /**
     * Every standard definition.
     *
     * @return the definitions
     */
    public static List<KpiDefinition> all() {
        List<KpiDefinition> d = new ArrayList<>();
        VoiceKpis.mentions(d);
        VoiceKpis.shareOfVoice(d);
        VoiceKpis.sentiment(d);
        EngagementKpis.engagement(d);
        EngagementKpis.kaushik(d);
        AudienceKpis.followers(d);
        WebSearchKpis.web(d);
        WebSearchKpis.search(d);
        EngagementKpis.impressions(d);
        CareKpis.care(d);
        AlertKpis.alerts(d);
        external(d, "influence.score@1", MetricUnit.SCORE, "InfluenceScore");
        external(d, "roi.social@1", MetricUnit.RATIO, "SocialRoi");
        external(d, "content.acceptance_rate.item@1", MetricUnit.RATIO, "ContentAcceptance");
        external(d, "content.acceptance_rate.interaction@1", MetricUnit.RATIO, "ContentAcceptance");
        return d;
    }

    static void external(List<KpiDefinition> d, String id, MetricUnit unit, String calculator) {
        d.add(def(id, NON, unit, "Computed from per-item or per-author inputs by " + calculator
                + "; the engine's aggregates do not hold them.", Map.of(),
                in -> in.missing(KpiStatus.UNAVAILABLE, "COMPUTED_BY_" + calculator, new Completeness(0,
                        List.of("per-item inputs")))));
    }

    // helpers

    static Completeness coverage(KpiInputs in) {
        double c = in.coverage(in.window());
        return c >= 1.0 ? Completeness.complete() : new Completeness(c, List.of("connector coverage"));
    }

    static Completeness partial(double have, double of, String missing, Completeness base) {
        if (of <= 0 || have >= of) {
            return base;
        }
        List<String> m = new ArrayList<>(base.missing());
        m.add(missing);
        return new Completeness(Math.min(base.coverage(), have / of), m);
    }

    /**
     * The completeness of inputs reported per bucket: the share of the window's buckets with at least one
     * report, on top of a base completeness (0 when no bucket has one).
     */
    static Completeness reported(KpiInputs in, Counter reports, String brand, String what, Completeness base) {
        double[] r = in.bucketSums(reports, brand, in.window());
        int n = 0;
        for (double x : r) {
            if (x > 0) {
                n++;
            }
        }
        return partial(n, r.length, what, base);
    }

    static KpiResult count(KpiInputs in, Counter... counters) {
        double v = 0;
        for (Counter c : counters) {
            v += in.sum(c);
        }
        return in.value(v, coverage(in), Map.of());
    }

    static OverlapPolicy policy(KpiInputs in) {
        return OverlapPolicy.valueOf(in.parameter("overlapPolicy").toUpperCase(Locale.ROOT));
    }

    static KpiResult share(KpiInputs in, Counter c) {
        String b = in.brand();
        OverlapPolicy p = policy(in);
        return in.ratio(in.credited(c, b, p, in.window()), in.setTotal(c, p, in.window()), coverage(in), null);
    }

    static double param(KpiInputs in, String name) {
        try {
            return Double.parseDouble(in.parameter(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' of KPI " + in.definition().id()
                    + " must be a number", e);
        }
    }
}
