package dev.scrm.connectors.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.connectors.TestClock;
import dev.scrm.connectors.http.RateLimitFormat.RateLimitState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T12:00:00Z"));

    @Test
    void exhaustedAllowance_waitsUntilTheResetBeforeSending() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(clock, clock.sleeper(), Duration.ofSeconds(1));
        limiter.acquire();
        limiter.release(new RateLimitState(3, 1, clock.instant().plusSeconds(60)));
        assertThat(limiter.acquire()).isZero();
        limiter.release(null);
        Duration waited = limiter.acquire();
        assertThat(waited).isEqualTo(Duration.ofSeconds(61));
        assertThat(limiter.waits()).isEqualTo(1);
    }

    @Test
    void requestsInFlight_areSubtractedFromTheReportedRemainder() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(clock, clock.sleeper(), Duration.ZERO);
        limiter.acquire();
        limiter.acquire();
        limiter.acquire();
        // the server saw one request and reports 2 left; the two still in flight may take both
        limiter.release(new RateLimitState(10, 2, clock.instant().plusSeconds(60)));
        assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aClockThatNeverMoves_isReportedInsteadOfLooping() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(clock, d -> { }, Duration.ZERO);
        limiter.blockUntil(clock.instant().plusSeconds(5));
        assertThatThrownBy(limiter::acquire).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clock did not advance");
    }
}
