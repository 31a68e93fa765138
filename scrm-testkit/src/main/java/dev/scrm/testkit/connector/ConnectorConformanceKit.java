package dev.scrm.testkit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrm.connector.CheckpointStore;
import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.Page;
import dev.scrm.connector.Secret;
import dev.scrm.connector.Tombstone;
import dev.scrm.connectors.http.InMemoryCheckpointStore;
import dev.scrm.connectors.http.Puller;
import dev.scrm.core.Interaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The conformance kit every scrm connector's test subclasses: it runs the connector against a
 * {@link SimulatedPlatform} on 127.0.0.1 with a manual clock and a virtual sleeper, and checks
 * authentication failures, paging to the end and beyond, the platform's rate-limit headers, 429 and 5xx
 * storms, timeouts, malformed and truncated bodies, persistent failures, resuming from a checkpoint after a
 * kill, random faults with restarts, deletions, concurrent use and secret redaction.
 *
 * <p>A subclass supplies the platform's dialect ({@link #simulator(String)}) and builds the connector under
 * test from a {@link KitEnvironment} ({@link #connector(KitEnvironment)}); its only job is configuration.
 * Figures such as rate-limit utilisation are published with {@link TestReporter}. Tests never sleep: only
 * the {@link Fault#TIMEOUT} test waits, for one real read timeout. A scenario that cannot apply to a platform
 * is decided by what the connector declares, not skipped: a platform without rate-limit headers must declare
 * its quota in the manifest, and one without a deletion check must list deletions. Aggregate sources have
 * their own kit, {@link FigureSourceConformanceKit}.
 */
public abstract class ConnectorConformanceKit extends SimulatedPlatformKit {

    /** The valid credential the simulator accepts. */
    protected static final String SECRET = "kit-s3cret-0f9e8d7c6b5a4321";

    /** The ground truth. */
    protected SimWorld world;
    /** The platform's dialect. */
    protected PlatformSimulator dialect;

    /** Creates the kit. */
    protected ConnectorConformanceKit() {
    }

    /**
     * The platform's dialect, accepting one credential.
     *
     * @param validSecret the credential the simulator accepts
     * @return the dialect
     */
    protected abstract PlatformSimulator simulator(String validSecret);

    /**
     * Builds the connector under test for an environment.
     *
     * @param env where the platform is, the clock, the sleeper, the credential and the read timeout
     * @return the connector
     */
    protected abstract Connector connector(KitEnvironment env);

    /**
     * How many posts the simulated world starts with (default 300).
     *
     * @return the count
     */
    protected int worldSize() {
        return 300;
    }

    /** Generates the world and starts the platform's dialect on it. */
    @Override
    protected SimulatedPlatform launch() {
        world = SimWorld.generate(worldSize(), 42, START);
        dialect = simulator(SECRET);
        return SimulatedPlatform.start(dialect, world, clock);
    }

    /**
     * The native ids the world currently shows, sorted.
     *
     * @return the ids
     */
    protected Set<String> expectedIds() {
        return world.newestFirst().stream().map(dialect::nativeId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> ids(List<Interaction> items) {
        return items.stream().map(i -> i.id().nativeId()).collect(Collectors.toList());
    }

    private static void assertExactlyOnce(Set<String> expected, List<Interaction> delivered) {
        List<String> ids = ids(delivered);
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size(), "duplicates delivered: " + (ids.size() - unique.size()));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(unique);
        Set<String> extra = new TreeSet<>(unique);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty(), "items never delivered: " + missing.size());
        assertTrue(extra.isEmpty(), "items delivered that the platform does not hold: " + extra.size());
    }

    private Puller.PullResult pullAll(Connector connector, CheckpointStore store, List<Interaction> sink) {
        return Puller.of(connector, store).pull(dialect.query(), Integer.MAX_VALUE,
                page -> sink.addAll(page.interactions()));
    }

    @Test
    @DisplayName("refused credentials fail at once with AuthenticationException, without retries or the secret")
    void authentication_badCredentials_failFastWithoutRetry() {
        String wrong = "wrong-secret-7f6e5d4c3b2a";
        try (Connector connector = connector(env(wrong))) {
            KitChecks.assertRefusedAtOnce(platform, wrong,
                    () -> connector.fetch(dialect.query(), dev.scrm.connector.Checkpoint.empty()));
        }
    }

    @Test
    @DisplayName("paging reaches the end through short pages and delivers every item exactly once")
    void paging_toTheEnd_everyItemExactlyOnce() {
        List<Interaction> sink = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            Puller.PullResult result = pullAll(connector, new InMemoryCheckpointStore(), sink);
            assertTrue(result.exhausted());
            assertTrue(result.pages() > 2, "expected several pages, got " + result.pages());
        }
        assertExactlyOnce(expectedIds(), sink);
        for (Interaction i : sink) {
            assertTrue(i.raw() != null && !i.raw().body().isEmpty(), "raw payload kept");
            assertTrue(i.author() != null, "author mapped");
        }
    }

    @Test
    @DisplayName("after the end, a later pull from the checkpoint delivers only the new items")
    void paging_afterTheEnd_onlyNewItems() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<Interaction> sink = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            pullAll(connector, store, sink);
            Set<String> before = expectedIds();
            clock.advance(Duration.ofMinutes(10));
            world.add(57);
            List<Interaction> later = new ArrayList<>();
            Puller.PullResult result = pullAll(connector, store, later);
            assertTrue(result.exhausted());
            Set<String> fresh = new TreeSet<>(expectedIds());
            fresh.removeAll(before);
            assertExactlyOnce(fresh, later);
        }
    }

    @Test
    @DisplayName("a long pull never exceeds N requests per window and uses at least 90% of the allowance")
    void rateLimit_longPull_withinAllowanceAndUsesIt(TestReporter reporter) {
        if (!dialect.reportsRateLimits()) {
            try (Connector connector = connector(env(SECRET))) {
                assertFalse(connector.manifest().limits().isEmpty(),
                        "a platform without rate-limit headers must declare its quota model in the manifest");
            }
            reporter.publishEntry("rateLimit", "no rate-limit headers: the connector declares its quota instead");
            return;
        }
        long n = 4;
        Duration window = Duration.ofMinutes(1);
        world.add(900);
        platform.rateLimit(n, window);
        List<Interaction> sink = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            pullAll(connector, new InMemoryCheckpointStore(), sink);
        }
        assertExactlyOnce(expectedIds(), sink);
        KitChecks.assertAllowanceKeptAndUsed(platform, n, reporter);
    }

    @Test
    @DisplayName("a storm of 429s is waited out until the reset and nothing is lost")
    void rateLimit_429Storm_waitsAndCompletes() {
        platform.failNext(Fault.RATE_LIMITED, Fault.RATE_LIMITED, Fault.RATE_LIMITED);
        List<Interaction> sink = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            pullAll(connector, new InMemoryCheckpointStore(), sink);
        }
        assertExactlyOnce(expectedIds(), sink);
        if (dialect.reportsRateLimits()) {
            assertTrue(sleeper.slept().compareTo(Duration.ofMinutes(3)) >= 0,
                    "should have waited for three resets, waited " + sleeper.slept());
        } else {
            assertTrue(sleeper.sleeps() >= 3, "should have backed off before each retry");
        }
    }

    @Test
    @DisplayName("a storm of 5xx responses is retried with back-off and nothing is lost")
    void faults_serverErrorStorm_retried() {
        platform.failNext(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR);
        List<Interaction> sink = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            pullAll(connector, new InMemoryCheckpointStore(), sink);
        }
        assertExactlyOnce(expectedIds(), sink);
        assertTrue(sleeper.sleeps() >= 4, "back-off expected before each retry");
    }

    @Test
    @DisplayName("truncated, malformed and broken bodies are retried")
    void faults_badBodies_retried() {
        platform.failNext(Fault.TRUNCATED_BODY, Fault.MALFORMED_BODY, Fault.BROKEN_CHUNK);
        List<Interaction> sink = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            pullAll(connector, new InMemoryCheckpointStore(), sink);
        }
        assertExactlyOnce(expectedIds(), sink);
    }

    @Test
    @DisplayName("a read timeout is retried")
    void faults_timeout_retried() {
        platform.failNext(Fault.TIMEOUT);
        List<Interaction> sink = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            pullAll(connector, new InMemoryCheckpointStore(), sink);
        }
        assertExactlyOnce(expectedIds(), sink);
    }

    @Test
    @DisplayName("a persistent failure ends with a retryable ConnectorException after the allowed attempts")
    void faults_persistent_failRetryable() {
        platform.failAllListings(503);
        try (Connector connector = connector(env(SECRET))) {
            KitChecks.assertPersistentFailureRetryable(platform,
                    () -> connector.fetch(dialect.query(), dev.scrm.connector.Checkpoint.empty()));
        }
    }

    @Test
    @DisplayName("killed in the middle of paging, a restarted pull resumes from the checkpoint: no gap, no duplicate")
    void resume_afterKill_exactlyOnce() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<Interaction> sink = new ArrayList<>();
        int[] pages = {0};
        try (Connector connector = connector(env(SECRET))) {
            assertThrows(IllegalStateException.class, () -> Puller.of(connector, store).pull(dialect.query(),
                    Integer.MAX_VALUE, page -> {
                        if (++pages[0] == 3) {
                            throw new IllegalStateException("killed while handling page 3");
                        }
                        sink.addAll(page.interactions());
                    }));
        }
        int[] pagesSecond = {0};
        try (Connector connector = connector(env(SECRET))) {
            assertThrows(ConnectorException.class, () -> Puller.of(connector, store).pull(dialect.query(),
                    Integer.MAX_VALUE, page -> {
                        sink.addAll(page.interactions());
                        if (++pagesSecond[0] == 2) {
                            platform.failAllListings(503);
                        }
                    }));
        }
        platform.heal();
        try (Connector connector = connector(env(SECRET))) {
            Puller.PullResult result = pullAll(connector, store, sink);
            assertTrue(result.exhausted());
        }
        assertExactlyOnce(expectedIds(), sink);
    }

    @Test
    @DisplayName("under random faults with restarts, every item arrives exactly once")
    void chaos_randomFaultsAndRestarts_exactlyOnce(TestReporter reporter) {
        platform.chaos(0.6, 1234, Fault.SERVER_ERROR, Fault.RATE_LIMITED, Fault.TRUNCATED_BODY, Fault.MALFORMED_BODY,
                Fault.BROKEN_CHUNK);
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<Interaction> sink = new ArrayList<>();
        int restarts = KitChecks.restartUntilDone(() -> {
            try (Connector connector = connector(env(SECRET))) {
                return pullAll(connector, store, sink).exhausted();
            }
        });
        reporter.publishEntry(Map.of("chaos.requests", Long.toString(platform.requests()),
                "chaos.restarts", Integer.toString(restarts), "chaos.items", Integer.toString(sink.size())));
        assertExactlyOnce(expectedIds(), sink);
    }

    @Test
    @DisplayName("deleted items are reported as tombstones: by re-checking, or inside listings")
    void deletions_reportedAsTombstones() {
        List<Interaction> sink = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            Puller.of(connector, new InMemoryCheckpointStore()).pull(dialect.query(), 50,
                    page -> sink.addAll(page.interactions()));
            List<SimPost> visible = world.newestFirst();
            Set<String> deleted = new TreeSet<>();
            for (int k : new int[] {1, 7, 20}) {
                SimPost p = visible.get(k);
                world.delete(p.seq());
                deleted.add(dialect.nativeId(p));
            }
            Set<String> reported = new TreeSet<>();
            if (connector.manifest().supports(dev.scrm.connector.Capability.DELETION_CHECK)) {
                for (Tombstone t : connector.recheck(sink.subList(0, 30))) {
                    reported.add(t.id().nativeId());
                }
            } else {
                assertTrue(dialect.listsDeletions(), "the connector has no way to report deletions");
                List<Interaction> again = new ArrayList<>();
                Puller.of(connector, new InMemoryCheckpointStore()).pull(dialect.query(), Integer.MAX_VALUE, page -> {
                    again.addAll(page.interactions());
                    page.tombstones().forEach(t -> reported.add(t.id().nativeId()));
                });
                assertExactlyOnce(expectedIds(), again);
            }
            assertEquals(deleted, reported);
        }
    }

    @Test
    @DisplayName("one connector serves concurrent pulls correctly and within the rate limit")
    void concurrency_parallelPulls_correct() throws Exception {
        if (dialect.reportsRateLimits()) {
            platform.rateLimit(40, Duration.ofMinutes(1));
        }
        Set<String> expected = expectedIds();
        try (Connector connector = connector(env(SECRET))) {
            List<List<Interaction>> pulls = KitChecks.inParallel(() -> {
                List<Interaction> sink = Collections.synchronizedList(new ArrayList<>());
                pullAll(connector, new InMemoryCheckpointStore(), sink);
                return sink;
            });
            for (List<Interaction> pulled : pulls) {
                assertExactlyOnce(expected, pulled);
            }
        }
        assertEquals(0, platform.violations(), "requests beyond the allowance");
    }

    @Test
    @DisplayName("the secret appears in no exception, payload, checkpoint or toString")
    void redaction_secretNeverLeaks() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<Page> pages = new ArrayList<>();
        try (Connector connector = connector(env(SECRET))) {
            Puller.PullResult result = Puller.of(connector, store).pull(dialect.query(), 100, pages::add);
            assertFalse(connector.toString().contains(SECRET));
            assertFalse(connector.manifest().toString().contains(SECRET));
            assertFalse(result.checkpoint().values().toString().contains(SECRET));
            for (Page p : pages) {
                for (Interaction i : p.interactions()) {
                    assertFalse(i.raw().body().contains(SECRET), "secret in a raw payload");
                    assertFalse(i.toString().contains(SECRET));
                }
                assertFalse(p.next().values().toString().contains(SECRET), "secret in a checkpoint");
            }
            platform.failAllListings(503);
            ConnectorException e = assertThrows(ConnectorException.class,
                    () -> connector.fetch(dialect.query(), dev.scrm.connector.Checkpoint.empty()));
            assertFalse(String.valueOf(e.getMessage()).contains(SECRET));
        }
        assertFalse(Secret.of(SECRET).toString().contains(SECRET));
    }
}
