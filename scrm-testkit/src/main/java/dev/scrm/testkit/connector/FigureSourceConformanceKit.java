package dev.scrm.testkit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrm.connector.Capability;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connector.FigureSource;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.RateLimitRule;
import dev.scrm.connectors.http.FigurePuller;
import dev.scrm.connectors.http.InMemoryCheckpointStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The conformance kit of aggregate {@link FigureSource}s (web analytics, search trends): it runs the source
 * against a {@link SimulatedPlatform} on 127.0.0.1 with a manual clock and a virtual sleeper, and checks
 * authentication failures, reading a long range to its end in several requests with every day's figures equal to
 * the truth, the trailing re-read that replaces partial days, 429 and 5xx storms, timeouts, malformed and
 * truncated bodies, persistent failures, resuming after a kill, random faults with restarts, concurrent use,
 * secret redaction, the request budget a source declares, and figures its capabilities do not cover.
 *
 * <p>Scenarios of the item kit ({@link ConnectorConformanceKit}) that cannot apply to aggregates are decided by
 * the source's declarations, never skipped silently: deletions (a source must not declare
 * {@link Capability#DELETION_CHECK} and must refuse item calls), window allowances (checked when the manifest
 * declares a {@link RateLimitRule}; a source declaring none is reported as such) and unavailable figures (every
 * figure whose capability is not declared must come back unavailable, every declared one available).
 *
 * <p>A subclass supplies the tool's dialect and builds the source under test from a {@link KitEnvironment}.
 * Tests never sleep, except the timeout test, which waits for one real read timeout.
 */
public abstract class FigureSourceConformanceKit extends SimulatedPlatformKit {

    /** The valid credential the simulator accepts. */
    protected static final String SECRET = "kit-figure-s3cret-5a4b3c2d1e0f";

    /** The tool's dialect. */
    protected FigureSimulator dialect;

    /** Creates the kit. */
    protected FigureSourceConformanceKit() {
    }

    /**
     * The tool's dialect, accepting one credential.
     *
     * @param validSecret the credential the simulator accepts
     * @return the dialect
     */
    protected abstract FigureSimulator simulator(String validSecret);

    /**
     * Builds the source under test for an environment. Sources that declare a request budget should be given a
     * small one (a few requests per minute) so the budget test spans several windows.
     *
     * @param env where the tool is, the clock, the sleeper, the credential and the read timeout
     * @return the source
     */
    protected abstract FigureSource source(KitEnvironment env);

    /**
     * How many days back from yesterday the long-range tests read (default 200).
     *
     * @return the days
     */
    protected int rangeDays() {
        return 200;
    }

    /** Starts the tool's dialect; the kit starts at midday, so today is half complete. */
    @Override
    protected SimulatedPlatform launch() {
        dialect = simulator(SECRET);
        return SimulatedPlatform.start(dialect, SimWorld.generate(1, 1, START), clock);
    }

    private LocalDate today() {
        return clock.instant().atZone(dialect.figures().zone()).toLocalDate();
    }

    /**
     * The closed range the long tests read: {@link #rangeDays()} days up to yesterday.
     *
     * @return the query
     */
    protected FigureQuery closedRange() {
        LocalDate yesterday = today().minusDays(1);
        return new FigureQuery(dialect.query(), yesterday.minusDays(rangeDays() - 1L), yesterday,
                dialect.exactMetrics());
    }

    /** What a pull collected: the newest value per metric and day, and conflicting re-reads of closed days. */
    private static final class Collected {
        final Map<FigureMetric, Map<LocalDate, FigurePoint>> values = new HashMap<>();
        int conflicts;
        int batches;

        synchronized void add(FigureBatch batch) {
            batches++;
            for (FigureSeries s : batch.series()) {
                Map<LocalDate, FigurePoint> m = values.computeIfAbsent(s.metric(), k -> new HashMap<>());
                for (FigurePoint p : s.points()) {
                    FigurePoint old = m.put(p.start(), p);
                    if (old != null && !old.partial() && !p.partial() && old.value() != p.value()) {
                        conflicts++;
                    }
                }
            }
        }
    }

    private FigurePuller.Result pull(FigureSource source, InMemoryCheckpointStore store, FigureQuery query,
            Collected sink) {
        return FigurePuller.of(source, store).pull(query, sink::add);
    }

    private void assertTruth(FigureQuery query, Collected got, Instant asOf) {
        assertEquals(0, got.conflicts, "closed days read twice with different values");
        for (FigureMetric metric : query.metrics()) {
            Map<LocalDate, FigurePoint> m = got.values.getOrDefault(metric, Map.of());
            LocalDate last = query.until().orElse(asOf.atZone(dialect.figures().zone()).toLocalDate());
            int days = 0;
            for (LocalDate d = query.from(); !d.isAfter(last); d = d.plusDays(1)) {
                FigurePoint p = m.get(d);
                assertTrue(p != null, metric + " missing for a day of the range");
                assertEquals((double) dialect.figures().at(d, asOf).get(metric), p.value(), 1e-9,
                        metric + " differs from the truth on " + d);
                days++;
            }
            assertEquals(days, m.size(), metric + " has days outside the range");
        }
    }

    @Test
    @DisplayName("refused credentials fail at once with AuthenticationException, without retries or the secret")
    void authentication_badCredentials_failFastWithoutRetry() {
        String wrong = "wrong-figure-secret-99aa88bb";
        try (FigureSource source = source(env(wrong))) {
            KitChecks.assertRefusedAtOnce(platform, wrong, () -> source.figures(closedRange(), Checkpoint.empty()));
        }
    }

    @Test
    @DisplayName("a long range is read to its end in several requests, every day once, equal to the truth")
    void range_toTheEnd_everyDayEqualsTheTruth() {
        Collected got = new Collected();
        try (FigureSource source = source(env(SECRET))) {
            pull(source, new InMemoryCheckpointStore(), closedRange(), got);
        }
        assertTrue(got.batches > 1, "expected several batches, got " + got.batches);
        assertTruth(closedRange(), got, clock.instant());
        for (Map<LocalDate, FigurePoint> m : got.values.values()) {
            m.values().forEach(p -> assertFalse(p.partial(), "closed days are not partial"));
        }
    }

    @Test
    @DisplayName("a later pull re-reads the trailing days: yesterday's partial figures are replaced by complete ones")
    void trailing_laterPull_replacesPartialDays() {
        LocalDate today = today();
        FigureQuery upToToday = new FigureQuery(dialect.query(), today.minusDays(20), null, dialect.exactMetrics());
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        Collected got = new Collected();
        try (FigureSource source = source(env(SECRET))) {
            pull(source, store, upToToday, got);
            FigurePoint partial = got.values.get(FigureMetric.VISITS).get(today);
            assertTrue(partial != null && partial.partial(), "today is read and marked partial");
            clock.advance(Duration.ofDays(1));
            long before = platform.requests();
            pull(source, store, upToToday, got);
            assertTrue(platform.requests() - before <= 4 * 2, "the later pull re-read more than the trailing days");
        }
        FigurePoint closed = got.values.get(FigureMetric.VISITS).get(today);
        assertFalse(closed.partial(), "yesterday is complete now");
        assertTruth(upToToday, got, clock.instant());
    }

    @Test
    @DisplayName("a storm of 429s is waited out and nothing is lost")
    void rateLimit_429Storm_waitsAndCompletes() {
        platform.failNext(Fault.RATE_LIMITED, Fault.RATE_LIMITED, Fault.RATE_LIMITED);
        Collected got = new Collected();
        try (FigureSource source = source(env(SECRET))) {
            pull(source, new InMemoryCheckpointStore(), closedRange(), got);
        }
        assertTruth(closedRange(), got, START);
        assertTrue(sleeper.sleeps() >= 3, "should have waited before each retry");
    }

    @Test
    @DisplayName("a storm of 5xx responses is retried with back-off and nothing is lost")
    void faults_serverErrorStorm_retried() {
        platform.failNext(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR);
        Collected got = new Collected();
        try (FigureSource source = source(env(SECRET))) {
            pull(source, new InMemoryCheckpointStore(), closedRange(), got);
        }
        assertTruth(closedRange(), got, START);
        assertTrue(sleeper.sleeps() >= 4, "back-off expected before each retry");
    }

    @Test
    @DisplayName("truncated, malformed and broken bodies are retried, and a timeout too")
    void faults_badBodiesAndTimeout_retried() {
        platform.failNext(Fault.TRUNCATED_BODY, Fault.MALFORMED_BODY, Fault.BROKEN_CHUNK, Fault.TIMEOUT);
        Collected got = new Collected();
        try (FigureSource source = source(env(SECRET))) {
            pull(source, new InMemoryCheckpointStore(), closedRange(), got);
        }
        assertTruth(closedRange(), got, START);
    }

    @Test
    @DisplayName("a persistent failure ends with a retryable ConnectorException after the allowed attempts")
    void faults_persistent_failRetryable() {
        platform.failAllListings(503);
        try (FigureSource source = source(env(SECRET))) {
            KitChecks.assertPersistentFailureRetryable(platform,
                    () -> source.figures(closedRange(), Checkpoint.empty()));
        }
    }

    @Test
    @DisplayName("killed in the middle of a range, a restarted pull resumes from the checkpoint without gaps")
    void resume_afterKill_noGap() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        Collected got = new Collected();
        int[] batches = {0};
        try (FigureSource source = source(env(SECRET))) {
            assertThrows(IllegalStateException.class, () -> FigurePuller.of(source, store).pull(closedRange(), b -> {
                if (++batches[0] == 2) {
                    throw new IllegalStateException("killed while handling batch 2");
                }
                got.add(b);
            }));
        }
        try (FigureSource source = source(env(SECRET))) {
            long before = platform.listingRequests();
            assertThrows(ConnectorException.class, () -> FigurePuller.of(source, store).pull(closedRange(), b -> {
                got.add(b);
                platform.failAllListings(503);
            }));
            assertTrue(platform.listingRequests() > before);
        }
        platform.heal();
        try (FigureSource source = source(env(SECRET))) {
            pull(source, store, closedRange(), got);
        }
        assertTruth(closedRange(), got, START);
    }

    @Test
    @DisplayName("under random faults with restarts, every day arrives with its true figures")
    void chaos_randomFaultsAndRestarts(TestReporter reporter) {
        platform.chaos(0.5, 99, Fault.SERVER_ERROR, Fault.RATE_LIMITED, Fault.TRUNCATED_BODY, Fault.MALFORMED_BODY,
                Fault.BROKEN_CHUNK);
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        Collected got = new Collected();
        int restarts = KitChecks.restartUntilDone(() -> {
            try (FigureSource source = source(env(SECRET))) {
                pull(source, store, closedRange(), got);
                return true;
            }
        });
        reporter.publishEntry(Map.of("chaos.requests", Long.toString(platform.requests()),
                "chaos.restarts", Integer.toString(restarts)));
        assertTruth(closedRange(), got, START);
    }

    @Test
    @DisplayName("one source serves concurrent pulls correctly")
    void concurrency_parallelPulls_correct() throws Exception {
        try (FigureSource source = source(env(SECRET))) {
            List<Collected> pulls = KitChecks.inParallel(() -> {
                Collected got = new Collected();
                pull(source, new InMemoryCheckpointStore(), closedRange(), got);
                return got;
            });
            for (Collected got : pulls) {
                assertTruth(closedRange(), got, START);
            }
        }
        assertEquals(0, platform.violations(), "requests beyond the allowance");
    }

    @Test
    @DisplayName("the secret appears in no exception, series, checkpoint or toString")
    void redaction_secretNeverLeaks() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<FigureBatch> batches = new ArrayList<>();
        try (FigureSource source = source(env(SECRET))) {
            FigurePuller.Result result = FigurePuller.of(source, store).pull(closedRange(), batches::add);
            assertFalse(source.toString().contains(SECRET));
            assertFalse(source.manifest().toString().contains(SECRET));
            assertFalse(result.checkpoint().values().toString().contains(SECRET));
            for (FigureBatch b : batches) {
                assertFalse(b.toString().contains(SECRET), "secret in a batch");
            }
            platform.failAllListings(503);
            ConnectorException e = assertThrows(ConnectorException.class,
                    () -> source.figures(closedRange(), Checkpoint.empty()));
            assertFalse(String.valueOf(e.getMessage()).contains(SECRET));
        }
    }

    @Test
    @DisplayName("a declared request budget is never exceeded in any window and at least 90% of it is used")
    void rateLimit_declaredBudget_withinAllowanceAndUsesIt(TestReporter reporter) {
        try (FigureSource source = source(env(SECRET))) {
            List<RateLimitRule> rules = source.manifest().limits();
            if (rules.isEmpty()) {
                assertFalse(dialect.reportsRateLimits(), "the tool reports limits the source does not declare");
                reporter.publishEntry("rateLimit", "none declared: the tool has no rate limit");
                return;
            }
            RateLimitRule rule = rules.get(0);
            platform.rateLimit(rule.requests(), rule.window());
            Collected got = new Collected();
            pull(source, new InMemoryCheckpointStore(), closedRange(), got);
            assertTruth(closedRange(), got, START);
            KitChecks.assertAllowanceKeptAndUsed(platform, rule.requests(), reporter);
        }
    }

    @Test
    @DisplayName("figures whose capability is not declared come back unavailable; declared ones available")
    void capabilities_undeclaredFiguresUnavailable() {
        Set<FigureMetric> web = EnumSet.of(FigureMetric.VISITS, FigureMetric.VISITORS, FigureMetric.PAGEVIEWS,
                FigureMetric.BOUNCES, FigureMetric.VISIT_SECONDS, FigureMetric.RETURNING_VISITS,
                FigureMetric.RETURNING_VISITORS);
        LocalDate yesterday = today().minusDays(1);
        FigureQuery all = new FigureQuery(dialect.query(), yesterday.minusDays(6), yesterday, web);
        try (FigureSource source = source(env(SECRET))) {
            FigureBatch batch = source.figures(all, Checkpoint.empty());
            assertEquals(web.size(), batch.series().size(), "one series per metric asked for");
            for (FigureSeries s : batch.series()) {
                boolean declared = source.manifest().supports(s.metric().capability());
                if (dialect.exactMetrics().contains(s.metric()) || !declared) {
                    assertEquals(declared, s.available(), s.metric() + " availability must follow the capabilities");
                }
                if (!s.available()) {
                    assertTrue(s.points().isEmpty());
                }
            }
        }
    }

    @Test
    @DisplayName("deletions do not apply: the source declares no deletion check and refuses item calls")
    void deletions_notApplicable_declaredByCapabilities() {
        try (FigureSource source = source(env(SECRET))) {
            assertFalse(source.manifest().supports(Capability.DELETION_CHECK),
                    "an aggregate source has no items to re-check");
            assertTrue(source.manifest().supports(Capability.WEB_TRAFFIC)
                    || source.manifest().supports(Capability.SEARCH_VOLUME), "declares what it reads");
            assertThrows(UnsupportedOperationException.class, () -> source.recheck(List.of()));
            assertThrows(UnsupportedOperationException.class,
                    () -> source.fetch(ListeningQuery.hashtag("acme"), Checkpoint.empty()));
        }
        assertEquals(0, platform.requests(), "item calls must not reach the tool");
    }
}
