package dev.scrm.benchmarks.metrics;

import dev.scrm.core.KpiId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Window;
import dev.scrm.metrics.AudienceSnapshot;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.MetricQuery;
import dev.scrm.metrics.MetricsEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/**
 * Query latency over ten years of daily buckets in thread CPU time, on the {@link QueryBenchmark} data, so the
 * figure holds on a machine shared with other work. Prints CPU microseconds per query for one value over the
 * ten years and for the series of 3,653 daily values, for every standard KPI (or the ids given), and the three
 * slowest single values. KPIs that need a parameter get a plausible one ({@code category}, {@code
 * shareOfMarket}, {@code threshold}).
 *
 * <p>Run: {@code java -cp scrm-benchmarks/target/benchmarks.jar dev.scrm.benchmarks.metrics.QueryCpuTime}.
 */
public final class QueryCpuTime {

    private static final Instant START = Instant.parse("2016-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

    private QueryCpuTime() {
    }

    /**
     * Runs the measurement.
     *
     * @param args KPI ids to measure; every standard KPI when none
     */
    public static void main(String[] args) {
        MetricsEngine engine = MetricsEngine.builder().build();
        long span = END.getEpochSecond() - START.getEpochSecond();
        engine.ingestAll(SyntheticStream.generate((int) (span / 86_400) * 180, START, span, 7));
        for (Instant t = START; t.isBefore(END); t = t.plusSeconds(86_400)) {
            for (String b : SyntheticStream.BRANDS) {
                engine.ingest(AudienceSnapshot.of(PlatformAccountId.of("mastodon", b), b,
                        10_000 + (t.getEpochSecond() - START.getEpochSecond()) / 86_400, t));
            }
        }
        String[] kpis = args.length > 0 ? args : engine.registry().definitions().stream()
                .map(d -> d.id().toString()).toArray(String[]::new);
        java.util.Map<String, Double> slowest = new java.util.TreeMap<>();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Window w = Window.of(START, END);
        System.out.printf("series in the engine: %d%n", engine.footprint().series());
        for (String k : kpis) {
            MetricQuery whole = query(k, w, null);
            MetricQuery daily = query(k, w, BucketUnit.DAY);
            long sink = 0;
            try {
                engine.explain(whole);
            } catch (IllegalArgumentException e) {
                System.out.printf("%-48s not measured: %s%n", k, e.getMessage());
                continue;
            }
            for (int i = 0; i < 300; i++) {
                sink += engine.explain(whole).hashCode();
            }
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 300; i++) {
                sink += engine.explain(whole).hashCode();
            }
            double one = (mx.getCurrentThreadCpuTime() - c0) / 300e3;
            for (int i = 0; i < 10; i++) {
                sink += engine.series(daily).size();
            }
            c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) {
                sink += engine.series(daily).size();
            }
            double series = (mx.getCurrentThreadCpuTime() - c0) / 20e3;
            System.out.printf("%-48s one value over ten years: %8.1f us CPU; 3,653 daily values: %9.1f us CPU [%d]%n",
                    k, one, series, sink);
            slowest.put(k, one);
        }
        slowest.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(3)
                .forEach(e -> System.out.printf("slowest: %-48s %8.1f us CPU%n", e.getKey(), e.getValue()));
    }

    private static MetricQuery query(String kpi, Window w, BucketUnit bucket) {
        MetricQuery.Builder b = MetricQuery.builder(KpiId.parse(kpi), w).brand("acme")
                .competitors("globex", "initech", "umbrella", "hooli").parameter("category", "globex")
                .parameter("shareOfMarket", "0.2").parameter("threshold", "100");
        if (bucket != null) {
            b.bucket(bucket);
        }
        return b.build();
    }
}
