package dev.scrm.metrics.internal;

import static dev.scrm.metrics.internal.StandardKpis.*;

import dev.scrm.core.Completeness;
import dev.scrm.core.Platform;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Engagement, engagement rate, Kaushik rates and estimated impressions (sections 9, 11 and 12). */
final class EngagementKpis {

    private EngagementKpis() {
    }

    // engagement

    static Completeness postsComplete(KpiInputs in) {
        double posts = in.sum(Counter.POSTS);
        return partial(posts - in.sum(Counter.POSTS_ENGAGEMENT_INCOMPLETE), posts, "engagement counters",
                coverage(in));
    }

    /** Posts and per-post followers at publication, per bucket: {sum E/F, posts with F, posts, sum F, sum X}. */
    static double[] perFollower(KpiInputs in, Counter x) {
        String b = in.query().brand();
        double[] posts = in.bucketSums(Counter.POSTS, b, in.window());
        double[] f = b == null ? null : in.bucketFollowers(b, in.window());
        double[] xs = null;
        double sumEf = 0;
        double postsWithF = 0;
        double total = 0;
        double sumF = 0;
        double sumX = 0;
        for (int i = 0; i < posts.length; i++) {
            double n = posts[i];
            if (n == 0) {
                continue;
            }
            total += n;
            if (f != null && f[i] > 0) {
                if (xs == null) {
                    xs = in.bucketSums(x, b, in.window());
                }
                sumEf += xs[i] / f[i];
                postsWithF += n;
                sumF += n * f[i];
                sumX += xs[i];
            }
        }
        return new double[] {sumEf, postsWithF, total, sumF, sumX};
    }

    static void engagement(List<KpiDefinition> d) {
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

    // Kaushik

    static void kaushik(List<KpiDefinition> d) {
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
                in -> WebSearchKpis.webValue(in, in.sum(Counter.WEB_SOCIAL_GOAL_VALUE))));
        d.add(def("kaushik.economic_value.per_visit@1", NON, MetricUnit.CURRENCY, "Economic value / social-referred"
                + " visits.", Map.of(), in -> WebSearchKpis.webRatio(in, Counter.WEB_SOCIAL_GOAL_VALUE, Counter.WEB_SOCIAL_VISITS)));
    }

    static KpiResult unavailableApplause(KpiInputs in, Counter c) {
        Platform p = in.query().platform();
        if (c == Counter.POST_LIKES && Platform.REDDIT.equals(p)) {
            return in.missing(KpiStatus.UNAVAILABLE, "REDDIT_SCORE_IS_NOT_APPLAUSE",
                    new Completeness(0, List.of("likes")));
        }
        return null;
    }

    // impressions

    static void impressions(List<KpiDefinition> d) {
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
}
