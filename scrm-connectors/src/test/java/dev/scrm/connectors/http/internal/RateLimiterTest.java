package dev.scrm.connectors.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.connectors.http.RateLimitFormat.RateLimitState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T12:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void exhaustedAllowance_waitsUntilTheResetBeforeSending() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(clock, d -> now.updateAndGet(t -> t.plus(d)), Duration.ofSeconds(1));
        limiter.acquire();
        limiter.release(new RateLimitState(3, 1, now.get().plusSeconds(60)));
        assertThat(limiter.acquire()).isZero();
        limiter.release(null);
        Duration waited = limiter.acquire();
        assertThat(waited).isEqualTo(Duration.ofSeconds(61));
        assertThat(limiter.waits()).isEqualTo(1);
    }

    @Test
    void requestsInFlight_areSubtractedFromTheReportedRemainder() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(clock, d -> now.updateAndGet(t -> t.plus(d)), Duration.ZERO);
        limiter.acquire();
        limiter.acquire();
        limiter.acquire();
        // the server saw one request and reports 2 left; the two still in flight may take both
        limiter.release(new RateLimitState(10, 2, now.get().plusSeconds(60)));
        assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aClockThatNeverMoves_isReportedInsteadOfLooping() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(clock, d -> { }, Duration.ZERO);
        limiter.blockUntil(now.get().plusSeconds(5));
        assertThatThrownBy(limiter::acquire).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clock did not advance");
    }
}
