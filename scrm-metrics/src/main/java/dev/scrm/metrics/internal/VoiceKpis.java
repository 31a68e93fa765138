package dev.scrm.metrics.internal;

import static dev.scrm.metrics.internal.StandardKpis.*;

import dev.scrm.core.Completeness;
import dev.scrm.core.ConfidenceInterval;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricUnit;
import dev.scrm.metrics.NetSentiment;
import dev.scrm.metrics.OverlapPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Mentions, share of voice and sentiment definitions (formula sheet sections 1, 8 and 10). */
final class VoiceKpis {

    private VoiceKpis() {
    }

    // mentions

    static void mentions(List<KpiDefinition> d) {
        d.add(def("mentions.volume@1", ADD, MetricUnit.COUNT, "M_b: inbound mentions, replies, comments and reviews"
                + " naming the brand in W, deduplicated on the interaction id; reposts are not extra mentions.",
                Map.of(), in -> count(in, Counter.MENTIONS)));
        d.add(def("mentions.volume.with_reposts@1", ADD, MetricUnit.COUNT, "M_b plus one per repost or boost.",
                Map.of(), in -> count(in, Counter.MENTIONS, Counter.REPOSTS)));
        d.add(def("mentions.volume.by_sentiment@1", ADD, MetricUnit.COUNT, "P_b, N_b, U_b or unrated mentions,"
                + " chosen by parameter label (POSITIVE, NEGATIVE, NEUTRAL, UNRATED).", Map.of("label", "POSITIVE"),
                in -> count(in, Counter.valueOf(in.parameter("label").toUpperCase(Locale.ROOT)))));
        d.add(def("mentions.unique_authors@1", NON, MetricUnit.COUNT, "#{author(i) : i mentions the brand in W} over"
                + " the whole window (never the sum of daily counts): exact up to 1,024 authors per bucket, else a"
                + " HyperLogLog estimate (2^12 registers, about 1.6 % relative standard error) with a 95 % interval."
                + " Needs an engine built with uniqueAuthors(true).", Map.of(), in -> {
                    Optional<dev.scrm.metrics.UniqueCount> u = in.uniqueAuthors(in.query().brand(), in.window());
                    if (u.isEmpty()) {
                        return in.missing(KpiStatus.UNAVAILABLE, "UNIQUE_AUTHORS_NOT_TRACKED",
                                new Completeness(0, List.of("author sketches")));
                    }
                    dev.scrm.metrics.UniqueCount c = u.get();
                    if (c.exact()) {
                        return in.value(c.value(), coverage(in), Map.of());
                    }
                    double half = 1.96 * c.relativeStandardError() * c.value();
                    KpiResult r = in.value(c.value(), coverage(in), Map.of("relativeStandardError",
                            c.relativeStandardError()));
                    dev.scrm.core.Metric m = r.metric();
                    return new KpiResult(new dev.scrm.core.Metric(m.kpi(), m.window(), m.zone(), m.dimensions(),
                            m.value(), null, null, m.completeness(), new ConfidenceInterval(c.value() - half,
                                    c.value() + half, 0.95)), KpiStatus.OK, "", r.unit(), true, r.parameters(),
                            r.components());
                }));
    }

    // share of voice

    static void shareOfVoice(List<KpiDefinition> d) {
        Map<String, String> p = Map.of("overlapPolicy", "COUNT_EACH");
        d.add(def("share_of_voice.mentions@1", NON, MetricUnit.RATIO, "M_b / sum over C of M_c (C includes b);"
                + " multi-brand mentions per overlapPolicy.", p, in -> share(in, Counter.MENTIONS)));
        d.add(def("share_of_voice.reach@1", NON, MetricUnit.RATIO, "Sum of mention reach of b / over C; reach is"
                + " the mention's reach, else its author's followers. A weight, not unique people.", p, in -> {
                    KpiResult r = share(in, Counter.MENTION_REACH);
                    double with = in.setTotal(Counter.MENTIONS_WITH_REACH, OverlapPolicy.COUNT_EACH, in.window());
                    double all = in.setTotal(Counter.MENTIONS, OverlapPolicy.COUNT_EACH, in.window());
                    return withCompleteness(in, r, partial(with, all, "mention reach", coverage(in)));
                }));
        d.add(def("share_of_voice.engagement@1", NON, MetricUnit.RATIO, "Sum of mention engagement of b / over C.",
                p, in -> share(in, Counter.MENTION_ENGAGEMENT)));
        d.add(def("share_of_voice.positive@1", NON, MetricUnit.RATIO, "P_b / sum over C of P_c.", p,
                in -> share(in, Counter.POSITIVE)));
        d.add(def("share_of_voice.negative@1", NON, MetricUnit.RATIO, "N_b / sum over C of N_c.", p,
                in -> share(in, Counter.NEGATIVE)));
        Map<String, String> w = new HashMap<>(p);
        w.put("weightPositive", "1");
        w.put("weightNeutral", "0.5");
        w.put("weightNegative", "0");
        w.put("basis", "MENTIONS");
        d.add(def("share_of_voice.sentiment_weighted@1", NON, MetricUnit.RATIO, "Sum of w(s_m) x_m over b / over C;"
                + " weights >= 0 (default 1, 0.5, 0), x_m = 1, reach or engagement (parameter basis).", w,
                VoiceKpis::weightedShare));
        d.add(def("share_of_voice.net@1", NON, MetricUnit.RATIO, "(P_b - N_b) / sum over C of M_c; may be negative.",
                p, in -> {
                    OverlapPolicy pol = policy(in);
                    String b = in.brand();
                    double num = in.credited(Counter.POSITIVE, b, pol, in.window())
                            - in.credited(Counter.NEGATIVE, b, pol, in.window());
                    return in.ratio(num, in.setTotal(Counter.MENTIONS, pol, in.window()), coverage(in), null);
                }));
        Map<String, String> e = new HashMap<>(p);
        e.put("shareOfMarket", "");
        d.add(def("share_of_voice.excess@1", NON, MetricUnit.PP, "SoV_b - SoM_b in percentage points (as a fraction);"
                + " share of market (a fraction) comes from parameter shareOfMarket.", e, in -> {
                    String som = in.parameter("shareOfMarket");
                    if (som.isBlank()) {
                        return in.missing(KpiStatus.UNAVAILABLE, "NO_SHARE_OF_MARKET",
                                new Completeness(0, List.of("shareOfMarket")));
                    }
                    KpiResult sov = share(in, Counter.MENTIONS);
                    if (sov.status() != KpiStatus.OK) {
                        return sov;
                    }
                    return in.value(sov.value() - param(in, "shareOfMarket"), sov.metric().completeness(),
                            Map.of("shareOfVoice", sov.value(), "shareOfMarket", param(in, "shareOfMarket")));
                }));
        d.add(def("share_of_voice.conversation@1", NON, MetricUnit.RATIO, "M_b / M_category, where the category"
                + " label (parameter category) is matched on branded and unbranded topic mentions.",
                Map.of("category", ""), in -> {
                    String cat = in.parameter("category");
                    if (cat.isBlank()) {
                        throw new IllegalArgumentException("KPI " + in.definition().id() + " needs parameter"
                                + " 'category'");
                    }
                    return in.ratio(in.sum(Counter.MENTIONS, in.brand(), in.window()),
                            in.sum(Counter.MENTIONS, cat, in.window()), coverage(in), null);
                }));
    }

    static KpiResult withCompleteness(KpiInputs in, KpiResult r, Completeness c) {
        if (r.status() != KpiStatus.OK) {
            return in.missing(r.status(), r.reason(), c);
        }
        return in.ratio(r.metric().numerator(), r.metric().denominator(), c, null);
    }

    static KpiResult weightedShare(KpiInputs in) {
        double[] wt = {param(in, "weightPositive"), param(in, "weightNeutral"), param(in, "weightNegative")};
        for (double x : wt) {
            if (!(x >= 0)) {
                throw new IllegalArgumentException("sentiment weights of " + in.definition().id() + " must be >= 0");
            }
        }
        String basis = in.parameter("basis").toUpperCase(Locale.ROOT);
        Counter[] cs;
        switch (basis) {
            case "MENTIONS":
                cs = new Counter[] {Counter.POSITIVE, Counter.NEUTRAL, Counter.NEGATIVE};
                break;
            case "REACH":
                cs = new Counter[] {Counter.POSITIVE_REACH, Counter.NEUTRAL_REACH, Counter.NEGATIVE_REACH};
                break;
            case "ENGAGEMENT":
                cs = new Counter[] {Counter.POSITIVE_ENGAGEMENT, Counter.NEUTRAL_ENGAGEMENT,
                    Counter.NEGATIVE_ENGAGEMENT};
                break;
            default:
                throw new IllegalArgumentException("parameter 'basis' of " + in.definition().id()
                        + " must be MENTIONS, REACH or ENGAGEMENT");
        }
        OverlapPolicy p = policy(in);
        double num = 0;
        double den = 0;
        for (int i = 0; i < 3; i++) {
            num += wt[i] * in.credited(cs[i], in.brand(), p, in.window());
            den += wt[i] * in.setTotal(cs[i], p, in.window());
        }
        return in.ratio(num, den, coverage(in), null);
    }

    // sentiment

    static Completeness rated(KpiInputs in) {
        double unrated = in.sum(Counter.UNRATED);
        double all = in.sum(Counter.MENTIONS);
        return partial(all - unrated, all, "sentiment", coverage(in));
    }

    static void sentiment(List<KpiDefinition> d) {
        d.add(def("sentiment.net@1", NON, MetricUnit.SCORE, "(P - N) / (P + N) in [-1, 1], neutral excluded"
                + " (Talkwalker); Wilson 95 % interval of p = P/(P+N) mapped by 2p - 1, or ci=BOOTSTRAP (2,000"
                + " resamples, fixed seed).", Map.of("ci", "WILSON", "z", "1.96", "seed", "1"), in -> {
                    long p = (long) in.sum(Counter.POSITIVE);
                    long n = (long) in.sum(Counter.NEGATIVE);
                    ConfidenceInterval ci = null;
                    if (p + n > 0) {
                        ci = "BOOTSTRAP".equalsIgnoreCase(in.parameter("ci"))
                                ? NetSentiment.bootstrap(p, n, 2000, 0.95, Long.parseLong(in.parameter("seed")))
                                : NetSentiment.wilson(p, n, param(in, "z"));
                    }
                    return in.ratio(p - n, p + n, rated(in), ci);
                }));
        d.add(def("sentiment.net_total@1", NON, MetricUnit.SCORE, "(P - N) / (P + N + U): neutral dilutes (Symanto).",
                Map.of(), in -> in.ratio(in.sum(Counter.POSITIVE) - in.sum(Counter.NEGATIVE),
                        in.sum(Counter.POSITIVE) + in.sum(Counter.NEGATIVE) + in.sum(Counter.NEUTRAL), rated(in),
                        null)));
        d.add(def("sentiment.share@1", NON, MetricUnit.RATIO, "Share of one label (parameter label) among rated"
                + " mentions: P/(P+N+U), N/(...) or U/(...).", Map.of("label", "POSITIVE"),
                in -> in.ratio(in.sum(Counter.valueOf(in.parameter("label").toUpperCase(Locale.ROOT))),
                        in.sum(Counter.POSITIVE) + in.sum(Counter.NEGATIVE) + in.sum(Counter.NEUTRAL), rated(in),
                        null)));
        d.add(def("sentiment.mean_score@1", NON, MetricUnit.SCORE, "Mean compound score in [-1, 1] of rated mentions.",
                Map.of(), in -> in.ratio(in.sum(Counter.SENTIMENT_SCORE),
                        in.sum(Counter.POSITIVE) + in.sum(Counter.NEGATIVE) + in.sum(Counter.NEUTRAL), rated(in),
                        null)));
    }
}
