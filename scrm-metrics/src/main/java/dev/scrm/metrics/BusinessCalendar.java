package dev.scrm.metrics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Opening hours in a time zone, with holidays, for the business-hours {@code care.*} KPIs: business time
 * between two instants is the total length of the intersection of {@code [start, end)} with the open
 * intervals. A shift whose closing time is not after its opening time runs past midnight and is one open
 * interval, belonging to the day it opens on. Holidays are closed all day. Local times follow the zone's DST
 * rules, and overlapping shifts count once.
 *
 * <p>This is the metrics module's view of the service desk's {@link dev.scrm.engage.BusinessCalendar}: it
 * holds one and leaves the arithmetic to it, so SLA deadlines at the desk and business-hours response times
 * in the KPIs agree by construction. Adopt a desk's calendar with {@link #of}. Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /**
     * One opening interval of a weekday. Immutable and thread-safe.
     *
     * @param opens the local opening time
     * @param closes the local closing time; not after {@code opens} means the next day
     */
    public record Shift(LocalTime opens, LocalTime closes) {

        /**
         * Validates.
         *
         * @throws NullPointerException if a time is null
         * @throws IllegalArgumentException if the shift is empty
         */
        public Shift {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (opens.equals(closes) && !opens.equals(LocalTime.MIDNIGHT)) {
                throw new IllegalArgumentException("a shift that closes when it opens must start at midnight");
            }
        }
    }

    private final dev.scrm.engage.BusinessCalendar calendar;

    private BusinessCalendar(dev.scrm.engage.BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * A builder for a calendar in a zone.
     *
     * @param zone the zone
     * @return a new builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * The calendar of a service desk, for the KPIs.
     *
     * @param calendar the desk's calendar
     * @return a calendar that measures exactly as the desk's does
     */
    public static BusinessCalendar of(dev.scrm.engage.BusinessCalendar calendar) {
        return new BusinessCalendar(Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * The zone the opening hours are local to.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return calendar.zone();
    }

    /**
     * The service desk calendar that does the arithmetic.
     *
     * @return the calendar
     */
    public dev.scrm.engage.BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The business time between two instants.
     *
     * @param start the start
     * @param end the end, not before the start
     * @return the open time within {@code [start, end)}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public Duration between(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end is before start");
        }
        return calendar.between(start, end);
    }

    /** Assembles a {@link BusinessCalendar}. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder {
        private final dev.scrm.engage.BusinessCalendar.Builder calendar;

        private Builder(ZoneId zone) {
            this.calendar = dev.scrm.engage.BusinessCalendar.builder(zone);
        }

        /**
         * Opens a shift on some weekdays.
         *
         * @param opens the local opening time
         * @param closes the local closing time; not after {@code opens} means the next day
         * @param days the weekdays
         * @return this builder
         * @throws IllegalArgumentException if the shift is empty
         */
        public Builder open(LocalTime opens, LocalTime closes, DayOfWeek... days) {
            Shift s = new Shift(opens, closes);
            for (DayOfWeek d : days) {
                calendar.open(Objects.requireNonNull(d, "day"), s.opens(), s.closes());
            }
            return this;
        }

        /**
         * Closes a local date all day.
         *
         * @param day the holiday
         * @return this builder
         */
        public Builder holiday(LocalDate day) {
            calendar.holiday(Objects.requireNonNull(day, "day"));
            return this;
        }

        /**
         * The calendar.
         *
         * @return a new immutable calendar
         * @throws IllegalStateException if no shift was opened
         */
        public BusinessCalendar build() {
            return new BusinessCalendar(calendar.build());
        }
    }
}
