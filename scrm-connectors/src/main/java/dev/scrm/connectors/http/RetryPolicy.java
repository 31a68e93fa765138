package dev.scrm.connectors.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How a connector retries transient failures (5xx, timeouts, truncated or malformed bodies) and how long it
 * may wait for a rate limit. Refused credentials and exhausted quotas are never retried.
 *
 * <p>The n-th retry waits {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, scaled by a random
 * factor in {@code [1 - jitter, 1]}. A platform's reset header or {@code Retry-After} replaces the
 * computed wait for 429 responses. Immutable and thread-safe.
 *
 * @param maxAttempts attempts per call for transient failures, including the first, at least 1
 * @param initialBackoff the first retry's wait, not negative
 * @param maxBackoff the longest single back-off, at least {@code initialBackoff}
 * @param multiplier the growth factor per attempt, at least 1
 * @param jitter the random share taken off each wait, within [0, 1]
 * @param maxRateLimitWaits how many 429 responses one call may wait out before it fails, at least 0
 * @param maxRateLimitWait the longest wait for a rate-limit reset; a longer one fails the call with a
 *     retryable {@link dev.scrm.connector.RateLimitedException}
 */
public record RetryPolicy(
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        double multiplier,
        double jitter,
        int maxRateLimitWaits,
        Duration maxRateLimitWait) {

    /** Default attempts per call: 5. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** Default first back-off: 1 s. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    /** Default longest back-off: 60 s. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(60);
    /** Default growth factor: 2. */
    public static final double DEFAULT_MULTIPLIER = 2.0;
    /** Default jitter: 0.5 (waits between half and all of the computed back-off). */
    public static final double DEFAULT_JITTER = 0.5;
    /** Default 429 waits per call: 10. */
    public static final int DEFAULT_MAX_RATE_LIMIT_WAITS = 10;
    /** Default longest rate-limit wait: 16 minutes (longer than the 15-minute windows of X). */
    public static final Duration DEFAULT_MAX_RATE_LIMIT_WAIT = Duration.ofMinutes(16);

    private static final RetryPolicy DEFAULTS = new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF,
            DEFAULT_MAX_BACKOFF, DEFAULT_MULTIPLIER, DEFAULT_JITTER, DEFAULT_MAX_RATE_LIMIT_WAITS,
            DEFAULT_MAX_RATE_LIMIT_WAIT);

    /**
     * Validates the policy.
     *
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if a value is out of range; the message names it
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative, was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be >= initialBackoff, was " + maxBackoff);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be >= 1, was " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be within [0, 1], was " + jitter);
        }
        if (maxRateLimitWaits < 0) {
            throw new IllegalArgumentException("maxRateLimitWaits must be >= 0, was " + maxRateLimitWaits);
        }
        if (maxRateLimitWait.isNegative()) {
            throw new IllegalArgumentException("maxRateLimitWait must not be negative, was " + maxRateLimitWait);
        }
    }

    /**
     * The default policy: 5 attempts, back-off from 1 s doubling up to 60 s with 50 % jitter, up to ten
     * rate-limit waits of at most 16 minutes each.
     *
     * @return the default policy
     */
    public static RetryPolicy ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A policy that never retries transient failures (rate limits are still waited out).
     *
     * @return the policy
     */
    public static RetryPolicy noRetries() {
        return DEFAULTS.withMaxAttempts(1);
    }

    /**
     * A copy with another attempt count.
     *
     * @param value attempts per call, at least 1
     * @return the copy
     */
    public RetryPolicy withMaxAttempts(int value) {
        return new RetryPolicy(value, initialBackoff, maxBackoff, multiplier, jitter, maxRateLimitWaits,
                maxRateLimitWait);
    }

    /**
     * A copy with other back-off bounds.
     *
     * @param initial the first retry's wait
     * @param max the longest single wait
     * @return the copy
     */
    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, multiplier, jitter, maxRateLimitWaits, maxRateLimitWait);
    }

    /**
     * A copy with another rate-limit wait budget.
     *
     * @param waits how many 429 responses one call may wait out
     * @param longest the longest single wait
     * @return the copy
     */
    public RetryPolicy withRateLimitWaits(int waits, Duration longest) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, waits, longest);
    }

    /**
     * The back-off before a retry, before jitter.
     *
     * @param retry the retry's number, 1 for the first retry
     * @return the wait
     */
    public Duration backoff(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be >= 1, was " + retry);
        }
        double nanos = initialBackoff.toNanos() * Math.pow(multiplier, retry - 1);
        return nanos >= maxBackoff.toNanos() ? maxBackoff : Duration.ofNanos((long) nanos);
    }
}
