package dev.scrm.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told to, by a fixed step on every reading. Thread-safe. */
public final class TestClock extends Clock {

    private Instant now;
    private final Duration step;

    /**
     * Creates a clock.
     *
     * @param start the first reading
     * @param step how far each reading advances it
     */
    public TestClock(Instant start, Duration step) {
        this.now = start;
        this.step = step;
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
