package dev.scrm.benchmarks.metrics;

import dev.scrm.core.KpiId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Window;
import dev.scrm.metrics.AudienceSnapshot;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.KpiResult;
import dev.scrm.metrics.MetricQuery;
import dev.scrm.metrics.MetricsEngine;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Query latency over ten years of daily buckets: one KPI value over the whole ten years, and the series of
 * 3,653 daily values. The KPIs are the common ones and the slowest of the standard set over ten years (the
 * per-follower rates, which join every day's posts with that day's follower footprint, and the spike scores,
 * which read eight weeks of history and the drivers); {@link QueryCpuTime} measures every standard KPI.
 *
 * <p>Run: {@code java -jar scrm-benchmarks/target/benchmarks.jar QueryBenchmark -f 1 -wi 2 -i 3}. The engine
 * holds ten years (2016–2025) of a {@link SyntheticStream} feed (about 180 interactions a day over five
 * brands, five platforms and three campaign values, so every day bucket of every dimension combination is
 * filled) plus a daily follower snapshot of each brand account, which is what a long-running tenant
 * accumulates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {

    private static final Instant START = Instant.parse("2016-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

    @Param({"mentions.volume@1", "share_of_voice.mentions@1", "sentiment.net@1", "followers.volume.avg@1",
        "engagement_rate.followers.macro@1", "share_of_voice.sentiment_weighted@1",
        "kaushik.amplification_rate.per_1000_followers@1", "kaushik.applause_rate.per_follower@1",
        "alerts.spike.ewma@1"})
    public String kpi;

    private MetricsEngine engine;
    private MetricQuery whole;
    private MetricQuery daily;

    @Setup(Level.Trial)
    public void setUp() {
        engine = MetricsEngine.builder().build();
        long span = END.getEpochSecond() - START.getEpochSecond();
        engine.ingestAll(SyntheticStream.generate((int) (span / 86_400) * 180, START, span, 7));
        for (Instant t = START; t.isBefore(END); t = t.plusSeconds(86_400)) {
            for (String b : SyntheticStream.BRANDS) {
                engine.ingest(AudienceSnapshot.of(PlatformAccountId.of("mastodon", b), b,
                        10_000 + (t.getEpochSecond() - START.getEpochSecond()) / 86_400, t));
            }
        }
        Window w = Window.of(START, END);
        whole = MetricQuery.builder(KpiId.parse(kpi), w).brand("acme").competitors("globex", "initech", "umbrella",
                "hooli").build();
        daily = MetricQuery.builder(KpiId.parse(kpi), w).bucket(BucketUnit.DAY).brand("acme")
                .competitors("globex", "initech", "umbrella", "hooli").build();
    }

    @Benchmark
    public KpiResult tenYearsOneValue() {
        return engine.explain(whole);
    }

    @Benchmark
    public List<KpiResult> tenYearsDailySeries() {
        return engine.series(daily);
    }
}
