package dev.scrm.engage;

import dev.scrm.core.Platform;
import java.time.Duration;
import java.util.Objects;

/**
 * Service-level targets for the cases that match a priority and a platform, in business time.
 *
 * <p>A {@code null} priority or platform matches any; a {@code null} target means that metric has no
 * target for these cases. {@code calendar}, when set, replaces the policy's calendar (for example a 24/7
 * calendar for urgent cases). Immutable and thread-safe.
 *
 * @param priority the priority it applies to, or {@code null} for any
 * @param platform the platform (channel) it applies to, or {@code null} for any
 * @param firstResponse the first-response target, or {@code null}
 * @param nextResponse the next-response target, or {@code null}
 * @param resolution the resolution target, or {@code null}
 * @param calendar the calendar these targets count in, or {@code null} for the policy's
 */
public record SlaTarget(Priority priority, Platform platform, Duration firstResponse, Duration nextResponse,
        Duration resolution, BusinessCalendar calendar) {

    /**
     * Validates the targets.
     *
     * @throws IllegalArgumentException if a target is zero or negative, or all three are {@code null}
     */
    public SlaTarget {
        positive(firstResponse, "firstResponse");
        positive(nextResponse, "nextResponse");
        positive(resolution, "resolution");
        if (firstResponse == null && nextResponse == null && resolution == null) {
            throw new IllegalArgumentException("an SLA target needs at least one of firstResponse, nextResponse,"
                    + " resolution");
        }
    }

    /**
     * Targets for a priority on every platform, in the policy's calendar.
     *
     * @param priority the priority, or {@code null} for any
     * @param firstResponse the first-response target, or {@code null}
     * @param nextResponse the next-response target, or {@code null}
     * @param resolution the resolution target, or {@code null}
     * @return the targets
     */
    public static SlaTarget of(Priority priority, Duration firstResponse, Duration nextResponse,
            Duration resolution) {
        return new SlaTarget(priority, null, firstResponse, nextResponse, resolution, null);
    }

    /**
     * A copy that applies only to one platform.
     *
     * @param value the platform
     * @return the copy
     */
    public SlaTarget withPlatform(Platform value) {
        return new SlaTarget(priority, Objects.requireNonNull(value, "platform"), firstResponse, nextResponse,
                resolution, calendar);
    }

    /**
     * A copy that counts in its own calendar.
     *
     * @param value the calendar
     * @return the copy
     */
    public SlaTarget withCalendar(BusinessCalendar value) {
        return new SlaTarget(priority, platform, firstResponse, nextResponse, resolution,
                Objects.requireNonNull(value, "calendar"));
    }

    /**
     * The target of one metric.
     *
     * @param metric the metric
     * @return the target, or {@code null} when there is none
     */
    public Duration target(SlaMetric metric) {
        return switch (Objects.requireNonNull(metric, "metric")) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_RESPONSE -> nextResponse;
            case RESOLUTION -> resolution;
        };
    }

    boolean matches(Priority p, Platform pl) {
        return (priority == null || priority == p) && (platform == null || platform.equals(pl));
    }

    int specificity() {
        return (priority == null ? 0 : 2) + (platform == null ? 0 : 1);
    }

    private static void positive(Duration d, String name) {
        if (d != null && (d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
