package dev.scrm.metrics.internal;

import static dev.scrm.metrics.internal.StandardKpis.*;

import dev.scrm.core.Completeness;
import dev.scrm.core.Window;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KeywordSearchVolume;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricUnit;
import dev.scrm.metrics.SearchInterest;
import dev.scrm.metrics.SearchScope;
import dev.scrm.metrics.WebTrafficFigures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** Web traffic, return and repeat visits, and search definitions (sections 4, 5 and 6). */
final class WebSearchKpis {

    private WebSearchKpis() {
    }

    // web

    static Completeness webCompleteness(KpiInputs in) {
        return reported(in, Counter.WEB_REPORTS, in.brand(), "web figures", Completeness.complete());
    }

    static KpiResult webValue(KpiInputs in, double v) {
        Completeness c = webCompleteness(in);
        if (c.coverage() == 0) {
            return in.missing(KpiStatus.UNAVAILABLE, "NO_WEB_FIGURES", c);
        }
        return in.value(v, c, Map.of());
    }

    static KpiResult webRatio(KpiInputs in, Counter num, Counter den) {
        Completeness c = webCompleteness(in);
        if (c.coverage() == 0) {
            return in.missing(KpiStatus.UNAVAILABLE, "NO_WEB_FIGURES", c);
        }
        return in.ratio(in.sum(num), in.sum(den), c, null);
    }

    static KpiResult exactWeb(KpiInputs in, ToLongFunction<WebTrafficFigures> num,
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

    static long or(Long v) {
        return v == null ? -1 : v;
    }

    static void web(List<KpiDefinition> d) {
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

    // search

    static List<SearchInterest> series(KpiInputs in, String term) {
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

    static Completeness searchCompleteness(List<SearchInterest> s) {
        long partial = s.stream().filter(SearchInterest::partial).count();
        return partial == 0 ? Completeness.complete()
                : new Completeness(1 - (double) partial / s.size(), List.of("partial search bucket"));
    }

    private static KpiResult volume(KpiInputs in) {
        String source = in.parameter("source");
        Window w = in.window();
        long sum = 0;
        long covered = 0;
        int periods = 0;
        Instant keptEnd = null;
        for (KeywordSearchVolume v : in.searchVolumes(in.brand())) {
            Window p = v.period();
            if ((!source.isBlank() && !source.equals(v.source())) || p.start().isBefore(w.start())
                    || p.end().isAfter(w.end()) || (keptEnd != null && p.start().isBefore(keptEnd))) {
                // outside W, another source, or a period overlapping one already counted (another source's cut)
                continue;
            }
            sum += v.searches();
            covered += p.duration().toSeconds();
            keptEnd = p.end();
            periods++;
        }
        if (periods == 0) {
            return in.missing(KpiStatus.UNAVAILABLE, "NO_SEARCH_VOLUME", new Completeness(0, List.of("search volume")));
        }
        Completeness c = partial(covered, w.duration().toSeconds(), "search volume periods", Completeness.complete());
        return in.value(sum, c, Map.of("periods", (double) periods));
    }

    static void search(List<KpiDefinition> d) {
        d.add(def("search.volume@1", ADD, MetricUnit.COUNT, "Absolute searches for the keyword (the brand) in the"
                + " periods a keyword planner reported (typically months) that lie wholly inside W, summed; a"
                + " period that overlaps W only partly is left out and lowers completeness, as do uncovered parts of"
                + " W. Where two sources cut overlapping periods, the earlier period (then the source first in"
                + " alphabetical order) counts; parameter source restricts to one source.", Map.of("source", ""),
                WebSearchKpis::volume));
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
}
