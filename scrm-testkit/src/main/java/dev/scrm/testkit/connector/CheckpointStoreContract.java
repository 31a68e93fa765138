package dev.scrm.testkit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.CheckpointStore;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ListeningQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CheckpointStore} passes: what a store returns after saves, replacements,
 * other keys, odd values, concurrent writers and, for a durable store, a restart. A subclass builds the
 * store under test ({@link #newStore()}) and says how to reopen it ({@link #reopen(CheckpointStore)}); its
 * only job is configuration.
 *
 * <p>Each test gets a new, empty store and closes it with {@link #closeStore()}. Instances are not shared
 * between tests, so subclasses may run in parallel.
 */
public abstract class CheckpointStoreContract {

    private static final CheckpointKey MASTODON = CheckpointKey.of(ConnectorId.of("mastodon"),
            ListeningQuery.hashtag("acme"));

    /** Creates the contract. */
    protected CheckpointStoreContract() {
    }

    /**
     * A new, empty store.
     *
     * @return the store under test
     */
    protected abstract CheckpointStore newStore();

    /**
     * The store as a restarted process sees it: a new instance over the same durable state, or the same
     * instance for a store that keeps nothing beyond the process (the default).
     *
     * @param store a store made by {@link #newStore()}
     * @return the store to read after the restart
     */
    protected CheckpointStore reopen(CheckpointStore store) {
        return store;
    }

    /**
     * Whether checkpoints outlive the process (default true); when false, the restart test is a no-op.
     *
     * @return true for a durable store
     */
    protected boolean durable() {
        return true;
    }

    /** Releases what the last {@link #newStore()} opened (after each test); the default does nothing. */
    protected void closeStore() {
    }

    @AfterEach
    final void releaseStore() {
        closeStore();
    }

    @Test
    @DisplayName("a key never saved loads as empty")
    void load_unknownKey_isEmpty() {
        assertEquals(Optional.empty(), newStore().load(MASTODON));
    }

    @Test
    @DisplayName("a saved checkpoint loads back equal, and a second save replaces it")
    void save_thenLoad_roundTrips_andReplaces() {
        CheckpointStore store = newStore();
        Checkpoint first = Checkpoint.empty().with("max_id", "110").with("newest_id", "120");
        store.save(MASTODON, first);
        assertEquals(Optional.of(first), store.load(MASTODON));
        Checkpoint second = Checkpoint.empty().with("newest_id", "180");
        store.save(MASTODON, second);
        assertEquals(Optional.of(second), store.load(MASTODON));
    }

    @Test
    @DisplayName("tenant, connector and query each make a key of its own")
    void keys_differingInAnyPart_areIndependent() {
        CheckpointStore store = newStore();
        CheckpointKey otherQuery = CheckpointKey.of(ConnectorId.of("mastodon"), ListeningQuery.search("acme"));
        CheckpointKey otherConnector = CheckpointKey.of(ConnectorId.of("bluesky"), ListeningQuery.hashtag("acme"));
        CheckpointKey otherTenant = new CheckpointKey("tenant-2", ConnectorId.of("mastodon"), MASTODON.queryKey());
        List<CheckpointKey> keys = List.of(MASTODON, otherQuery, otherConnector, otherTenant);
        for (int k = 0; k < keys.size(); k++) {
            store.save(keys.get(k), Checkpoint.empty().with("cursor", "c" + k));
        }
        for (int k = 0; k < keys.size(); k++) {
            assertEquals(Optional.of("c" + k), store.load(keys.get(k)).orElseThrow().value("cursor"),
                    "key " + k);
        }
    }

    @Test
    @DisplayName("empty checkpoints and values with quotes, backslashes, control characters and emoji round-trip")
    void save_oddValues_roundTrip() {
        CheckpointStore store = newStore();
        store.save(MASTODON, Checkpoint.empty());
        assertEquals(Optional.of(Checkpoint.empty()), store.load(MASTODON));
        Checkpoint odd = Checkpoint.empty()
                .with("cursor", "eyJ\"quoted\"\\back\\slash\u0001\t\n")
                .with("since", "")
                .with("\u00e9t\u00e9", "\uD83D\uDE00 caf\u00e9")
                .with("long", "x".repeat(4_000));
        store.save(MASTODON, odd);
        assertEquals(Optional.of(odd), store.load(MASTODON));
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls_areRejected() {
        CheckpointStore store = newStore();
        assertThrows(NullPointerException.class, () -> store.load(null));
        assertThrows(NullPointerException.class, () -> store.save(null, Checkpoint.empty()));
        assertThrows(NullPointerException.class, () -> store.save(MASTODON, null));
    }

    @Test
    @DisplayName("concurrent saves leave one of the saved checkpoints, and loads never see a torn one")
    void concurrentSaves_lastOneWins_noTornReads() throws Exception {
        CheckpointStore store = newStore();
        int writers = 4;
        int saves = 25;
        Set<Checkpoint> saved = new HashSet<>();
        for (int w = 0; w < writers; w++) {
            for (int s = 0; s < saves; s++) {
                saved.add(checkpoint(w, s));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int s = 0; s < saves; s++) {
                        store.save(MASTODON, checkpoint(writer, s));
                    }
                    return null;
                }));
            }
            Future<List<Checkpoint>> reads = pool.submit(() -> {
                start.await();
                List<Checkpoint> seen = new ArrayList<>();
                for (int r = 0; r < 50; r++) {
                    store.load(MASTODON).ifPresent(seen::add);
                }
                return seen;
            });
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            for (Checkpoint c : reads.get(60, TimeUnit.SECONDS)) {
                assertTrue(saved.contains(c), "a load returned a checkpoint nobody saved");
            }
        } finally {
            pool.shutdownNow();
        }
        Checkpoint last = store.load(MASTODON).orElseThrow();
        assertTrue(saved.contains(last), "the final checkpoint is one that was saved");
        assertEquals(Optional.of(String.valueOf(saves - 1)), last.value("page"),
                "some writer's last save is the final state");
    }

    private static Checkpoint checkpoint(int writer, int save) {
        // both values change together: a torn write would pair a writer with another writer's page
        return Checkpoint.empty().with("writer", "w" + writer).with("page", Integer.toString(save))
                .with("cursor", "w" + writer + "-p" + save);
    }

    @Test
    @DisplayName("after a restart the last saved checkpoint is there")
    void restart_keepsTheLastSave() {
        CheckpointStore store = newStore();
        Checkpoint saved = Checkpoint.empty().with("cursor", "after-restart");
        store.save(MASTODON, Checkpoint.empty().with("cursor", "before"));
        store.save(MASTODON, saved);
        if (!durable()) {
            return;
        }
        CheckpointStore again = reopen(store);
        assertNotNull(again);
        assertEquals(Optional.of(saved), again.load(MASTODON));
    }
}
