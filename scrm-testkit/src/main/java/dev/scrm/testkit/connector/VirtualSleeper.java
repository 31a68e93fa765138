package dev.scrm.testkit.connector;

import dev.scrm.connector.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Sleeper} that never blocks: it advances a {@link ManualClock} by the requested time and records
 * the total. Thread-safe.
 */
public final class VirtualSleeper implements Sleeper {

    private final ManualClock clock;
    private final AtomicLong sleptNanos = new AtomicLong();
    private final AtomicLong sleeps = new AtomicLong();

    /**
     * A sleeper that advances a clock.
     *
     * @param clock the clock
     */
    public VirtualSleeper(ManualClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        sleeps.incrementAndGet();
        sleptNanos.addAndGet(duration.toNanos());
        clock.advance(duration);
    }

    /**
     * The total time slept.
     *
     * @return the total
     */
    public Duration slept() {
        return Duration.ofNanos(sleptNanos.get());
    }

    /**
     * How many times it was asked to sleep a positive duration.
     *
     * @return the count
     */
    public long sleeps() {
        return sleeps.get();
    }
}
