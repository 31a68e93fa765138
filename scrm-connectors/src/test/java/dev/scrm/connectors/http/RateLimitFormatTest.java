package dev.scrm.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RateLimitFormatTest {

    private static final Instant NOW = Instant.parse("2026-08-01T13:56:00Z");

    private static java.util.function.Function<String, String> headers(Map<String, String> map) {
        TreeMap<String, String> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.putAll(map);
        return ci::get;
    }

    @Test
    void mastodon_isoInstantReset() {
        var state = RateLimitFormat.isoInstantReset("X-RateLimit").read(headers(Map.of("x-ratelimit-limit", "300",
                "x-ratelimit-remaining", "299", "x-ratelimit-reset", "2026-08-01T14:00:00.070144Z")), NOW);
        assertThat(state).hasValueSatisfying(s -> {
            assertThat(s.limit()).isEqualTo(300);
            assertThat(s.remaining()).isEqualTo(299);
            assertThat(s.resetAt()).isEqualTo(Instant.parse("2026-08-01T14:00:00.070144Z"));
        });
    }

    @Test
    void bluesky_epochSecondsReset() {
        var state = RateLimitFormat.epochSecondsReset("RateLimit").read(headers(Map.of("RateLimit-Limit", "3000",
                "RateLimit-Remaining", "2999", "RateLimit-Reset", "1785592800", "RateLimit-Policy", "3000;w=300")), NOW);
        assertThat(state).hasValueSatisfying(s -> {
            assertThat(s.remaining()).isEqualTo(2999);
            assertThat(s.resetAt()).isEqualTo(Instant.ofEpochSecond(1785592800L));
        });
    }

    @Test
    void x_epochSecondsReset_lowerCaseHeaders() {
        var state = RateLimitFormat.epochSecondsReset("x-rate-limit").read(headers(Map.of("x-rate-limit-limit", "450",
                "x-rate-limit-remaining", "448", "x-rate-limit-reset", "1665183229")), NOW);
        assertThat(state).hasValueSatisfying(s -> {
            assertThat(s.limit()).isEqualTo(450);
            assertThat(s.resetAt()).isEqualTo(Instant.ofEpochSecond(1665183229L));
        });
    }

    @Test
    void reddit_floatRemaining_secondsUntilReset() {
        var state = RateLimitFormat.secondsUntilReset("X-Ratelimit").read(headers(Map.of("X-Ratelimit-Used", "7",
                "X-Ratelimit-Remaining", "593.0", "X-Ratelimit-Reset", "291")), NOW);
        assertThat(state).hasValueSatisfying(s -> {
            assertThat(s.remaining()).isEqualTo(593);
            assertThat(s.limit()).isEqualTo(600);
            assertThat(s.resetAt()).isEqualTo(NOW.plusSeconds(291));
        });
    }

    @Test
    void missingOrGarbledHeaders_readAsUnknown() {
        assertThat(RateLimitFormat.isoInstantReset("X-RateLimit").read(headers(Map.of()), NOW)).isEmpty();
        assertThat(RateLimitFormat.isoInstantReset("X-RateLimit").read(headers(Map.of("X-RateLimit-Remaining", "1",
                "X-RateLimit-Reset", "1785592800")), NOW)).as("epoch where an instant is expected").isEmpty();
        assertThat(RateLimitFormat.epochSecondsReset("RateLimit").read(headers(Map.of("RateLimit-Remaining", "x",
                "RateLimit-Reset", "1")), NOW)).isEmpty();
        assertThat(RateLimitFormat.none().read(headers(Map.of("RateLimit-Remaining", "1")), NOW)).isEmpty();
    }

    @Test
    void retryAfter_secondsOrHttpDate() {
        assertThat(RateLimitFormat.retryAfter("120", NOW)).contains(NOW.plusSeconds(120));
        assertThat(RateLimitFormat.retryAfter("Sat, 01 Aug 2026 14:00:00 GMT", NOW))
                .contains(Instant.parse("2026-08-01T14:00:00Z"));
        assertThat(RateLimitFormat.retryAfter("soon", NOW)).isEmpty();
        assertThat(RateLimitFormat.retryAfter(null, NOW)).isEmpty();
    }
}
