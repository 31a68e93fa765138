package dev.scrm.connectors.http.internal;

import dev.scrm.connector.Sleeper;
import dev.scrm.connectors.http.RateLimitFormat.RateLimitState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps one connector's view of its rate-limit window and makes callers wait before the allowance runs
 * out. Each request reserves one unit of the remaining allowance before it is sent, so concurrent callers
 * cannot overshoot; responses correct the count from the platform's headers. Thread-safe.
 */
public final class RateLimiter {

    /** Waits after which a clock that never moves is reported as a misconfiguration instead of looping. */
    static final int MAX_STALLED_WAITS = 1000;

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration margin;
    private long limit = -1;
    private long remaining = -1;
    private Instant resetAt;
    private long waits;
    private int inFlight;

    public RateLimiter(Clock clock, Sleeper sleeper, Duration margin) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.margin = margin;
    }

    /** Blocks until a request may be sent, then reserves it and counts it in flight until {@link #release}. */
    public Duration acquire() throws InterruptedException {
        Duration waited = acquire(true);
        return waited;
    }

    /** Blocks until a request may be sent and reserves it; tracked requests must be released. */
    public Duration acquire(boolean track) throws InterruptedException {
        Duration total = Duration.ZERO;
        int stalled = 0;
        while (true) {
            Duration wait;
            Instant before;
            synchronized (this) {
                Instant now = clock.instant();
                if (resetAt != null && !now.isBefore(resetAt.plus(margin))) {
                    resetAt = null;
                    remaining = limit;
                }
                if (remaining != 0) {
                    if (remaining > 0) {
                        remaining--;
                    }
                    if (track) {
                        inFlight++;
                    }
                    return total;
                }
                wait = Duration.between(now, resetAt.plus(margin));
                waits++;
                before = now;
            }
            sleeper.sleep(wait);
            total = total.plus(wait);
            if (!clock.instant().isAfter(before) && ++stalled > MAX_STALLED_WAITS) {
                throw new IllegalStateException("the clock did not advance while the sleeper waited for a rate-limit"
                        + " reset; inject a sleeper that lets the clock's time pass");
            }
        }
    }

    /**
     * Ends a tracked request and takes in the state its response reported, if any. Requests still in flight
     * may not be counted in the reported remaining allowance yet, so they are subtracted from it: the view
     * errs on the side of sending fewer requests, never more.
     */
    public synchronized void release(RateLimitState state) {
        if (inFlight > 0) {
            inFlight--;
        }
        if (state == null) {
            return;
        }
        if (state.limit() > 0) {
            limit = state.limit();
        }
        long reported = Math.max(0, state.remaining() - inFlight);
        if (resetAt == null || state.resetAt().isAfter(resetAt)) {
            resetAt = state.resetAt();
            remaining = reported;
        } else if (remaining < 0 || reported < remaining) {
            remaining = reported;
        }
    }

    /** Blocks every request until an instant (after a 429). */
    public synchronized void blockUntil(Instant until) {
        if (resetAt == null || until.isAfter(resetAt) || remaining != 0) {
            resetAt = until;
        }
        remaining = 0;
    }

    /** How many times a caller had to wait. */
    public synchronized long waits() {
        return waits;
    }
}
