package dev.scrm.engage;

import dev.scrm.core.Platform;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which service-level targets apply to a case, on which business calendar, and when a clock counts as
 * nearly breached.
 *
 * <p>The targets that apply to a case are the most specific {@link SlaTarget} matching its priority and
 * the platform of its first message (priority and platform beat priority alone, which beats platform alone,
 * which beats neither); among equally specific ones the first added wins. A clock is nearly breached once
 * {@link #nearBreachRatio()} of its target has elapsed in business time. Immutable and thread-safe.
 */
public final class SlaPolicy {

    /** The default near-breach ratio: a warning at 80 % of the target. */
    public static final double DEFAULT_NEAR_BREACH_RATIO = 0.8;

    private final BusinessCalendar calendar;
    private final List<SlaTarget> targets;
    private final double nearBreachRatio;

    private SlaPolicy(BusinessCalendar calendar, List<SlaTarget> targets, double nearBreachRatio) {
        this.calendar = calendar;
        this.targets = targets;
        this.nearBreachRatio = nearBreachRatio;
    }

    /**
     * A policy without targets: no clock is ever breached.
     *
     * @return the policy
     */
    public static SlaPolicy none() {
        return new SlaPolicy(BusinessCalendar.always(ZoneOffset.UTC), List.of(), DEFAULT_NEAR_BREACH_RATIO);
    }

    /**
     * A builder for a policy counting in a calendar.
     *
     * @param calendar the default calendar of its targets
     * @return the builder
     */
    public static Builder builder(BusinessCalendar calendar) {
        return new Builder(Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * The default calendar.
     *
     * @return the calendar
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The targets, in the order they were added.
     *
     * @return the targets
     */
    public List<SlaTarget> targets() {
        return targets;
    }

    /**
     * The share of a target after which a clock is nearly breached.
     *
     * @return the ratio, in (0, 1)
     */
    public double nearBreachRatio() {
        return nearBreachRatio;
    }

    /**
     * The targets that apply to a case of a priority whose first message came on a platform.
     *
     * @param priority the case's priority
     * @param platform the platform
     * @return the targets, or empty when none match
     */
    public Optional<SlaTarget> targetFor(Priority priority, Platform platform) {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(platform, "platform");
        SlaTarget best = null;
        for (SlaTarget t : targets) {
            if (t.matches(priority, platform) && (best == null || t.specificity() > best.specificity())) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The calendar a target counts in.
     *
     * @param target the target
     * @return its own calendar, or the policy's
     */
    public BusinessCalendar calendarOf(SlaTarget target) {
        return target.calendar() != null ? target.calendar() : calendar;
    }

    /** Builds an {@link SlaPolicy}; {@link #build()} may be called again. Not thread-safe. */
    public static final class Builder {
        private final BusinessCalendar calendar;
        private final List<SlaTarget> targets = new ArrayList<>();
        private double nearBreachRatio = DEFAULT_NEAR_BREACH_RATIO;

        private Builder(BusinessCalendar calendar) {
            this.calendar = calendar;
        }

        /**
         * Adds targets.
         *
         * @param value the targets
         * @return this builder
         * @throws IllegalStateException if targets for the same priority and platform were already added
         */
        public Builder target(SlaTarget value) {
            Objects.requireNonNull(value, "target");
            for (SlaTarget t : targets) {
                if (t.priority() == value.priority() && Objects.equals(t.platform(), value.platform())) {
                    throw new IllegalStateException("SLA targets for priority " + value.priority() + " and platform "
                            + value.platform() + " are already added");
                }
            }
            targets.add(value);
            return this;
        }

        /**
         * Sets the near-breach ratio (default {@value SlaPolicy#DEFAULT_NEAR_BREACH_RATIO}).
         *
         * @param value the share of a target after which a clock is nearly breached, in (0, 1)
         * @return this builder
         * @throws IllegalArgumentException if the ratio is not in (0, 1)
         */
        public Builder nearBreachRatio(double value) {
            if (!(value > 0.0 && value < 1.0)) {
                throw new IllegalArgumentException("near-breach ratio must be in (0, 1), was " + value);
            }
            this.nearBreachRatio = value;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public SlaPolicy build() {
            return new SlaPolicy(calendar, List.copyOf(targets), nearBreachRatio);
        }
    }
}
