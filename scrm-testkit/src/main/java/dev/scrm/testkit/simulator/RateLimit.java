package dev.scrm.testkit.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A fixed-window request budget: at most {@code limit} requests in each window of {@code window} length,
 * windows aligned to the epoch. Immutable and thread-safe.
 *
 * @param limit requests allowed per window, at least 1
 * @param window the window length, at least one second
 */
public record RateLimit(int limit, Duration window) {

    /** Mastodon's default: 300 requests per 5 minutes. */
    public static final RateLimit MASTODON = new RateLimit(300, Duration.ofMinutes(5));
    /** A Bluesky PDS's: 3,000 requests per 5 minutes. */
    public static final RateLimit BLUESKY = new RateLimit(3_000, Duration.ofMinutes(5));
    /** Reddit's: 100 queries per minute averaged over 10 minutes, so 600 per 10 minutes. */
    public static final RateLimit REDDIT = new RateLimit(600, Duration.ofMinutes(10));
    /** X recent search, per app: 450 requests per 15 minutes. */
    public static final RateLimit X = new RateLimit(450, Duration.ofMinutes(15));

    /**
     * Validates the limit.
     *
     * @throws NullPointerException if the window is null
     * @throws IllegalArgumentException if the limit is below 1 or the window shorter than a second
     */
    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        if (window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("window must be at least one second");
        }
    }
}
