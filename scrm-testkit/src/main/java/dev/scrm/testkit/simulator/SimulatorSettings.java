package dev.scrm.testkit.simulator;

import dev.scrm.core.Platform;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the platform simulators behave: injected faults, rate limits, authentication and the clock.
 *
 * <p>Faults are reproducible: whether a request gets one depends only on the seed, the request's method and
 * URL and how many times that same request was made before, never on timing or on other requests. The same
 * request never fails more than {@value #MAX_CONSECUTIVE_FAULTS} times in a row, so a client that retries
 * always gets through. Token endpoints never fail. Immutable and thread-safe; start from
 * {@link #ofDefaults()} and change fields with the {@code withX} copies.
 *
 * @param seed the seed of the fault decisions
 * @param faultRate the probability that a read request gets a fault, within [0, 1] (default 0)
 * @param faults the kinds of fault to inject, chosen with equal chance; not empty (default all)
 * @param rateLimits the request budget per platform; a platform without an entry is unlimited (default each
 *     platform's real limit, see {@link RateLimit})
 * @param requireAuth whether endpoints that need a token on the real platform answer 401 without an
 *     {@code Authorization} header (default true); any token is accepted
 * @param clock the clock of the rate-limit windows and reset headers, which also decides which day's follower
 *     counts the brands' profiles show (default the system UTC clock)
 */
public record SimulatorSettings(long seed, double faultRate, Set<FaultKind> faults, Map<Platform, RateLimit> rateLimits,
        boolean requireAuth, Clock clock) {

    /** The most times in a row the same request gets a fault. */
    public static final int MAX_CONSECUTIVE_FAULTS = 2;

    /**
     * Validates and copies the settings.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the fault rate is outside [0, 1] or no fault kind is given
     */
    public SimulatorSettings {
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(clock, "clock");
        if (!(faultRate >= 0.0 && faultRate <= 1.0)) {
            throw new IllegalArgumentException("faultRate must be within [0, 1], was " + faultRate);
        }
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("faults must name at least one fault kind");
        }
        faults = Set.copyOf(EnumSet.copyOf(faults));
        rateLimits = Map.copyOf(rateLimits);
    }

    /**
     * No faults, each platform's real rate limit, authentication required, the system clock.
     *
     * @return the default settings
     */
    public static SimulatorSettings ofDefaults() {
        return new SimulatorSettings(1L, 0.0, EnumSet.allOf(FaultKind.class), Map.of(
                Platform.MASTODON, RateLimit.MASTODON, Platform.BLUESKY, RateLimit.BLUESKY,
                Platform.REDDIT, RateLimit.REDDIT, Platform.X, RateLimit.X), true, Clock.systemUTC());
    }

    /**
     * A copy that injects faults.
     *
     * @param rate the probability of a fault per read request, within [0, 1]
     * @param seed the seed of the fault decisions
     * @return the copy
     */
    public SimulatorSettings withFaults(double rate, long seed) {
        return new SimulatorSettings(seed, rate, faults, rateLimits, requireAuth, clock);
    }

    /**
     * A copy that injects only these kinds of fault.
     *
     * @param kinds the kinds, not empty
     * @return the copy
     */
    public SimulatorSettings withFaultKinds(Set<FaultKind> kinds) {
        return new SimulatorSettings(seed, faultRate, kinds, rateLimits, requireAuth, clock);
    }

    /**
     * A copy with another budget for one platform.
     *
     * @param platform the platform
     * @param limit its budget, or {@code null} for no limit
     * @return the copy
     */
    public SimulatorSettings withRateLimit(Platform platform, RateLimit limit) {
        Objects.requireNonNull(platform, "platform");
        Map<Platform, RateLimit> copy = new LinkedHashMap<>(rateLimits);
        if (limit == null) {
            copy.remove(platform);
        } else {
            copy.put(platform, limit);
        }
        return new SimulatorSettings(seed, faultRate, faults, copy, requireAuth, clock);
    }

    /**
     * A copy without rate limits: the headers still show a budget, but it never runs out.
     *
     * @return the copy
     */
    public SimulatorSettings withoutRateLimits() {
        return new SimulatorSettings(seed, faultRate, faults, Map.of(), requireAuth, clock);
    }

    /**
     * A copy that does or does not require an {@code Authorization} header where the platform does.
     *
     * @param value whether to require it
     * @return the copy
     */
    public SimulatorSettings withRequireAuth(boolean value) {
        return new SimulatorSettings(seed, faultRate, faults, rateLimits, value, clock);
    }

    /**
     * A copy with another clock.
     *
     * @param value the clock
     * @return the copy
     */
    public SimulatorSettings withClock(Clock value) {
        return new SimulatorSettings(seed, faultRate, faults, rateLimits, requireAuth, value);
    }
}
