package dev.scrm.benchmarks.metrics;

import dev.scrm.core.Interaction;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.InteractionBatch;
import dev.scrm.metrics.MetricsEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ingestion throughput of the metrics engine into the standard KPI counters (mentions, reposts, sentiment
 * split, reach, engagement by dated platform composition, owned-post counters, follows), in interactions per
 * second on one thread.
 *
 * <p>Run: {@code mvn -B -q -pl scrm-benchmarks -am package -DskipTests && java -jar
 * scrm-benchmarks/target/benchmarks.jar IngestBenchmark -f 1 -wi 2 -i 3}; add {@code -t 2} to ingest from
 * two threads. Each invocation ingests the same 1,000,000 prepared interactions into a fresh engine (so
 * deduplication sees new ids). The data is a {@link SyntheticStream}: a year of a Zipf-skewed competitor
 * set on five platforms, with the mix of kinds, sentiment, campaigns and reach a listening feed has.
 * {@code dedup=false} is the pipeline where an interaction store upstream already removed repeats.
 *
 * <p>{@code ingestAll} hands the engine {@code Interaction} records (which it converts to columns);
 * {@code ingestColumns} hands it the same data already in {@link InteractionBatch}es of 10,000 rows, as a
 * source that fills batches straight from its wire format does: that is the engine's own cost per
 * interaction, without building and reading records.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IngestBenchmark {

    static final int BATCH = 1_000_000;

    @Param({"true", "false"})
    public boolean dedup;

    @Param({"DAY", "HOUR"})
    public String resolution;

    private List<Interaction> items;
    private List<InteractionBatch> batches;
    private MetricsEngine engine;

    @Setup(Level.Trial)
    public void data() {
        items = SyntheticStream.generate(BATCH, Instant.parse("2025-01-01T00:00:00Z"), 365L * 86_400, 42);
        batches = batches(items, 10_000);
    }

    static List<InteractionBatch> batches(List<Interaction> items, int size) {
        List<InteractionBatch> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            InteractionBatch b = InteractionBatch.create(size);
            for (Interaction x : items.subList(i, Math.min(items.size(), i + size))) {
                b.add(x);
            }
            out.add(b);
        }
        return out;
    }

    @Setup(Level.Invocation)
    public void engine() {
        engine = MetricsEngine.builder().resolution(BucketUnit.valueOf(resolution)).deduplicate(dedup)
                .expectedIds(BATCH).build();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long ingestAll() {
        long n = 0;
        for (int i = 0; i < BATCH; i += 10_000) {
            n += engine.ingestAll(items.subList(i, i + 10_000));
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long ingestColumns() {
        long n = 0;
        for (InteractionBatch b : batches) {
            n += engine.ingest(b);
        }
        return n;
    }
}
