package dev.scrm.connector;

import java.time.Duration;

/**
 * Waits for a while: the one place where a connector blocks for rate limits and back-off. Production code
 * uses {@link #system()}; tests inject one that advances a manual clock, so they never sleep.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Blocks for the duration.
     *
     * @param duration how long, not negative
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The sleeper that blocks the calling thread ({@link Thread#sleep(long, int)}).
     *
     * @return the sleeper
     */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }
}
