package dev.scrm.connectors.http.internal;

import dev.scrm.connector.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A client-side allowance of N requests per rolling window, for platforms that publish a budget but send no
 * rate-limit headers (Plausible: 600 requests per hour per key). Every request, retries included, waits until
 * sending it keeps the last window within the allowance; so no fixed window of that length can hold more than
 * N either. Thread-safe.
 */
public final class RequestBudget implements Interceptor {

    private final long limit;
    private final Duration window;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ArrayDeque<Instant> sent = new ArrayDeque<>();

    public RequestBudget(long limit, Duration window, Clock clock, Sleeper sleeper) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        this.limit = limit;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the request budget");
        }
        return chain.proceed(chain.request());
    }

    /** Blocks until one more request fits the budget and records it. */
    public void acquire() throws InterruptedException {
        int stalled = 0;
        while (true) {
            Duration wait;
            Instant before;
            synchronized (this) {
                Instant now = clock.instant();
                while (!sent.isEmpty() && !sent.peekFirst().plus(window).isAfter(now)) {
                    sent.pollFirst();
                }
                if (sent.size() < limit) {
                    sent.addLast(now);
                    return;
                }
                wait = Duration.between(now, sent.peekFirst().plus(window));
                before = now;
            }
            sleeper.sleep(wait);
            if (!clock.instant().isAfter(before) && ++stalled > RateLimiter.MAX_STALLED_WAITS) {
                throw new IllegalStateException("the clock did not advance while the sleeper waited for the request"
                        + " budget; inject a sleeper that lets the clock's time pass");
            }
        }
    }
}
