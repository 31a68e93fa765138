package dev.scrm.metrics.internal;

import dev.scrm.core.Completeness;
import dev.scrm.core.ConfidenceInterval;
import dev.scrm.core.KpiId;
import dev.scrm.core.Platform;
import dev.scrm.core.Window;
import dev.scrm.metrics.Additivity;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.BusinessCalendar;
import dev.scrm.metrics.CareConversation;
import dev.scrm.metrics.CareMetrics;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiFormula;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricUnit;
import dev.scrm.metrics.NetSentiment;
import dev.scrm.metrics.OverlapPolicy;
import dev.scrm.metrics.Percentiles;
import dev.scrm.metrics.SearchInterest;
import dev.scrm.metrics.SearchScope;
import dev.scrm.metrics.SpikeDetector;
import dev.scrm.metrics.WebTrafficFigures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToLongFunction;

/** The definitions of the SDK's formula sheet ({@code kpi-formulas.md}), version 1. */
public final class StandardKpis {

    private static final Additivity ADD = Additivity.ADDITIVE;
    private static final Additivity SEMI = Additivity.SEMI_ADDITIVE;
    private static final Additivity NON = Additivity.NON_ADDITIVE;

    private StandardKpis() {
    }

    private static KpiDefinition def(String id, Additivity a, MetricUnit u, String description, Map<String, String> p,
            KpiFormula f) {
        return new KpiDefinition(KpiId.parse(id), a, u, description, p, false, f);
    }

    private static KpiDefinition estimated(String id, String description, KpiFormula f) {
        return new KpiDefinition(KpiId.parse(id), ADD, MetricUnit.COUNT, description, Map.of(), true, f);
    }

    /**
     * Every standard definition.
     *
     * @return the definitions
     */
    public static List<KpiDefinition> all() {
        List<KpiDefinition> d = new ArrayList<>();
        mentions(d);
        shareOfVoice(d);
        sentiment(d);
        engagement(d);
        kaushik(d);
        followers(d);
        web(d);
        search(d);
        impressions(d);
        care(d);
        d.add(def("alerts.spike.robust_z@1", NON, MetricUnit.SCORE, "Robust z score of mentions.volume@1 in the"
                + " window (one closed bucket) against the same hour of the week over the previous N weeks: median"
                + " baseline, sigma = max(1.4826 MAD, max(1, sqrt(mu))). Components: x, mu, mad, sigma, severity,"
                + " longevity, the baseline buckets and the top drivers by platform and campaign (each value's"
                + " x - median of its own baseline); severity 0 (suppressed) when coverage < 0.9.",
                Map.of("weeks", "8", "k", "3", "longevityLimit", "168"), StandardKpis::spike));
        external(d, "influence.score@1", MetricUnit.SCORE, "InfluenceScore");
        external(d, "roi.social@1", MetricUnit.RATIO, "SocialRoi");
        external(d, "content.acceptance_rate.item@1", MetricUnit.RATIO, "ContentAcceptance");
        external(d, "content.acceptance_rate.interaction@1", MetricUnit.RATIO, "ContentAcceptance");
        return d;
    }

    private static void external(List<KpiDefinition> d, String id, MetricUnit unit, String calculator) {
        d.add(def(id, NON, unit, "Computed from per-item or per-author inputs by " + calculator
                + "; the engine's aggregates do not hold them.", Map.of(),
                in -> in.missing(KpiStatus.UNAVAILABLE, "COMPUTED_BY_" + calculator, new Completeness(0,
                        List.of("per-item inputs")))));
    }

    // ---- helpers ----

    private static Completeness coverage(KpiInputs in) {
        double c = in.coverage(in.window());
        return c >= 1.0 ? Completeness.complete() : new Completeness(c, List.of("connector coverage"));
    }

    private static Completeness partial(double have, double of, String missing, Completeness base) {
        if (of <= 0 || have >= of) {
            return base;
        }
        List<String> m = new ArrayList<>(base.missing());
        m.add(missing);
        return new Completeness(Math.min(base.coverage(), have / of), m);
    }

    private static KpiResult count(KpiInputs in, Counter... counters) {
        double v = 0;
        for (Counter c : counters) {
            v += in.sum(c);
        }
        return in.value(v, coverage(in), Map.of());
    }

    private static OverlapPolicy policy(KpiInputs in) {
        return OverlapPolicy.valueOf(in.parameter("overlapPolicy").toUpperCase(Locale.ROOT));
    }

    private static KpiResult share(KpiInputs in, Counter c) {
        String b = in.brand();
        OverlapPolicy p = policy(in);
        return in.ratio(in.credited(c, b, p, in.window()), in.setTotal(c, p, in.window()), coverage(in), null);
    }

    private static double param(KpiInputs in, String name) {
        try {
            return Double.parseDouble(in.parameter(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' of KPI " + in.definition().id()
                    + " must be a number", e);
        }
    }

    // ---- mentions ----

    private static void mentions(List<KpiDefinition> d) {
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

    // ---- share of voice ----

    private static void shareOfVoice(List<KpiDefinition> d) {
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
                StandardKpis::weightedShare));
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

    private static KpiResult withCompleteness(KpiInputs in, KpiResult r, Completeness c) {
        if (r.status() != KpiStatus.OK) {
            return in.missing(r.status(), r.reason(), c);
        }
        return in.ratio(r.metric().numerator(), r.metric().denominator(), c, null);
    }

    private static KpiResult weightedShare(KpiInputs in) {
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

    // ---- sentiment ----

    private static Completeness rated(KpiInputs in) {
        double unrated = in.sum(Counter.UNRATED);
        double all = in.sum(Counter.MENTIONS);
        return partial(all - unrated, all, "sentiment", coverage(in));
    }

    private static void sentiment(List<KpiDefinition> d) {
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

    // ---- engagement ----

    private static Completeness postsComplete(KpiInputs in) {
        double posts = in.sum(Counter.POSTS);
        return partial(posts - in.sum(Counter.POSTS_ENGAGEMENT_INCOMPLETE), posts, "engagement counters",
                coverage(in));
    }

    /** Posts and per-post followers at publication, per bucket: {sum E/F, sum X/F, posts with F, posts}. */
    private static double[] perFollower(KpiInputs in, Counter x) {
        String b = in.query().brand();
        double sumEf = 0;
        double postsWithF = 0;
        double posts = 0;
        double sumF = 0;
        double sumX = 0;
        for (Window w : in.buckets(in.window())) {
            double n = in.sum(Counter.POSTS, b, w);
            if (n == 0) {
                continue;
            }
            posts += n;
            OptionalDouble f = b == null ? OptionalDouble.empty() : in.followers(b, w.end().minusNanos(1));
            if (f.isPresent() && f.getAsDouble() > 0) {
                double xv = in.sum(x, b, w);
                sumEf += xv / f.getAsDouble();
                postsWithF += n;
                sumF += n * f.getAsDouble();
                sumX += xv;
            }
        }
        return new double[] {sumEf, postsWithF, posts, sumF, sumX};
    }

    private static void engagement(List<KpiDefinition> d) {
        d.add(def("engagement.count@1", ADD, MetricUnit.COUNT, "E on owned posts: the platform's dated composition"
                + " (EngagementCompositions) at the post's date; a missing counter counts 0 and lowers completeness.",
                Map.of(), in -> in.value(in.sum(Counter.POST_ENGAGEMENT), postsComplete(in), Map.of())));
        d.add(def("engagement_rate.reach.pooled@1", NON, MetricUnit.RATIO, "Sum E / sum R_post over posts reporting"
                + " reach (per reach-exposure, not unique reach).", Map.of(), in -> in.ratio(
                        in.sum(Counter.POST_ENGAGEMENT_WITH_REACH), in.sum(Counter.POST_REACH),
                        partial(in.sum(Counter.POSTS_WITH_REACH), in.sum(Counter.POSTS), "post reach", postsComplete(in)),
                        null)));
        d.add(def("engagement_rate.reach.macro@1", NON, MetricUnit.RATIO, "(1/n) sum of E_post / R_post over posts"
                + " reporting reach (Hootsuite's average ER).", Map.of(), in -> in.ratio(
                        in.sum(Counter.POST_ER_REACH_SUM), in.sum(Counter.POSTS_WITH_REACH),
                        partial(in.sum(Counter.POSTS_WITH_REACH), in.sum(Counter.POSTS), "post reach", postsComplete(in)),
                        null)));
        d.add(def("engagement_rate.impressions.pooled@1", NON, MetricUnit.RATIO, "Sum E / sum I over posts reporting"
                + " impressions.", Map.of(), in -> in.ratio(in.sum(Counter.POST_ENGAGEMENT_WITH_IMPRESSIONS),
                        in.sum(Counter.POST_IMPRESSIONS), partial(in.sum(Counter.POSTS_WITH_IMPRESSIONS),
                                in.sum(Counter.POSTS), "post impressions", postsComplete(in)), null)));
        d.add(def("engagement_rate.impressions.macro@1", NON, MetricUnit.RATIO, "(1/n) sum of E_post / I_post.",
                Map.of(), in -> in.ratio(in.sum(Counter.POST_ER_IMPRESSIONS_SUM), in.sum(Counter.POSTS_WITH_IMPRESSIONS),
                        partial(in.sum(Counter.POSTS_WITH_IMPRESSIONS), in.sum(Counter.POSTS), "post impressions",
                                postsComplete(in)), null)));
        d.add(def("engagement_rate.followers.pooled@1", NON, MetricUnit.RATIO, "Sum E / sum F_pub, F_pub = the brand's"
                + " follower footprint during the post's bucket.", Map.of(), in -> {
                    double[] r = perFollower(in, Counter.POST_ENGAGEMENT);
                    return in.ratio(r[4], r[3], partial(r[1], r[2], "followers", postsComplete(in)), null);
                }));
        d.add(def("engagement_rate.followers.macro@1", NON, MetricUnit.RATIO, "(1/n) sum of E_post / F_pub.", Map.of(),
                in -> {
                    double[] r = perFollower(in, Counter.POST_ENGAGEMENT);
                    return in.ratio(r[0], r[1], partial(r[1], r[2], "followers", postsComplete(in)), null);
                }));
        d.add(def("engagement_rate.daily@1", NON, MetricUnit.RATIO, "E_X / (X F): engagement over X local days"
                + " divided by X times the time-weighted mean footprint.", Map.of(), in -> {
                    String b = in.brand();
                    OptionalDouble f = in.followersMean(b, in.window());
                    if (f.isEmpty()) {
                        return in.missing(KpiStatus.UNAVAILABLE, "NO_SNAPSHOT", new Completeness(0, List.of("followers")));
                    }
                    int days = BucketClock.boundaries(in.window().start(), in.window().end(), BucketUnit.DAY,
                            in.zone()).size() - 1;
                    return in.ratio(in.sum(Counter.POST_ENGAGEMENT), days * f.getAsDouble(), postsComplete(in), null);
                }));
        d.add(def("virality_rate@1", NON, MetricUnit.RATIO, "Shares / impressions of owned posts reporting impressions.",
                Map.of(), in -> in.ratio(in.sum(Counter.POST_SHARES), in.sum(Counter.POST_IMPRESSIONS),
                        partial(in.sum(Counter.POSTS_WITH_IMPRESSIONS), in.sum(Counter.POSTS), "post impressions",
                                coverage(in)), null)));
    }

    // ---- Kaushik ----

    private static void kaushik(List<KpiDefinition> d) {
        String[][] rates = {{"conversation_rate", "POST_REPLIES"}, {"amplification_rate", "POST_SHARES"},
            {"applause_rate", "POST_LIKES"}};
        for (String[] r : rates) {
            Counter c = Counter.valueOf(r[1]);
            boolean amp = r[0].equals("amplification_rate");
            Map<String, String> p = amp ? Map.of("includeQuotes", "false") : Map.of();
            d.add(def("kaushik." + r[0] + ".per_post@1", NON, MetricUnit.RATIO, "Sum of " + c.name().toLowerCase(
                    Locale.ROOT) + " over owned posts / n posts.", p, in -> {
                        KpiResult u = unavailableApplause(in, c);
                        if (u != null) {
                            return u;
                        }
                        double x = in.sum(c) + (amp && Boolean.parseBoolean(in.parameter("includeQuotes"))
                                ? in.sum(Counter.POST_QUOTES) : 0);
                        return in.ratio(x, in.sum(Counter.POSTS), coverage(in), null);
                    }));
            for (String[] norm : new String[][] {{"per_follower", "1"}, {"per_1000_followers", "1000"}}) {
                double scale = Double.parseDouble(norm[1]);
                d.add(def("kaushik." + r[0] + "." + norm[0] + "@1", NON, norm[1].equals("1") ? MetricUnit.RATIO
                        : MetricUnit.INDEX, "(1/n) sum over posts of X_p / F_p x " + norm[1] + ", F at publication.",
                        p, in -> {
                            KpiResult u = unavailableApplause(in, c);
                            if (u != null) {
                                return u;
                            }
                            double[] v = perFollower(in, c);
                            if (amp && Boolean.parseBoolean(in.parameter("includeQuotes"))) {
                                v[0] += perFollower(in, Counter.POST_QUOTES)[0];
                            }
                            return in.ratio(scale * v[0], v[1], partial(v[1], v[2], "followers", coverage(in)), null);
                        }));
            }
        }
        d.add(def("kaushik.economic_value@1", ADD, MetricUnit.CURRENCY, "Goal value (revenue and cost savings) of"
                + " visits referred by social, from web figures of the site named as brand.", Map.of(),
                in -> webValue(in, in.sum(Counter.WEB_SOCIAL_GOAL_VALUE))));
        d.add(def("kaushik.economic_value.per_visit@1", NON, MetricUnit.CURRENCY, "Economic value / social-referred"
                + " visits.", Map.of(), in -> webRatio(in, Counter.WEB_SOCIAL_GOAL_VALUE, Counter.WEB_SOCIAL_VISITS)));
    }

    private static KpiResult unavailableApplause(KpiInputs in, Counter c) {
        Platform p = in.query().platform();
        if (c == Counter.POST_LIKES && Platform.REDDIT.equals(p)) {
            return in.missing(KpiStatus.UNAVAILABLE, "REDDIT_SCORE_IS_NOT_APPLAUSE",
                    new Completeness(0, List.of("likes")));
        }
        return null;
    }

    // ---- followers ----

    private static Completeness fresh(KpiInputs in, String brand, Instant at) {
        double f = in.followersFreshness(brand, at);
        return f >= 1 ? Completeness.complete() : new Completeness(f, List.of("recent follower snapshot"));
    }

    private static KpiResult noSnapshot(KpiInputs in) {
        return in.missing(KpiStatus.UNAVAILABLE, "NO_SNAPSHOT", new Completeness(0, List.of("followers")));
    }

    private static void followers(List<KpiDefinition> d) {
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
    }

    private static KpiResult growth(KpiInputs in, boolean rate, String base) {
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

    // ---- web ----

    private static Completeness webCompleteness(KpiInputs in) {
        String site = in.brand();
        List<Window> buckets = in.buckets(in.window());
        int reported = 0;
        for (Window w : buckets) {
            if (in.sum(Counter.WEB_REPORTS, site, w) > 0) {
                reported++;
            }
        }
        return reported == buckets.size() ? Completeness.complete()
                : new Completeness((double) reported / buckets.size(), List.of("web figures"));
    }

    private static KpiResult webValue(KpiInputs in, double v) {
        Completeness c = webCompleteness(in);
        if (c.coverage() == 0) {
            return in.missing(KpiStatus.UNAVAILABLE, "NO_WEB_FIGURES", c);
        }
        return in.value(v, c, Map.of());
    }

    private static KpiResult webRatio(KpiInputs in, Counter num, Counter den) {
        Completeness c = webCompleteness(in);
        if (c.coverage() == 0) {
            return in.missing(KpiStatus.UNAVAILABLE, "NO_WEB_FIGURES", c);
        }
        return in.ratio(in.sum(num), in.sum(den), c, null);
    }

    private static KpiResult exactWeb(KpiInputs in, ToLongFunction<WebTrafficFigures> num,
            ToLongFunction<WebTrafficFigures> den, boolean needsNum) {
        Optional<WebTrafficFigures> f = in.webFigures(in.brand(), in.window());
        if (f.isEmpty()) {
            return in.missing(KpiStatus.UNDEFINED, "NOT_ADDITIVE_REQUERY_WINDOW",
                    new Completeness(0, List.of("figures for exactly this window")));
        }
        long n = num.applyAsLong(f.get());
        long dn = den.applyAsLong(f.get());
        if (n < 0 || dn < 0) {
            return in.missing(KpiStatus.UNAVAILABLE, "NO_RETURNING_DIMENSION",
                    new Completeness(0, List.of("visitor-level figures")));
        }
        return needsNum ? in.ratio(n, dn, Completeness.complete(), null)
                : in.value(n, Completeness.complete(), Map.of());
    }

    private static long or(Long v) {
        return v == null ? -1 : v;
    }

    private static void web(List<KpiDefinition> d) {
        d.add(def("web.visits@1", ADD, MetricUnit.COUNT, "Sessions in W (Matomo nb_visits, Plausible visits); the"
                + " brand names the site.", Map.of(), in -> webValue(in, in.sum(Counter.WEB_VISITS))));
        d.add(def("web.pageviews@1", ADD, MetricUnit.COUNT, "Page views (Matomo: nb_actions, all actions).",
                Map.of(), in -> webValue(in, in.sum(Counter.WEB_PAGEVIEWS))));
        d.add(def("web.unique_visitors@1", NON, MetricUnit.COUNT, "Distinct visitors for exactly W, as reported for W;"
                + " never summed from shorter periods (undefined unless re-queried).", Map.of(),
                in -> exactWeb(in, f -> or(f.uniqueVisitors()), f -> 0, false)));
        d.add(def("web.actions_per_visit@1", NON, MetricUnit.RATIO, "Actions / visits, pooled.", Map.of(),
                in -> webRatio(in, Counter.WEB_PAGEVIEWS, Counter.WEB_VISITS)));
        d.add(def("web.bounce_rate@1", NON, MetricUnit.RATIO, "Bounces / visits, pooled (never the mean of daily"
                + " rates).", Map.of(), in -> webRatio(in, Counter.WEB_BOUNCES, Counter.WEB_VISITS)));
        d.add(def("web.avg_visit_duration@1", NON, MetricUnit.SECONDS, "Sum of visit lengths / visits.", Map.of(),
                in -> webRatio(in, Counter.WEB_VISIT_SECONDS, Counter.WEB_VISITS)));
        d.add(def("web.social_referral_share@1", NON, MetricUnit.RATIO, "Visits from social sources / visits.",
                Map.of(), in -> webRatio(in, Counter.WEB_SOCIAL_VISITS, Counter.WEB_VISITS)));
        d.add(def("web.return_visit_rate@1", NON, MetricUnit.RATIO, "Visits by returning visitors / visits (Matomo"
                + " nb_visits_returning / nb_visits); unavailable for sources without a returning dimension.",
                Map.of(), in -> {
                    if (in.sum(Counter.WEB_VISITS) > 0 && in.sum(Counter.WEB_VISITS_WITH_RETURNING) == 0) {
                        return in.missing(KpiStatus.UNAVAILABLE, "NO_RETURNING_DIMENSION",
                                new Completeness(0, List.of("returning visits")));
                    }
                    return webRatio(in, Counter.WEB_RETURNING_VISITS, Counter.WEB_VISITS_WITH_RETURNING);
                }));
        d.add(def("web.return_visitor_rate@1", NON, MetricUnit.RATIO, "WAA: unique visitors of W who had visited"
                + " before W / unique visitors of W, from figures for exactly W.", Map.of(),
                in -> exactWeb(in, f -> f.uniqueVisitors() == null ? -1 : or(f.returningVisitors()),
                        f -> or(f.uniqueVisitors()), true)));
        d.add(def("web.repeat_visitor_rate@1", NON, MetricUnit.RATIO, "WAA: unique visitors with two or more visits"
                + " in W / unique visitors of W; needs visitor-level figures for exactly W.", Map.of(),
                in -> exactWeb(in, f -> f.uniqueVisitors() == null ? -1 : or(f.repeatVisitors()),
                        f -> or(f.uniqueVisitors()), true)));
    }

    // ---- search ----

    private static List<SearchInterest> series(KpiInputs in, String term) {
        List<SearchInterest> out = new ArrayList<>();
        String request = in.query().parameters().get("requestId");
        for (SearchInterest s : in.searchInterest(term)) {
            if (in.window().contains(s.bucketStart()) && (request == null || request.equals(s.scope().requestId()))) {
                out.add(s);
            }
        }
        SearchScope first = out.isEmpty() ? null : out.get(0).scope();
        for (SearchInterest s : out) {
            if (!s.scope().isComparableWith(first)) {
                throw new IllegalArgumentException("search index values of term series come from scopes that"
                        + " cannot be compared; pass parameter requestId");
            }
        }
        return out;
    }

    private static Completeness searchCompleteness(List<SearchInterest> s) {
        long partial = s.stream().filter(SearchInterest::partial).count();
        return partial == 0 ? Completeness.complete()
                : new Completeness(1 - (double) partial / s.size(), List.of("partial search bucket"));
    }

    private static void search(List<KpiDefinition> d) {
        d.add(def("search.interest_index@1", NON, MetricUnit.INDEX, "Mean provider index of the term (the brand) over"
                + " the buckets in W, within one normalisation scope; never summed.", Map.of(), in -> {
                    List<SearchInterest> s = series(in, in.brand());
                    if (s.isEmpty()) {
                        return in.missing(KpiStatus.UNAVAILABLE, "NO_SEARCH_DATA", new Completeness(0, List.of("search")));
                    }
                    double sum = s.stream().mapToDouble(SearchInterest::index).sum();
                    return in.value(sum / s.size(), searchCompleteness(s), Map.of());
                }));
        d.add(def("search.trend_change@1", NON, MetricUnit.RATIO, "(mean of the last k buckets - mean of the k before)"
                + " / mean of the k before, over the buckets in W; one scope only.", Map.of("k", "4"), in -> {
                    int k = Integer.parseInt(in.parameter("k"));
                    List<SearchInterest> s = series(in, in.brand());
                    if (s.size() < 2 * k) {
                        return in.missing(KpiStatus.UNAVAILABLE, "TOO_FEW_BUCKETS", new Completeness(
                                (double) s.size() / (2 * k), List.of("search buckets")));
                    }
                    double prev = 0;
                    double last = 0;
                    for (int i = 0; i < k; i++) {
                        prev += s.get(s.size() - 2 * k + i).index();
                        last += s.get(s.size() - k + i).index();
                    }
                    KpiResult r = in.ratio(last / k - prev / k, prev / k, searchCompleteness(s.subList(s.size() - 2 * k,
                            s.size())), null);
                    return r;
                }));
        d.add(def("search.relative_interest@1", NON, MetricUnit.RATIO, "idx_b / sum over C of idx_c, means over W,"
                + " all terms from one request.", Map.of(), in -> {
                    List<SearchInterest> mine = series(in, in.brand());
                    if (mine.isEmpty()) {
                        return in.missing(KpiStatus.UNAVAILABLE, "NO_SEARCH_DATA", new Completeness(0, List.of("search")));
                    }
                    SearchScope scope = mine.get(0).scope();
                    double total = 0;
                    double own = 0;
                    for (String c : in.query().competitors()) {
                        List<SearchInterest> s = series(in, c);
                        for (SearchInterest x : s) {
                            if (!x.scope().requestId().equals(scope.requestId())) {
                                throw new IllegalArgumentException("relative search interest needs every term from"
                                        + " one request");
                            }
                        }
                        double m = s.stream().mapToDouble(SearchInterest::index).average().orElse(0);
                        total += m;
                        if (c.equals(in.brand())) {
                            own = m;
                        }
                    }
                    return in.ratio(own, total, searchCompleteness(mine), null);
                }));
    }

    // ---- impressions ----

    private static void impressions(List<KpiDefinition> d) {
        d.add(estimated("impressions.estimated.owned@1", "Sum over owned posts of F at publication (F x posts when"
                + " F is constant); an estimate for platforms that report no impressions.", in -> {
                    double[] r = perFollower(in, Counter.POSTS);
                    return in.value(r[3], partial(r[1], r[2], "followers", coverage(in)), Map.of());
                }));
        d.add(estimated("impressions.estimated.earned@1", "Sum over earned mentions of F_i x factor(F_i), factor"
                + " 0.15 below 100,000 followers, 0.06 above 10,000,000, linear between.", in -> in.value(
                        in.sum(Counter.EARNED_IMPRESSIONS), partial(in.sum(Counter.MENTIONS_WITH_AUTHOR_FOLLOWERS),
                                in.sum(Counter.MENTIONS), "author followers", coverage(in)), Map.of())));
        d.add(estimated("impressions.estimated.total@1", "Owned + earned estimated impressions.", in -> {
            double[] r = perFollower(in, Counter.POSTS);
            Completeness c = partial(r[1], r[2], "followers", partial(in.sum(Counter.MENTIONS_WITH_AUTHOR_FOLLOWERS),
                    in.sum(Counter.MENTIONS), "author followers", coverage(in)));
            return in.value(r[3] + in.sum(Counter.EARNED_IMPRESSIONS), c,
                    Map.of("owned", r[3], "earned", in.sum(Counter.EARNED_IMPRESSIONS)));
        }));
    }

    // ---- customer service ----

    private static BusinessCalendar calendar(KpiInputs in, boolean business) {
        if (!business) {
            return null;
        }
        return in.businessCalendar().orElseThrow(() -> new IllegalArgumentException("KPI " + in.definition().id()
                + " needs an engine built with a business calendar"));
    }

    private static KpiResult durationStat(KpiInputs in, List<Double> values) {
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

    private static void care(List<KpiDefinition> d) {
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

    private static KpiResult resolution(KpiInputs in, boolean open) {
        List<Double> v = new ArrayList<>();
        for (CareConversation c : in.conversations(in.window())) {
            double s = CareMetrics.resolutionSeconds(c, open, null);
            if (s >= 0) {
                v.add(s);
            }
        }
        return durationStat(in, v);
    }

    // ---- spikes ----

    private static KpiResult spike(KpiInputs in) {
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

    private static Window shift(Window w, int weeks, KpiInputs in) {
        ZonedDateTime s = w.start().atZone(in.zone()).minusWeeks(weeks);
        ZonedDateTime e = w.end().atZone(in.zone()).minusWeeks(weeks);
        return Window.of(s.toInstant(), e.toInstant());
    }
}
