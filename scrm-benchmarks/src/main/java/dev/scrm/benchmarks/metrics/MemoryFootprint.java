package dev.scrm.benchmarks.metrics;

import dev.scrm.core.Interaction;
import dev.scrm.metrics.MetricsEngine;
import java.time.Instant;
import java.util.List;

/**
 * Measures the heap an engine needs per brand per day bucket: builds an engine from a year of a
 * {@link SyntheticStream} feed, and reports the engine's own count of series and bucket rows next to the heap
 * growth measured after garbage collection.
 *
 * <p>Run: {@code java -cp scrm-benchmarks/target/benchmarks.jar dev.scrm.benchmarks.metrics.MemoryFootprint}.
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    /**
     * Runs the measurement.
     *
     * @param args ignored
     * @throws InterruptedException if interrupted while waiting for the collector
     */
    public static void main(String[] args) throws InterruptedException {
        int days = 365;
        List<Interaction> items = SyntheticStream.generate(days * 2_000, Instant.parse("2025-01-01T00:00:00Z"),
                days * 86_400L, 3);
        for (boolean dedup : new boolean[] {false, true}) {
            long before = used();
            MetricsEngine engine = MetricsEngine.builder().deduplicate(dedup).build();
            engine.ingestAll(items);
            long after = used();
            MetricsEngine.Footprint f = engine.footprint();
            int brands = SyntheticStream.BRANDS.length;
            System.out.printf("dedup=%s interactions=%d series=%d occupiedBuckets=%d allocatedBuckets=%d"
                    + " counterBytes=%d ids=%d%n", dedup, items.size(), f.series(), f.occupiedBuckets(),
                    f.allocatedBuckets(), f.counterBytes(), f.rememberedIds());
            System.out.printf("  counters: %.0f bytes per brand per day; %.0f bytes per occupied series-day%n",
                    (double) f.counterBytes() / brands / days, (double) f.counterBytes() / f.occupiedBuckets());
            System.out.printf("  heap growth: %.1f MB total, %.0f bytes per brand per day%n",
                    (after - before) / 1e6, (double) (after - before) / brands / days);
            if (engine.footprint().series() < 0) {
                System.out.println(engine);
            }
        }
    }

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
