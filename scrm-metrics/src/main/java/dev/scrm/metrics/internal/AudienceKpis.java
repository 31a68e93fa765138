package dev.scrm.metrics.internal;

import static dev.scrm.metrics.internal.StandardKpis.*;

import dev.scrm.core.Completeness;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiFormula;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricUnit;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Follower volume and growth definitions (sections 2 and 3). */
final class AudienceKpis {

    private AudienceKpis() {
    }

    // followers

    static Completeness fresh(KpiInputs in, String brand, Instant at) {
        double f = in.followersFreshness(brand, at);
        return f >= 1 ? Completeness.complete() : new Completeness(f, List.of("recent follower snapshot"));
    }

    static KpiResult noSnapshot(KpiInputs in) {
        return in.missing(KpiStatus.UNAVAILABLE, "NO_SNAPSHOT", new Completeness(0, List.of("followers")));
    }

    static void followers(List<KpiDefinition> d) {
        KpiFormula last = in -> {
            String b = in.brand();
            OptionalDouble f = in.followers(b, in.window().end());
            return f.isEmpty() ? noSnapshot(in) : in.value(f.getAsDouble(), fresh(in, b, in.window().end()), Map.of());
        };
        d.add(def("followers.volume@1", SEMI, MetricUnit.COUNT, "F(t): the last snapshot at or before the window end"
                + " (LAST), summed over the brand's accounts on the query's platform. Never summed over time.",
                Map.of(), last));
        d.add(def("followers.footprint@1", SEMI, MetricUnit.COUNT, "Sum over the brand's accounts of F(account, t) at"
                + " the window end: an audience footprint (one person counts once per account), summed across"
                + " accounts only.", Map.of(), last));
        d.add(def("followers.volume.avg@1", SEMI, MetricUnit.COUNT, "Time-weighted mean of the snapshots in W (each"
                + " holds until the next; no interpolation).", Map.of(), in -> {
                    OptionalDouble f = in.followersMean(in.brand(), in.window());
                    return f.isEmpty() ? noSnapshot(in) : in.value(f.getAsDouble(), Completeness.complete(), Map.of());
                }));
        d.add(def("followers.net_new@1", ADD, MetricUnit.COUNT, "F_end - F_start from snapshots (telescopes).",
                Map.of(), in -> growth(in, false, null)));
        d.add(def("followers.net_new.events@1", ADD, MetricUnit.COUNT, "Follow events - unfollow events.", Map.of(),
                in -> in.value(in.sum(Counter.FOLLOWS) - in.sum(Counter.UNFOLLOWS), coverage(in), Map.of())));
        d.add(def("followers.new_gross@1", ADD, MetricUnit.COUNT, "Follow events only (Sprout Social's New"
                + " Followers; unlike net new, unfollows are not subtracted).", Map.of(),
                in -> count(in, Counter.FOLLOWS)));
        d.add(def("followers.growth_rate@1", NON, MetricUnit.RATIO, "(F_end - F_start) / F_start; undefined when"
                + " F_start = 0. Consecutive rates compound.", Map.of(), in -> growth(in, true, "START")));
        d.add(def("followers.audience_growth_rate@1", NON, MetricUnit.RATIO, "Net new followers / total audience,"
                + " total audience = F_end (parameter base=END) or F_start (START).", Map.of("base", "END"),
                in -> growth(in, true, in.parameter("base").toUpperCase(Locale.ROOT))));
        d.add(def("followers.gains@1", ADD, MetricUnit.COUNT, "Organic + paid follower gains the platform reports"
                + " per bucket (LinkedIn organicFollowerGains + paidFollowerGains), summed over the brand's accounts"
                + " on the query's platform and over W; components organic and paid. Completeness is the share of"
                + " buckets with a report; unavailable when none has one.", Map.of(), AudienceKpis::gains));
    }

    private static KpiResult gains(KpiInputs in) {
        String b = in.brand();
        Completeness c = reported(in, Counter.FOLLOWER_GAINS_REPORTS, b, "follower gains", coverage(in));
        if (c.coverage() == 0) {
            return in.missing(KpiStatus.UNAVAILABLE, "NO_FOLLOWER_GAINS", c);
        }
        double organic = in.sum(Counter.FOLLOWER_GAINS_ORGANIC, b, in.window());
        double paid = in.sum(Counter.FOLLOWER_GAINS_PAID, b, in.window());
        return in.value(organic + paid, c, Map.of("organic", organic, "paid", paid));
    }

    static KpiResult growth(KpiInputs in, boolean rate, String base) {
        String b = in.brand();
        OptionalDouble s = in.followers(b, in.window().start());
        OptionalDouble e = in.followers(b, in.window().end());
        if (s.isEmpty() || e.isEmpty()) {
            return noSnapshot(in);
        }
        Completeness c = fresh(in, b, in.window().end());
        double net = e.getAsDouble() - s.getAsDouble();
        if (!rate) {
            return in.value(net, c, Map.of("start", s.getAsDouble(), "end", e.getAsDouble()));
        }
        return in.ratio(net, "END".equals(base) ? e.getAsDouble() : s.getAsDouble(), c, null);
    }
}
