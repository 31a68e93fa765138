package dev.scrm.engage.internal;

import dev.scrm.engage.BusinessCalendar;
import dev.scrm.engage.SlaMetric;
import java.time.Duration;
import java.time.Instant;

/** One SLA clock of a case: business time accumulated over running intervals, with cached deadlines. */
final class SlaClock {

    final SlaMetric metric;
    final Duration target;
    final BusinessCalendar calendar;
    final Duration nearTarget;
    final Instant startedAt;
    private Duration accumulated = Duration.ZERO;
    private Instant runningSince;
    private Instant deadline;
    private Instant nearAt;
    boolean nearEmitted;
    boolean breachEmitted;

    SlaClock(SlaMetric metric, Duration target, BusinessCalendar calendar, double nearRatio, Instant start,
            boolean running) {
        this.metric = metric;
        this.target = target;
        this.calendar = calendar;
        this.nearTarget = target == null ? null : Duration.ofNanos((long) (target.toNanos() * nearRatio));
        this.startedAt = start;
        this.runningSince = running ? start : null;
        recompute();
    }

    boolean running() {
        return runningSince != null;
    }

    Instant deadline() {
        return deadline;
    }

    Instant nearAt() {
        return nearAt;
    }

    /** The business time elapsed at an instant (which must not be before the last pause or resume). */
    Duration elapsed(Instant at) {
        if (runningSince == null) {
            return accumulated;
        }
        return accumulated.plus(calendar.between(runningSince, at));
    }

    void pause(Instant at) {
        if (runningSince != null) {
            accumulated = elapsed(at);
            runningSince = null;
            recompute();
        }
    }

    void resume(Instant at) {
        if (runningSince == null) {
            runningSince = at;
            recompute();
        }
    }

    /** Stops the clock for good at an instant and returns its business time. */
    Duration stop(Instant at) {
        pause(at);
        return accumulated;
    }

    /** The instant the target was used up, given that it has been (for a breach event). */
    Instant usedUpAt(Instant fallback) {
        return deadline != null ? deadline : fallback;
    }

    boolean breachedAt(Instant at) {
        return target != null && elapsed(at).compareTo(target) > 0;
    }

    boolean nearAt(Instant at) {
        return nearTarget != null && elapsed(at).compareTo(nearTarget) >= 0;
    }

    private void recompute() {
        if (runningSince == null || target == null) {
            deadline = null;
            nearAt = null;
            return;
        }
        deadline = accumulated.compareTo(target) >= 0 ? runningSince
                : calendar.plus(runningSince, target.minus(accumulated));
        nearAt = accumulated.compareTo(nearTarget) >= 0 ? runningSince
                : calendar.plus(runningSince, nearTarget.minus(accumulated));
    }
}
