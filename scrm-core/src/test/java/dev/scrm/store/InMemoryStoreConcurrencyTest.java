package dev.scrm.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Samples;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Eight threads hammer one store with overlapping writes; totals must come out exact. */
class InMemoryStoreConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CUSTOMERS_PER_THREAD = 200;
    private static final int INTERACTIONS = 4_000;

    @Test
    void eightThreads_overlappingWrites_exactTotals() throws Exception {
        ScrmStore store = ScrmStore.inMemory(Clock.fixed(Samples.T0, ZoneOffset.UTC));
        IdentityLink link = new IdentityLink(LinkMethod.VERIFIED, 1.0, null, Samples.T0);
        AtomicInteger appended = new AtomicInteger();
        AtomicInteger readsSeen = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int c = 0; c < CUSTOMERS_PER_THREAD; c++) {
                    CustomerId id = CustomerId.of("t" + thread + "-c" + c);
                    store.create(Customer.create(id, Samples.T0), "t" + thread);
                    PlatformAccountId acc = PlatformAccountId.of("x", "t" + thread + "-a" + c);
                    store.putIdentity(Samples.identity("x", "t" + thread + "-a" + c), "t" + thread);
                    store.link(acc, id, link, "t" + thread);
                }
                // every thread offers every interaction, in a different order: each must be stored once
                for (int k = 0; k < INTERACTIONS; k++) {
                    int n = (k * (thread + 1) * 7919) % INTERACTIONS;
                    int owner = n % THREADS;
                    PlatformAccountId author = PlatformAccountId.of("x", "t" + owner + "-a" + (n % CUSTOMERS_PER_THREAD));
                    Interaction i = Samples.interaction("x", "i" + n, author, Samples.T0.plusSeconds(n));
                    if (store.append(i, "t" + thread)) {
                        appended.incrementAndGet();
                    }
                    if (k % 500 == 0) {
                        readsSeen.addAndGet(store.query(dev.scrm.store.InteractionQuery.builder().limit(10).build()).size());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long distinct = java.util.stream.IntStream.range(0, THREADS)
                .flatMap(th -> java.util.stream.IntStream.range(0, INTERACTIONS).map(k -> (k * (th + 1) * 7919) % INTERACTIONS))
                .distinct().count();
        assertThat(appended.get()).isEqualTo(distinct);
        assertThat(store.interactionCount()).isEqualTo(distinct);
        assertThat(store.customerCount()).isEqualTo(THREADS * CUSTOMERS_PER_THREAD);
        assertThat(store.identities().count()).isEqualTo(THREADS * CUSTOMERS_PER_THREAD);
        assertThat(store.customers()).allMatch(c -> c.identities().size() == 1 && c.version() == 2);
        // one audit event per mutation: create + identity added + linked per customer, one per stored interaction
        assertThat(store.audit().lastSequence()).isEqualTo(3L * THREADS * CUSTOMERS_PER_THREAD + distinct);
        long total = store.customers().mapToLong(c -> store.query(InteractionQuery.builder().customer(c.id()).build()).size())
                .sum();
        assertThat(total).isEqualTo(distinct);
        assertThat(readsSeen.get()).isPositive();
    }
}
