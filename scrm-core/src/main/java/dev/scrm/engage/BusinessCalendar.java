package dev.scrm.engage;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a care team is at work: weekly opening hours in a time zone, minus holidays.
 *
 * <p>Business time between two instants is the total length of their intersection with the calendar's open
 * intervals. Opening hours are local times in the calendar's zone, so a shift from 09:00 to 18:00 starts at
 * 09:00 local time on both sides of a daylight-saving change; a shift whose end is not after its start
 * (22:00–06:00) crosses midnight and is one open interval, and {@code 00:00–00:00} is open all day. A shift
 * belongs to the day it starts on: on a holiday none of that day's shifts open. Local times that fall in a
 * daylight-saving gap move forward by the gap's length, and in an overlap the earlier offset is used (the
 * {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)} rules). Overlapping shifts are merged.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder(ZoneId)} or use {@link #always(ZoneId)}.
 */
public final class BusinessCalendar {

    /** How far {@link #plus(Instant, Duration)} looks ahead for open time before giving up, in days. */
    public static final int MAX_SEARCH_DAYS = 3_660;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<LocalTime[]>> hours;
    private final Set<LocalDate> holidays;
    private final boolean always;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<LocalTime[]>> hours, Set<LocalDate> holidays,
            boolean always) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
        this.always = always;
    }

    /**
     * A calendar that is always open (wall-clock time), in a zone.
     *
     * @param zone the zone, used only to describe the calendar
     * @return the calendar
     */
    public static BusinessCalendar always(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<LocalTime[]>> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            all.put(d, List.<LocalTime[]>of(new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.MIDNIGHT}));
        }
        return new BusinessCalendar(zone, all, Set.of(), true);
    }

    /**
     * A builder for a calendar in a zone, with no opening hours yet.
     *
     * @param zone the zone of the opening hours and holidays
     * @return the builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * The zone of the opening hours and holidays.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The holidays, sorted.
     *
     * @return the holidays
     */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * Whether the calendar is open at an instant.
     *
     * @param at the instant
     * @return true when an open interval contains it
     */
    public boolean isOpen(Instant at) {
        Objects.requireNonNull(at, "at");
        if (always) {
            return true;
        }
        for (Instant[] iv : intervals(localDate(at).minusDays(1), localDate(at).plusDays(1))) {
            if (!at.isBefore(iv[0]) && at.isBefore(iv[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The business time between two instants: the length of {@code [start, end)} inside open intervals.
     *
     * @param start the start
     * @param end the end; zero when it is not after the start
     * @return the business time, never negative
     */
    public Duration between(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        if (always) {
            return Duration.between(start, end);
        }
        Duration total = Duration.ZERO;
        for (Instant[] iv : intervals(localDate(start).minusDays(1), localDate(end).plusDays(1))) {
            Instant s = iv[0].isAfter(start) ? iv[0] : start;
            Instant e = iv[1].isBefore(end) ? iv[1] : end;
            if (e.isAfter(s)) {
                total = total.plus(Duration.between(s, e));
            }
        }
        return total;
    }

    /**
     * The instant at which an amount of business time has passed after a start: the deadline of a target.
     *
     * @param start the start
     * @param amount the business time, not negative
     * @return the first instant at which {@code between(start, result)} equals the amount; the start itself
     *     for a zero amount
     * @throws IllegalArgumentException if the amount is negative
     * @throws IllegalStateException if no open time is found within {@link #MAX_SEARCH_DAYS} days
     */
    public Instant plus(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative");
        }
        if (amount.isZero()) {
            return start;
        }
        if (always) {
            return start.plus(amount);
        }
        Duration remaining = amount;
        LocalDate from = localDate(start).minusDays(1);
        for (int searched = 0; searched < MAX_SEARCH_DAYS; searched += 14) {
            LocalDate to = from.plusDays(14);
            for (Instant[] iv : intervals(from, to)) {
                if (!iv[1].isAfter(start)) {
                    continue;
                }
                Instant s = iv[0].isAfter(start) ? iv[0] : start;
                Duration available = Duration.between(s, iv[1]);
                if (remaining.compareTo(available) <= 0) {
                    return s.plus(remaining);
                }
                remaining = remaining.minus(available);
                start = iv[1];
            }
            from = to.plusDays(1);
        }
        throw new IllegalStateException("business calendar has no open time within " + MAX_SEARCH_DAYS + " days");
    }

    private LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The merged open intervals of the shifts that start on the days {@code from..to}, sorted. */
    private List<Instant[]> intervals(LocalDate from, LocalDate to) {
        List<Instant[]> raw = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (holidays.contains(d)) {
                continue;
            }
            for (LocalTime[] shift : hours.getOrDefault(d.getDayOfWeek(), List.of())) {
                Instant s = ZonedDateTime.of(d, shift[0], zone).toInstant();
                LocalDate endDay = shift[1].isAfter(shift[0]) ? d : d.plusDays(1);
                Instant e = ZonedDateTime.of(endDay, shift[1], zone).toInstant();
                if (e.isAfter(s)) {
                    raw.add(new Instant[] {s, e});
                }
            }
        }
        raw.sort((a, b) -> a[0].compareTo(b[0]));
        List<Instant[]> merged = new ArrayList<>(raw.size());
        for (Instant[] iv : raw) {
            Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !iv[0].isAfter(last[1])) {
                if (iv[1].isAfter(last[1])) {
                    last[1] = iv[1];
                }
            } else {
                merged.add(new Instant[] {iv[0], iv[1]});
            }
        }
        return merged;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + (always ? ", always open" : ", " + holidays.size() + " holidays") + "]";
    }

    /**
     * Builds a {@link BusinessCalendar}. Setters validate at once; {@link #build()} may be called again. Not
     * thread-safe.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<LocalTime[]>> hours = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new TreeSet<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /**
         * Adds a shift on one day of the week.
         *
         * @param day the day the shift starts on
         * @param from the local opening time
         * @param to the local closing time; not after {@code from} means the next day, equal means 24 hours
         * @return this builder
         */
        public Builder open(DayOfWeek day, LocalTime from, LocalTime to) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            hours.computeIfAbsent(day, k -> new ArrayList<>()).add(new LocalTime[] {from, to});
            return this;
        }

        /**
         * Adds the same shift on Monday to Friday.
         *
         * @param from the local opening time
         * @param to the local closing time
         * @return this builder
         */
        public Builder weekdays(LocalTime from, LocalTime to) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                    open(d, from, to);
                }
            }
            return this;
        }

        /**
         * Closes a local date all day (its shifts do not open).
         *
         * @param date the holiday
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         * @throws IllegalStateException if no shift was added
         */
        public BusinessCalendar build() {
            if (hours.isEmpty()) {
                throw new IllegalStateException("business calendar needs at least one shift");
            }
            Map<DayOfWeek, List<LocalTime[]>> copy = new EnumMap<>(DayOfWeek.class);
            hours.forEach((d, shifts) -> {
                List<LocalTime[]> list = new ArrayList<>();
                for (LocalTime[] s : shifts) {
                    list.add(s.clone());
                }
                copy.put(d, Collections.unmodifiableList(list));
            });
            return new BusinessCalendar(zone, Collections.unmodifiableMap(copy),
                    Collections.unmodifiableSet(new TreeSet<>(holidays)), false);
        }
    }
}
