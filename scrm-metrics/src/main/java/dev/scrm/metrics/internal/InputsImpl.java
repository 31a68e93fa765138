package dev.scrm.metrics.internal;

import dev.scrm.core.Completeness;
import dev.scrm.core.ConfidenceInterval;
import dev.scrm.core.Metric;
import dev.scrm.core.Window;
import dev.scrm.metrics.CareConversation;
import dev.scrm.metrics.CareEvent;
import dev.scrm.metrics.CareEventType;
import dev.scrm.metrics.ConversationId;
import dev.scrm.metrics.Counter;
import dev.scrm.metrics.KeywordSearchVolume;
import dev.scrm.metrics.KpiDefinition;
import dev.scrm.metrics.KpiInputs;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.KpiStatus;
import dev.scrm.metrics.MetricQuery;
import dev.scrm.metrics.OverlapPolicy;
import dev.scrm.metrics.SearchInterest;
import dev.scrm.metrics.WebTrafficFigures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/** The engine's {@link KpiInputs}: reads the locked series and side stores of one query. Not thread-safe. */
final class InputsImpl implements KpiInputs {

    private final EngineCore core;
    private final List<Map.Entry<SeriesKey, Series>> entries;
    private final KpiDefinition definition;
    private final MetricQuery query;
    private final ZoneId zone;
    private final Map<String, String> dimensions;
    private final Map<String, String> parameters;
    Window window;
    long windowA = Long.MIN_VALUE;
    long windowB;
    boolean multi;
    private int calls;
    private final long qa;
    private final long qb;
    private final Map<CacheKey, Weighted> weightedCache = new java.util.HashMap<>();
    private final Map<CacheKey, double[]> prefixCache = new java.util.HashMap<>();

    InputsImpl(EngineCore core, List<Map.Entry<SeriesKey, Series>> entries, KpiDefinition definition,
            MetricQuery query, ZoneId zone) {
        this.core = core;
        this.entries = entries;
        this.definition = definition;
        this.query = query;
        this.zone = zone;
        this.window = query.window();
        this.qa = core.clock.boundary(query.window().start(), "window start");
        this.qb = core.clock.boundary(query.window().end(), "window end");
        Map<String, String> dims = new TreeMap<>();
        if (query.brand() != null) {
            dims.put("brand", query.brand());
        }
        if (query.competitors().size() > 1) {
            dims.put("competitor_set", String.join(",", query.competitors()));
        }
        if (query.platform() != null) {
            dims.put("platform", query.platform().id());
        }
        if (query.campaign() != null) {
            dims.put("campaign", query.campaign());
        }
        if (query.segment() != null) {
            dims.put("segment", query.segment());
        }
        this.dimensions = Map.copyOf(dims);
        Map<String, String> params = new TreeMap<>(definition.defaults());
        params.putAll(query.parameters());
        this.parameters = Map.copyOf(params);
    }

    @Override
    public MetricQuery query() {
        return query;
    }

    @Override
    public Window window() {
        return window;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public List<Window> buckets(Window w) {
        long a = core.clock.boundary(w.start(), "window start");
        long b = core.clock.boundary(w.end(), "window end");
        List<Window> out = new ArrayList<>((int) Math.min(b - a, 1 << 20));
        Instant s = w.start();
        for (long i = a; i < b; i++) {
            Instant e = i + 1 == b ? w.end() : core.clock.start(i + 1);
            out.add(Window.of(s, e));
            s = e;
        }
        return out;
    }

    @Override
    public KpiDefinition definition() {
        return definition;
    }

    @Override
    public String parameter(String name) {
        String v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("KPI " + definition.id() + " needs parameter '" + name + "'");
        }
        return v;
    }

    @Override
    public String brand() {
        if (query.brand() == null) {
            throw new IllegalArgumentException("KPI " + definition.id() + " needs a brand in the query");
        }
        return query.brand();
    }

    /** The series of a brand (all series for {@code null}) with their weight under an overlap policy. */
    private record Weighted(Series[] series, double[] weights) {
    }

    private record CacheKey(int slot, String brand, OverlapPolicy policy) {
    }

    private Weighted weighted(String brand, OverlapPolicy policy) {
        CacheKey key = new CacheKey(-1, brand, policy);
        Weighted w = weightedCache.get(key);
        if (w != null) {
            return w;
        }
        Set<String> set = query.competitors();
        List<Series> list = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<SeriesKey, Series> e : entries) {
            Set<String> named = e.getKey().brands();
            if (brand != null && !named.contains(brand)) {
                continue;
            }
            double weight = 1;
            if (policy != null && policy != OverlapPolicy.COUNT_EACH) {
                int k = 0;
                for (String n : named) {
                    if (set.contains(n)) {
                        k++;
                    }
                }
                if (k > 1) {
                    weight = policy == OverlapPolicy.EXCLUDE ? 0 : 1.0 / k;
                }
            }
            if (weight > 0) {
                list.add(e.getValue());
                weights.add(weight);
            }
        }
        double[] wa = new double[weights.size()];
        for (int i = 0; i < wa.length; i++) {
            wa[i] = weights.get(i);
        }
        w = new Weighted(list.toArray(new Series[0]), wa);
        weightedCache.put(key, w);
        return w;
    }

    private double total(int slot, String brand, OverlapPolicy policy, Window w) {
        long a;
        long b;
        if (w == window && windowA != Long.MIN_VALUE) {
            a = windowA;
            b = windowB;
        } else {
            a = core.clock.boundary(w.start(), "window start");
            b = core.clock.boundary(w.end(), "window end");
            if (w == window) {
                windowA = a;
                windowB = b;
            }
        }
        Weighted ws = weighted(brand, policy);
        if (!multi && ++calls > 64) {
            // a formula that walks many buckets (per-bucket follower joins) is served from prefix sums too
            multi = true;
        }
        if (multi && a >= qa && b <= qb) {
            double[] prefix = prefix(slot, brand, policy);
            return (prefix[(int) (b - qa)] - prefix[(int) (a - qa)]) / Slots.SCALE[slot];
        }
        double s = 0;
        for (int i = 0; i < ws.series.length; i++) {
            double v = ws.series[i].sum(slot, a, b);
            s += ws.weights[i] == 1 ? v : v * ws.weights[i];
        }
        return s / Slots.SCALE[slot];
    }

    /** Prefix sums of a slot over the query window, cached for the query. */
    private double[] prefix(int slot, String brand, OverlapPolicy policy) {
        CacheKey key = new CacheKey(slot, brand, policy);
        double[] prefix = prefixCache.get(key);
        if (prefix == null) {
            Weighted ws = weighted(brand, policy);
            double[] dense = new double[(int) (qb - qa)];
            for (int i = 0; i < ws.series.length; i++) {
                ws.series[i].addTo(slot, qa, qb, dense, ws.weights[i]);
            }
            prefix = new double[dense.length + 1];
            for (int i = 0; i < dense.length; i++) {
                prefix[i + 1] = prefix[i] + dense[i];
            }
            prefixCache.put(key, prefix);
        }
        return prefix;
    }

    @Override
    public double sum(Counter counter, String brand, Window w) {
        return total(counter.ordinal(), brand, null, w);
    }

    @Override
    public double sum(Counter counter) {
        return sum(counter, query.brand(), window);
    }

    @Override
    public double credited(Counter counter, String brand, OverlapPolicy policy, Window w) {
        return total(counter.ordinal(), brand, java.util.Objects.requireNonNull(policy, "policy"), w);
    }

    @Override
    public double[] bucketSums(Counter counter, String brand, Window w) {
        long a = core.clock.boundary(w.start(), "window start");
        long b = core.clock.boundary(w.end(), "window end");
        int slot = counter.ordinal();
        double[] dense = new double[(int) (b - a)];
        if (a >= qa && b <= qb && dense.length > 0) {
            double[] prefix = prefix(slot, brand, null);
            int o = (int) (a - qa);
            for (int i = 0; i < dense.length; i++) {
                dense[i] = (prefix[o + i + 1] - prefix[o + i]) / Slots.SCALE[slot];
            }
            return dense;
        }
        Weighted ws = weighted(brand, null);
        for (int i = 0; i < ws.series.length; i++) {
            ws.series[i].addTo(slot, a, b, dense, ws.weights[i]);
        }
        double scale = Slots.SCALE[slot];
        if (scale != 1) {
            for (int i = 0; i < dense.length; i++) {
                dense[i] /= scale;
            }
        }
        return dense;
    }

    @Override
    public double[] bucketFollowers(String brand, Window w) {
        long a = core.clock.boundary(w.start(), "window start");
        long b = core.clock.boundary(w.end(), "window end");
        int n = (int) (b - a);
        // the last instant of each bucket, in epoch nanoseconds relative to the window start
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            Instant e = i + 1 == n ? w.end() : core.clock.start(a + i + 1);
            ends[i] = e.getEpochSecond();
        }
        double[] out = new double[n];
        boolean[] any = new boolean[n];
        for (EngineCore.AccountSnapshots acc : accounts(brand)) {
            java.util.Iterator<Map.Entry<Instant, Long>> it = acc.counts.entrySet().iterator();
            Map.Entry<Instant, Long> next = it.hasNext() ? it.next() : null;
            long value = 0;
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                // snapshots strictly before the bucket's end count (the last instant is end - 1 ns)
                while (next != null && next.getKey().getEpochSecond() < ends[i]) {
                    value = next.getValue();
                    seen = true;
                    next = it.hasNext() ? it.next() : null;
                }
                if (seen) {
                    out[i] += value;
                    any[i] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!any[i]) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    @Override
    public Map<String, Double> breakdown(Counter counter, String brand, Window w, String dimension) {
        java.util.function.Function<SeriesKey, String> f;
        switch (dimension) {
            case "platform":
                f = k -> k.platform().id();
                break;
            case "campaign":
                f = k -> k.campaign() == null ? "" : k.campaign();
                break;
            case "segment":
                f = k -> k.segment() == null ? "" : k.segment();
                break;
            default:
                throw new IllegalArgumentException("no breakdown by dimension '" + dimension + "'");
        }
        long a = core.clock.boundary(w.start(), "window start");
        long b = core.clock.boundary(w.end(), "window end");
        int slot = counter.ordinal();
        Map<String, Double> out = new TreeMap<>();
        for (Map.Entry<SeriesKey, Series> e : entries) {
            if (brand == null || e.getKey().brands().contains(brand)) {
                out.merge(f.apply(e.getKey()), e.getValue().sum(slot, a, b) / Slots.SCALE[slot], Double::sum);
            }
        }
        return out;
    }

    @Override
    public double setTotal(Counter counter, OverlapPolicy policy, Window w) {
        double s = 0;
        for (String b : query.competitors()) {
            s += credited(counter, b, policy, w);
        }
        return s;
    }

    @Override
    public Optional<dev.scrm.metrics.UniqueCount> uniqueAuthors(String brand, Window w) {
        if (!core.tracksAuthors()) {
            return Optional.empty();
        }
        long a = core.clock.boundary(w.start(), "window start");
        long b = core.clock.boundary(w.end(), "window end");
        AuthorSketch.Union u = new AuthorSketch.Union();
        for (Series s : weighted(brand, null).series()) {
            s.authorsInto(a, b, u);
        }
        return Optional.of(new dev.scrm.metrics.UniqueCount(u.estimate(), u.isExact(),
                u.isExact() ? 0 : AuthorSketch.RSE));
    }

    @Override
    public double coverage(Window w) {
        double length = w.duration().toMillis();
        double lost = 0;
        for (EngineCore.CoverageReport r : core.coverage) {
            if (query.platform() != null && !query.platform().equals(r.platform())) {
                continue;
            }
            Instant s = r.window().start().isAfter(w.start()) ? r.window().start() : w.start();
            Instant e = r.window().end().isBefore(w.end()) ? r.window().end() : w.end();
            if (e.isAfter(s)) {
                lost += Duration.between(s, e).toMillis() * (1.0 - r.coverage());
            }
        }
        return Math.max(0.0, 1.0 - lost / length);
    }

    private List<EngineCore.AccountSnapshots> accounts(String brand) {
        List<EngineCore.AccountSnapshots> all = core.accountsByBrand.getOrDefault(brand, List.of());
        if (query.platform() == null) {
            return all;
        }
        List<EngineCore.AccountSnapshots> out = new ArrayList<>();
        for (EngineCore.AccountSnapshots a : all) {
            if (a.account.platform().equals(query.platform())) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public OptionalDouble followers(String brand, Instant at) {
        double sum = 0;
        boolean any = false;
        for (EngineCore.AccountSnapshots a : accounts(brand)) {
            Map.Entry<Instant, Long> e = a.counts.floorEntry(at);
            if (e != null) {
                sum += e.getValue();
                any = true;
            }
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble followersMean(String brand, Window w) {
        double sum = 0;
        boolean any = false;
        for (EngineCore.AccountSnapshots a : accounts(brand)) {
            Map.Entry<Instant, Long> first = a.counts.floorEntry(w.start());
            Instant from = first != null ? w.start() : a.counts.ceilingKey(w.start());
            if (from == null || !from.isBefore(w.end())) {
                continue;
            }
            double integral = 0;
            Instant t = from;
            long value = first != null ? first.getValue() : a.counts.get(from);
            for (Map.Entry<Instant, Long> e : a.counts.subMap(from, false, w.end(), false).entrySet()) {
                integral += value * (double) Duration.between(t, e.getKey()).toMillis();
                t = e.getKey();
                value = e.getValue();
            }
            integral += value * (double) Duration.between(t, w.end()).toMillis();
            sum += integral / Duration.between(from, w.end()).toMillis();
            any = true;
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    @Override
    public double followersFreshness(String brand, Instant at) {
        List<EngineCore.AccountSnapshots> list = accounts(brand);
        if (list.isEmpty()) {
            return 0;
        }
        Instant at1 = at.minusNanos(1);
        long idx = core.clock.index(at1.getEpochSecond());
        Instant oldest = core.clock.start(idx - 1);
        int fresh = 0;
        for (EngineCore.AccountSnapshots a : list) {
            Instant k = a.counts.floorKey(at);
            if (k != null && !k.isBefore(oldest)) {
                fresh++;
            }
        }
        return (double) fresh / list.size();
    }

    @Override
    public Optional<WebTrafficFigures> webFigures(String site, Window w) {
        WebTrafficFigures best = null;
        for (Map.Entry<EngineCore.WebKey, WebTrafficFigures> e : core.web.entrySet()) {
            EngineCore.WebKey k = e.getKey();
            if (k.site().equals(site) && k.period().equals(w)
                    && (best == null || k.source().compareTo(best.source()) < 0)) {
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public List<SearchInterest> searchInterest(String term) {
        return sorted(core.search.get(term), Comparator.comparing(SearchInterest::bucketStart));
    }

    private static <T> List<T> sorted(TreeMap<String, T> values, Comparator<T> order) {
        if (values == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(values.values());
        out.sort(order);
        return out;
    }

    @Override
    public List<KeywordSearchVolume> searchVolumes(String term) {
        return sorted(core.volumes.get(term), Comparator.comparing((KeywordSearchVolume v) -> v.period().start())
                .thenComparing(KeywordSearchVolume::source));
    }

    @Override
    public List<CareConversation> conversations(Window w) {
        List<CareConversation> out = new ArrayList<>();
        for (Map.Entry<ConversationId, LinkedHashSet<CareEvent>> e : core.care.entrySet()) {
            Instant firstInbound = null;
            String brand = null;
            for (CareEvent ev : e.getValue()) {
                if (ev.type() == CareEventType.INBOUND && (firstInbound == null || ev.at().isBefore(firstInbound))) {
                    firstInbound = ev.at();
                }
                if (brand == null && ev.brand() != null) {
                    brand = ev.brand();
                }
            }
            if (firstInbound != null && w.contains(firstInbound)
                    && (query.brand() == null || query.brand().equals(brand))) {
                out.add(new CareConversation(e.getKey(), new ArrayList<>(e.getValue())));
            }
        }
        out.sort(Comparator.comparing(c -> c.id().value()));
        return out;
    }

    @Override
    public Optional<dev.scrm.metrics.BusinessCalendar> businessCalendar() {
        return Optional.ofNullable(core.calendar);
    }

    private Metric metric(Double value, Double num, Double den, Completeness c, ConfidenceInterval ci) {
        return new Metric(definition.id(), window, zone, dimensions, value, num, den, c, ci);
    }

    @Override
    public KpiResult value(double value, Completeness completeness, Map<String, Double> components) {
        return new KpiResult(metric(value, null, null, completeness, null), KpiStatus.OK, "", definition.unit(),
                definition.estimated(), parameters, components);
    }

    @Override
    public KpiResult ratio(double numerator, double denominator, Completeness completeness,
            ConfidenceInterval interval) {
        if (denominator == 0) {
            return new KpiResult(metric(null, numerator, denominator, completeness, null), KpiStatus.UNDEFINED,
                    "ZERO_DENOMINATOR", definition.unit(), definition.estimated(), parameters, Map.of());
        }
        return new KpiResult(metric(numerator / denominator, numerator, denominator, completeness, interval),
                KpiStatus.OK, "", definition.unit(), definition.estimated(), parameters, Map.of());
    }

    @Override
    public KpiResult missing(KpiStatus status, String reason, Completeness completeness) {
        if (status == KpiStatus.OK) {
            throw new IllegalArgumentException("a missing value cannot have status OK");
        }
        return new KpiResult(metric(null, null, null, completeness, null), status, reason, definition.unit(),
                definition.estimated(), parameters, Map.of());
    }
}
