package dev.scrm.connectors.http;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one platform reports its rate limit in response headers, in its own units. The connector reads the
 * remaining allowance and the reset time after every response and waits for the reset once the allowance
 * is used up, before the platform would refuse the next request.
 *
 * <p>The factories cover the known forms: {@link #isoInstantReset} (Mastodon), {@link #epochSecondsReset}
 * (Bluesky, X), {@link #secondsUntilReset} (Reddit, with float remaining counts) and {@link #none()}
 * (platforms without headers). Header names are matched case-insensitively. Immutable and thread-safe.
 */
public final class RateLimitFormat {

    private final String name;
    private final String limitHeader;
    private final String remainingHeader;
    private final String resetHeader;
    private final ResetUnit unit;

    private enum ResetUnit { ISO_INSTANT, EPOCH_SECONDS, SECONDS_UNTIL, META_USAGE, NONE }

    private RateLimitFormat(String name, String limitHeader, String remainingHeader, String resetHeader,
            ResetUnit unit) {
        this.name = name;
        this.limitHeader = limitHeader;
        this.remainingHeader = remainingHeader;
        this.resetHeader = resetHeader;
        this.unit = unit;
    }

    /**
     * Headers {@code <prefix>-Limit}, {@code -Remaining} and {@code -Reset}, the reset being an ISO-8601
     * instant (Mastodon: {@code X-RateLimit-Reset: 2026-08-01T14:00:00.070144Z}).
     *
     * @param prefix the header prefix, for example {@code X-RateLimit}
     * @return the format
     */
    public static RateLimitFormat isoInstantReset(String prefix) {
        return of("iso-instant", prefix, ResetUnit.ISO_INSTANT);
    }

    /**
     * Headers {@code <prefix>-Limit}, {@code -Remaining} and {@code -Reset}, the reset being epoch seconds
     * (Bluesky {@code RateLimit-Reset}, X {@code x-rate-limit-reset}).
     *
     * @param prefix the header prefix, for example {@code RateLimit} or {@code x-rate-limit}
     * @return the format
     */
    public static RateLimitFormat epochSecondsReset(String prefix) {
        return of("epoch-seconds", prefix, ResetUnit.EPOCH_SECONDS);
    }

    /**
     * Headers {@code <prefix>-Used}, {@code -Remaining} (possibly a float such as {@code "593.0"}) and
     * {@code -Reset}, the reset being the seconds left in the window (Reddit {@code X-Ratelimit-Reset: 291}).
     * The limit is taken as used + remaining.
     *
     * @param prefix the header prefix, for example {@code X-Ratelimit}
     * @return the format
     */
    public static RateLimitFormat secondsUntilReset(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new RateLimitFormat("seconds-until", prefix + "-Used", prefix + "-Remaining", prefix + "-Reset",
                ResetUnit.SECONDS_UNTIL);
    }

    /**
     * Meta's usage headers: {@code X-App-Usage}, {@code X-Page-Usage} and {@code X-Ad-Account-Usage} hold
     * JSON percentages ({@code call_count}, {@code total_cputime}, {@code total_time}) and
     * {@code X-Business-Use-Case-Usage} adds {@code estimated_time_to_regain_access} in minutes. The highest
     * percentage decides: at 100 % nothing may be sent until the regain time (one minute when not given); from
     * {@value #META_SLOW_DOWN_PERCENT} % one request per minute; below that, and when the headers are missing
     * (Meta omits them at low usage), no limit is known.
     *
     * @return the format
     */
    public static RateLimitFormat metaUsage() {
        return new RateLimitFormat("meta-usage", null, "X-App-Usage", "X-Business-Use-Case-Usage",
                ResetUnit.META_USAGE);
    }

    /** Usage percentage from which {@link #metaUsage()} slows down to one request per minute. */
    public static final int META_SLOW_DOWN_PERCENT = 90;

    /**
     * A platform that sends no rate-limit headers; only {@code Retry-After} on 429 is honoured.
     *
     * @return the format
     */
    public static RateLimitFormat none() {
        return new RateLimitFormat("none", null, null, null, ResetUnit.NONE);
    }

    private static RateLimitFormat of(String name, String prefix, ResetUnit unit) {
        Objects.requireNonNull(prefix, "prefix");
        return new RateLimitFormat(name, prefix + "-Limit", prefix + "-Remaining", prefix + "-Reset", unit);
    }

    /**
     * Reads the rate-limit state from one response's headers.
     *
     * @param headers looks a header up by name (case-insensitive), returning null when absent
     * @param now the current time, for relative resets
     * @return the state, or empty when the headers are absent or unreadable
     */
    public Optional<RateLimitState> read(Function<String, String> headers, Instant now) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(now, "now");
        if (unit == ResetUnit.NONE) {
            return Optional.empty();
        }
        if (unit == ResetUnit.META_USAGE) {
            return metaUsage(headers, now);
        }
        String remainingText = headers.apply(remainingHeader);
        String resetText = headers.apply(resetHeader);
        if (remainingText == null || resetText == null) {
            return Optional.empty();
        }
        try {
            long remaining = (long) Math.floor(Double.parseDouble(remainingText.trim()));
            Instant reset = switch (unit) {
                case ISO_INSTANT -> Instant.parse(resetText.trim());
                case EPOCH_SECONDS -> epochSeconds(resetText.trim());
                case SECONDS_UNTIL -> now.plus(secondsDuration(resetText.trim()));
                case NONE, META_USAGE -> throw new IllegalStateException();
            };
            String limitText = headers.apply(limitHeader);
            long limit;
            if (limitText == null) {
                limit = -1;
            } else if (unit == ResetUnit.SECONDS_UNTIL) {
                limit = (long) Math.floor(Double.parseDouble(limitText.trim())) + remaining;
            } else {
                limit = (long) Math.floor(Double.parseDouble(limitText.trim()));
            }
            return Optional.of(new RateLimitState(Math.max(limit, -1), Math.max(remaining, 0), reset));
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a {@code Retry-After} header: delay seconds or an HTTP date.
     *
     * @param value the header value, may be null
     * @param now the current time
     * @return the instant to retry at, or empty when absent or unreadable
     */
    public static Optional<Instant> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(now.plus(secondsDuration(v)));
        } catch (NumberFormatException e) {
            try {
                return Optional.of(java.time.ZonedDateTime.parse(v,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static Optional<RateLimitState> metaUsage(Function<String, String> headers, Instant now) {
        double max = -1;
        long regainMinutes = 0;
        for (String name : new String[] {"X-App-Usage", "X-Page-Usage", "X-Ad-Account-Usage",
            "X-Business-Use-Case-Usage"}) {
            String text = headers.apply(name);
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                tools.jackson.databind.JsonNode node = dev.scrm.connectors.http.internal.Json.MAPPER.readTree(text);
                java.util.List<tools.jackson.databind.JsonNode> budgets = new java.util.ArrayList<>();
                if (name.equals("X-Business-Use-Case-Usage")) {
                    for (var entry : node.properties()) {
                        entry.getValue().forEach(budgets::add);
                    }
                } else {
                    budgets.add(node);
                }
                for (tools.jackson.databind.JsonNode b : budgets) {
                    for (String f : new String[] {"call_count", "total_cputime", "total_time"}) {
                        tools.jackson.databind.JsonNode v = b.get(f);
                        if (v != null && v.isNumber()) {
                            max = Math.max(max, v.asDouble());
                        }
                    }
                    tools.jackson.databind.JsonNode regain = b.get("estimated_time_to_regain_access");
                    if (regain != null && regain.isNumber()) {
                        regainMinutes = Math.max(regainMinutes, regain.asLong());
                    }
                }
            } catch (tools.jackson.core.JacksonException e) {
                // an unreadable usage header tells nothing
            }
        }
        if (max >= 100) {
            return Optional.of(new RateLimitState(100, 0, now.plus(Duration.ofMinutes(Math.max(1, regainMinutes)))));
        }
        if (max >= META_SLOW_DOWN_PERCENT) {
            return Optional.of(new RateLimitState(100, 0, now.plus(Duration.ofMinutes(1))));
        }
        return Optional.empty();
    }

    private static Instant epochSeconds(String text) {
        double seconds = Double.parseDouble(text);
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole, (long) ((seconds - whole) * 1e9));
    }

    private static Duration secondsDuration(String text) {
        double seconds = Double.parseDouble(text);
        if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new NumberFormatException("negative or invalid seconds");
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    @Override
    public String toString() {
        return "RateLimitFormat[" + name + (remainingHeader == null ? ""
                : ", " + remainingHeader.toLowerCase(Locale.ROOT)) + "]";
    }

    /**
     * The rate-limit state one response reported. Immutable and thread-safe.
     *
     * @param limit requests allowed in the window, or -1 when not reported
     * @param remaining requests left in the window
     * @param resetAt when the window resets
     */
    public record RateLimitState(long limit, long remaining, Instant resetAt) {

        /**
         * Validates the state.
         *
         * @throws NullPointerException if the reset is null
         * @throws IllegalArgumentException if remaining is negative
         */
        public RateLimitState {
            if (remaining < 0) {
                throw new IllegalArgumentException("remaining must be >= 0, was " + remaining);
            }
            Objects.requireNonNull(resetAt, "resetAt");
        }
    }
}
