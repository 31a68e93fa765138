package dev.scrm.benchmarks.metrics;

import dev.scrm.core.Interaction;
import dev.scrm.metrics.InteractionBatch;
import dev.scrm.metrics.MetricsEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;

/**
 * Ingestion throughput per core measured in thread CPU time rather than wall time, so the figure holds on a
 * machine shared with other work (wall-clock JMH numbers there measure the share of the CPU the benchmark
 * got). Ingests the {@link IngestBenchmark} data set into fresh engines, ten warm-up rounds then ten measured
 * rounds, and prints interactions per CPU-second of the ingesting thread: once as {@code Interaction} records
 * ({@code ingestAll}, which converts them to columns), once as prepared {@link InteractionBatch}es of 10,000
 * rows ({@code ingest(batch)}, the engine's own cost).
 *
 * <p>Run: {@code java -cp scrm-benchmarks/target/benchmarks.jar dev.scrm.benchmarks.metrics.IngestCpuTime}.
 */
public final class IngestCpuTime {

    private IngestCpuTime() {
    }

    /**
     * Runs the measurement.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        List<Interaction> items = SyntheticStream.generate(IngestBenchmark.BATCH,
                Instant.parse("2025-01-01T00:00:00Z"), 365L * 86_400, 42);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<InteractionBatch> batches = IngestBenchmark.batches(items, 10_000);
        for (boolean dedup : new boolean[] {false, true}) {
            long sink = 0;
            long cpu = 0;
            for (int round = 0; round < 20; round++) {
                MetricsEngine engine = MetricsEngine.builder().deduplicate(dedup).expectedIds(items.size()).build();
                long c0 = mx.getCurrentThreadCpuTime();
                for (InteractionBatch b : batches) {
                    sink += engine.ingest(b);
                }
                if (round >= 10) {
                    cpu += mx.getCurrentThreadCpuTime() - c0;
                }
            }
            double n = 10.0 * items.size();
            System.out.printf("column batches, dedup=%s: %.2f M interactions per CPU-second (%.0f ns CPU each) [%d]%n",
                    dedup, n / cpu * 1e3, cpu / n, sink);
        }
        for (boolean dedup : new boolean[] {false, true}) {
            long sink = 0;
            long cpu = 0;
            long wall = 0;
            for (int round = 0; round < 20; round++) {
                MetricsEngine engine = MetricsEngine.builder().deduplicate(dedup).expectedIds(items.size()).build();
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int i = 0; i < items.size(); i += 10_000) {
                    sink += engine.ingestAll(items.subList(i, Math.min(items.size(), i + 10_000)));
                }
                if (round >= 10) {
                    cpu += mx.getCurrentThreadCpuTime() - c0;
                    wall += System.nanoTime() - w0;
                }
            }
            double n = 10.0 * items.size();
            System.out.printf("cold stream, dedup=%s: %.2f M interactions per CPU-second (%.0f ns CPU each), %.2f M"
                    + " per wall-second [%d]%n", dedup, n / cpu * 1e3, cpu / n, n / wall * 1e3, sink);
        }
        // hot: each interaction is ingested right after it was built, as in a live pipeline, so its objects
        // are still in cache; modelled by cycling a 4,096-item window of the stream (deduplication off, since
        // the items repeat)
        List<Interaction> hot = items.subList(0, 4096);
        long sink = 0;
        long cpu = 0;
        for (int round = 0; round < 20; round++) {
            MetricsEngine engine = MetricsEngine.builder().deduplicate(false).build();
            long c0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 250; k++) {
                sink += engine.ingestAll(hot);
            }
            if (round >= 10) {
                cpu += mx.getCurrentThreadCpuTime() - c0;
            }
        }
        double n = 10.0 * 250 * hot.size();
        System.out.printf("hot items, dedup=false: %.2f M interactions per CPU-second (%.0f ns CPU each) [%d]%n",
                n / cpu * 1e3, cpu / n, sink);
    }
}
