package dev.scrm.metrics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Opening hours in a time zone, with holidays: business time between two instants is the total length of
 * the intersection of {@code [start, end)} with the open intervals. A shift whose closing time is not after
 * its opening time runs past midnight and is one open interval, belonging to the day it opens on. Holidays
 * are closed all day. Local times follow the zone's DST rules. Immutable and thread-safe.
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

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Shift>> week;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Shift>> week, Set<LocalDate> holidays) {
        this.zone = zone;
        EnumMap<DayOfWeek, List<Shift>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((d, l) -> copy.put(d, List.copyOf(l)));
        this.week = Collections.unmodifiableMap(copy);
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
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
     * The zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The business time between two instants.
     *
     * @param start the start
     * @param end the end, not before the start
     * @return the open time inside {@code [start, end)}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public Duration between(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end is before start");
        }
        long millis = 0;
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate d = start.atZone(zone).toLocalDate().minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (holidays.contains(d)) {
                continue;
            }
            for (Shift s : week.getOrDefault(d.getDayOfWeek(), List.of())) {
                Instant open = d.atTime(s.opens()).atZone(zone).toInstant();
                LocalDate closeDay = s.closes().isAfter(s.opens()) ? d : d.plusDays(1);
                Instant close = closeDay.atTime(s.closes()).atZone(zone).toInstant();
                Instant a = open.isAfter(start) ? open : start;
                Instant b = close.isBefore(end) ? close : end;
                if (b.isAfter(a)) {
                    millis += Duration.between(a, b).toMillis();
                }
            }
        }
        return Duration.ofMillis(millis);
    }

    /** Assembles a {@link BusinessCalendar}. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new TreeSet<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /**
         * Adds an opening interval on some weekdays.
         *
         * @param opens the local opening time
         * @param closes the local closing time (not after {@code opens}: the next day)
         * @param days the weekdays
         * @return this builder
         */
        public Builder open(LocalTime opens, LocalTime closes, DayOfWeek... days) {
            Shift s = new Shift(opens, closes);
            for (DayOfWeek d : days) {
                week.computeIfAbsent(Objects.requireNonNull(d, "day"), k -> new ArrayList<>()).add(s);
            }
            return this;
        }

        /**
         * Adds a holiday, closed all day.
         *
         * @param day the date
         * @return this builder
         */
        public Builder holiday(LocalDate day) {
            holidays.add(Objects.requireNonNull(day, "day"));
            return this;
        }

        /**
         * The calendar.
         *
         * @return a new calendar
         */
        public BusinessCalendar build() {
            return new BusinessCalendar(zone, week, holidays);
        }
    }
}
