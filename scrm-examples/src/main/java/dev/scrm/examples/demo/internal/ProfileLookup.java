package dev.scrm.examples.demo.internal;

import dev.scrm.connector.Capability;
import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorException;
import dev.scrm.core.Platform;
import dev.scrm.core.SocialIdentity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes thin author profiles (what a post's payload says about its author) by looking each account up
 * through the connector's {@link Capability#PROFILE_LOOKUP}: at most {@code parallelism} lookups at a time,
 * each bounded by the connector's own connect and read timeouts, and all of them by {@code budget} in total
 * (the wait for each result is bounded by what is left of it, so no wait is unbounded); an account whose
 * lookup fails or is still running when the budget is spent keeps the profile it had. Immutable and
 * thread-safe; each call owns its threads and stops them before it returns.
 */
public final class ProfileLookup {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileLookup.class);

    private final int parallelism;
    private final Duration budget;

    /**
     * A lookup policy.
     *
     * @param parallelism lookups in flight at most, at least 1
     * @param budget the longest wait for all lookups of one call
     */
    public ProfileLookup(int parallelism, Duration budget) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.parallelism = parallelism;
        this.budget = budget;
    }

    /**
     * What one call did.
     *
     * @param profiles the accounts, completed where a lookup succeeded
     * @param completed lookups that returned the account
     * @param missing lookups the platform answered without the account
     * @param failed lookups that failed or were still running when the budget was spent
     */
    public record Outcome(List<SocialIdentity> profiles, int completed, int missing, int failed) {
    }

    /**
     * Whether an account as a page carried it is thin: without follower counts, which every platform's full
     * profile view reports, so its bio and links are likely missing too.
     *
     * @param s the account as pulled
     * @return whether it is worth looking up
     */
    public static boolean thin(SocialIdentity s) {
        return s.followerCounts() == null;
    }

    /**
     * Looks the accounts up and returns each one completed, or as it was when its lookup did not succeed.
     *
     * @param connector a connector of the accounts' platform
     * @param accounts the accounts, all of that platform
     * @return the profiles in the accounts' order and the counts
     */
    public Outcome complete(Connector connector, List<SocialIdentity> accounts) {
        if (accounts.isEmpty() || !connector.manifest().capabilities().contains(Capability.PROFILE_LOOKUP)) {
            return new Outcome(List.copyOf(accounts), 0, 0, 0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, accounts.size()), daemons());
        try {
            List<CompletableFuture<Optional<SocialIdentity>>> futures = new ArrayList<>(accounts.size());
            for (SocialIdentity s : accounts) {
                futures.add(CompletableFuture.supplyAsync(() -> connector.profile(key(s)), pool));
            }
            long deadline = System.nanoTime() + budget.toNanos();
            List<SocialIdentity> out = new ArrayList<>(accounts.size());
            int completed = 0;
            int missing = 0;
            int failed = 0;
            for (int i = 0; i < accounts.size(); i++) {
                SocialIdentity thin = accounts.get(i);
                CompletableFuture<Optional<SocialIdentity>> f = futures.get(i);
                try {
                    long left = Math.max(0, deadline - System.nanoTime());
                    Optional<SocialIdentity> full = f.get(left, TimeUnit.NANOSECONDS);
                    if (full.isPresent() && full.get().id().equals(thin.id())) {
                        out.add(full.get());
                        completed++;
                    } else {
                        out.add(thin);
                        missing++;
                    }
                } catch (TimeoutException | ExecutionException | CancellationException e) {
                    f.cancel(true);
                    out.add(thin);
                    failed++;
                    if (failed == 1) {
                        LOG.debug("profile lookup on {} failed: {}", connector.manifest().id(), reason(e));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while looking profiles up", e);
                }
            }
            return new Outcome(out, completed, missing, failed);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The account as the platform's lookup takes it: the handle where the API is by name, else the id. */
    private static String key(SocialIdentity s) {
        Platform p = s.id().platform();
        boolean byName = (p.equals(Platform.REDDIT) || p.equals(Platform.X)) && s.handle() != null;
        return byName ? s.handle() : s.id().nativeId();
    }

    private static String reason(Exception e) {
        Throwable c = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return c instanceof ConnectorException ce ? ce.getMessage() : c.getClass().getSimpleName();
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "scrm-demo-profile-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
