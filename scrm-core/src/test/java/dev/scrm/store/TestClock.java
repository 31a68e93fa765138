package dev.scrm.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The clock of scrm-core's tests, in UTC: it moves only when a test advances or sets it, and, when made with a
 * step, by that step on every reading. scrm-core cannot depend on scrm-testkit, whose {@code ManualClock} the
 * other modules' tests use. Thread-safe.
 */
public final class TestClock extends Clock {

    private Instant now;
    private final Duration step;

    /**
     * Creates a clock that moves only when told to.
     *
     * @param start the first reading
     */
    public TestClock(Instant start) {
        this(start, Duration.ZERO);
    }

    /**
     * Creates a clock.
     *
     * @param start the first reading
     * @param step how far each reading advances it
     */
    public TestClock(Instant start, Duration step) {
        this.now = Objects.requireNonNull(start, "start");
        this.step = Objects.requireNonNull(step, "step");
    }

    /**
     * Moves the clock by a duration.
     *
     * @param d how far; negative moves it back
     */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /**
     * Puts the clock at an instant, earlier or later.
     *
     * @param at the next reading
     */
    public synchronized void set(Instant at) {
        now = Objects.requireNonNull(at, "at");
    }

    @Override
    public synchronized Instant instant() {
        Instant current = now;
        now = now.plus(step);
        return current;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed to UTC");
    }
}
