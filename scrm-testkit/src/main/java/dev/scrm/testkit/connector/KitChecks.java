package dev.scrm.testkit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.ConnectorException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.function.Executable;

/** The checks both conformance kits run the same way, whatever the connector reads. */
final class KitChecks {

    /** Most restarts of a pull under random faults before the kit gives up. */
    private static final int MAX_RESTARTS = 100;
    /** Concurrent pulls in the concurrency scenario. */
    private static final int THREADS = 4;

    private KitChecks() {
    }

    /**
     * Refused credentials fail at once: a non-retryable {@link AuthenticationException} without the secret, after
     * at most two requests.
     *
     * @param platform the simulated platform
     * @param wrong the refused credential
     * @param call the first call of the connector
     */
    static void assertRefusedAtOnce(SimulatedPlatform platform, String wrong, Executable call) {
        AuthenticationException e = assertThrows(AuthenticationException.class, call);
        assertFalse(e.retryable());
        assertFalse(String.valueOf(e.getMessage()).contains(wrong), "the secret leaked into the message");
        assertTrue(platform.requests() <= 2, "retried refused credentials: " + platform.requests() + " requests");
    }

    /**
     * A listing that keeps failing ends with a retryable {@link ConnectorException} after more than one and at most
     * ten attempts.
     *
     * @param platform the simulated platform, failing every listing
     * @param call the call of the connector
     */
    static void assertPersistentFailureRetryable(SimulatedPlatform platform, Executable call) {
        ConnectorException e = assertThrows(ConnectorException.class, call);
        assertTrue(e.retryable());
        assertTrue(platform.listingRequests() > 1 && platform.listingRequests() <= 10,
                "attempts: " + platform.listingRequests());
    }

    /**
     * Runs a pull again after each retryable failure until it finishes, and fails the test when a failure is not
     * retryable or the pull never finishes.
     *
     * @param pull one attempt with a fresh connector; true when it reached the end
     * @return the restarts it took
     */
    static int restartUntilDone(BooleanSupplier pull) {
        int restarts = 0;
        boolean done = false;
        while (!done && restarts < MAX_RESTARTS) {
            try {
                done = pull.getAsBoolean();
            } catch (ConnectorException e) {
                assertTrue(e.retryable(), "only transient failures are injected");
                restarts++;
            }
        }
        assertTrue(done, "the pull never finished");
        return restarts;
    }

    /**
     * Runs the same task on four threads at once and returns what each returned, in submission order.
     *
     * @param task the task
     * @param <T> the result
     * @return the results
     * @throws Exception if a task failed or took longer than a minute
     */
    static <T> List<T> inParallel(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(task));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A long pull kept to an allowance of {@code allowance} requests per window: no request beyond it, several
     * windows spanned and at least 90% of every complete window used. Publishes the figures.
     *
     * @param platform the simulated platform, limited to the allowance
     * @param allowance requests per window
     * @param reporter where the figures go
     */
    static void assertAllowanceKeptAndUsed(SimulatedPlatform platform, long allowance, TestReporter reporter) {
        assertEquals(0, platform.violations(), "requests beyond the allowance");
        Map<Long, Integer> perWindow = platform.requestsPerWindow();
        long lastWindow = Collections.max(perWindow.keySet());
        long used = 0;
        for (Map.Entry<Long, Integer> e : perWindow.entrySet()) {
            if (e.getKey() < lastWindow) {
                used += e.getValue();
            }
        }
        double utilisation = lastWindow == 0 ? 1.0 : used / (double) (allowance * lastWindow);
        reporter.publishEntry(Map.of("rateLimit.requests", Long.toString(platform.requests()),
                "rateLimit.windows", Long.toString(lastWindow + 1),
                "rateLimit.violations", Long.toString(platform.violations()),
                "rateLimit.utilisationOfCompleteWindows", String.format(java.util.Locale.ROOT, "%.3f", utilisation)));
        assertTrue(lastWindow >= 2, "the pull should span several windows, spanned " + (lastWindow + 1));
        assertTrue(utilisation >= 0.9, "used only " + utilisation + " of the allowance");
    }
}
