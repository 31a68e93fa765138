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
 * ten years and for the series of 3,653 daily values.
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
     * @param args KPI ids to measure; the {@link QueryBenchmark} set when none
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
        String[] kpis = args.length > 0 ? args : new String[] {"mentions.volume@1", "share_of_voice.mentions@1",
            "sentiment.net@1", "followers.volume.avg@1", "engagement_rate.followers.macro@1",
            "share_of_voice.sentiment_weighted@1"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Window w = Window.of(START, END);
        System.out.printf("series in the engine: %d%n", engine.footprint().series());
        for (String k : kpis) {
            MetricQuery whole = MetricQuery.builder(KpiId.parse(k), w).brand("acme")
                    .competitors("globex", "initech", "umbrella", "hooli").build();
            MetricQuery daily = MetricQuery.builder(KpiId.parse(k), w).bucket(BucketUnit.DAY).brand("acme")
                    .competitors("globex", "initech", "umbrella", "hooli").build();
            long sink = 0;
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
            System.out.printf("%-40s one value over ten years: %8.1f us CPU; 3,653 daily values: %9.1f us CPU [%d]%n",
                    k, one, series, sink);
        }
    }
}
