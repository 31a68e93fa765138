package dev.scrm.metrics;

import static dev.scrm.metrics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Interaction;
import dev.scrm.core.KpiId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void fourIngestingThreads_twoQueryingThreads_exactTotals() throws Exception {
        MetricsEngine engine = MetricsEngine.builder().build();
        int perThread = 50_000;
        List<List<Interaction>> batches = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<Interaction> list = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                String brand = i % 3 == 0 ? "globex" : "acme";
                // every thread also re-sends some ids of thread 0: duplicates must count once
                String id = (t > 0 && i % 10 == 0) ? "t0-" + i : "t" + t + "-" + i;
                String b = t > 0 && i % 10 == 0 ? (i % 3 == 0 ? "globex" : "acme") : brand;
                list.add(mention(id, day(1 + i % 28), i % 2 == 0 ? 0.5 : -0.5, b));
            }
            batches.add(list);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        List<Future<?>> ingest = new ArrayList<>();
        for (int t = 0; t < batches.size(); t++) {
            List<Interaction> batch = batches.get(t);
            // two threads hand over records, two fill column batches (the fast path)
            boolean columns = t % 2 == 1;
            ingest.add(pool.submit(() -> {
                start.await();
                InteractionBatch b = InteractionBatch.create(1000);
                for (int i = 0; i < batch.size(); i += 1000) {
                    List<Interaction> part = batch.subList(i, Math.min(batch.size(), i + 1000));
                    if (columns) {
                        b.clear();
                        part.forEach(b::add);
                        engine.ingest(b);
                    } else {
                        engine.ingestAll(part);
                    }
                }
                for (Interaction x : batch.subList(0, 100)) {
                    engine.ingest(x);
                }
                return null;
            }));
        }
        List<Future<Integer>> queries = new ArrayList<>();
        for (int q = 0; q < 2; q++) {
            queries.add(pool.submit(() -> {
                start.await();
                int n = 0;
                double last = -1;
                while (!done.get()) {
                    double v = engine.compute(MetricQuery.builder(KpiId.parse("mentions.volume@1"), days(1, 28))
                            .build()).value();
                    assertThat(v).isGreaterThanOrEqualTo(last);
                    last = v;
                    engine.compute(MetricQuery.builder(KpiId.parse("share_of_voice.mentions@1"), days(1, 28))
                            .brand("acme").competitors("globex").build());
                    n++;
                }
                return n;
            }));
        }
        start.countDown();
        for (Future<?> f : ingest) {
            f.get(60, TimeUnit.SECONDS);
        }
        done.set(true);
        for (Future<Integer> f : queries) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
        }
        pool.shutdown();
        long distinct = perThread + 3L * (perThread - perThread / 10);
        assertThat(engine.compute(MetricQuery.builder(KpiId.parse("mentions.volume@1"), days(1, 28)).build()).value())
                .isEqualTo(distinct);
        long acme = 0;
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < perThread; i++) {
                if ((t == 0 || i % 10 != 0) && i % 3 != 0) {
                    acme++;
                }
            }
        }
        assertThat(engine.compute(MetricQuery.builder(KpiId.parse("mentions.volume@1"), days(1, 28)).brand("acme")
                .build()).value()).isEqualTo(acme);
    }
}
