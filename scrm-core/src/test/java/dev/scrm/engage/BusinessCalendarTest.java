package dev.scrm.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static BusinessCalendar officeHours() {
        return BusinessCalendar.builder(BERLIN).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
    }

    static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void between_fridayEveningToMondayMorning_countsOnlyOpenHours() {
        // golden from kpi-formulas.md section 14: business FRT 75 min, wall clock 64 h 15 min
        Instant in = berlin("2024-06-07T17:30");
        Instant reply = berlin("2024-06-10T09:45");
        assertThat(officeHours().between(in, reply)).isEqualTo(Duration.ofMinutes(75));
        assertThat(Duration.between(in, reply)).isEqualTo(Duration.ofHours(64).plusMinutes(15));
    }

    @Test
    void plus_crossesWeekend_landsOnMondayMorning() {
        Instant deadline = officeHours().plus(berlin("2024-06-07T17:30"), Duration.ofHours(1));
        assertThat(deadline).isEqualTo(berlin("2024-06-10T09:30"));
    }

    @Test
    void plus_fromClosedTime_startsAtNextOpening() {
        assertThat(officeHours().plus(berlin("2024-06-08T12:00"), Duration.ofMinutes(10)))
                .isEqualTo(berlin("2024-06-10T09:10"));
    }

    @Test
    void plus_exactlyToEndOfDay_returnsClosingTime() {
        assertThat(officeHours().plus(berlin("2024-06-07T17:00"), Duration.ofHours(1)))
                .isEqualTo(berlin("2024-06-07T18:00"));
    }

    @Test
    void holiday_isClosedAllDay() {
        BusinessCalendar cal = BusinessCalendar.builder(BERLIN).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .holiday(LocalDate.of(2026, 12, 25)).build();
        // Thursday 24th 17:00 + 2 h business -> Monday 28th 10:00 (Friday 25th is a holiday)
        assertThat(cal.plus(berlin("2026-12-24T17:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-12-28T10:00"));
        assertThat(cal.isOpen(berlin("2026-12-25T12:00"))).isFalse();
        assertThat(cal.between(berlin("2026-12-24T00:00"), berlin("2026-12-29T00:00"))).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void dstEnd_localOpeningHoursStay_andNightShiftIsAnHourLonger() {
        // 2026-10-25 03:00 CEST -> 02:00 CET: the night from Saturday to Sunday has 25 hours
        BusinessCalendar night = BusinessCalendar.builder(BERLIN)
                .open(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
        assertThat(night.between(berlin("2026-10-24T00:00"), berlin("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(9));
        // office hours on the Monday after the change start at 09:00 CET = 08:00 UTC
        assertThat(officeHours().plus(berlin("2026-10-23T17:30"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-10-26T08:30:00Z"));
    }

    @Test
    void dstStart_nightShiftIsAnHourShorter() {
        // 2026-03-29 02:00 CET -> 03:00 CEST
        BusinessCalendar night = BusinessCalendar.builder(BERLIN)
                .open(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
        assertThat(night.between(berlin("2026-03-28T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void crossMidnightShift_isOneInterval_andMergesWithNextDay() {
        BusinessCalendar cal = BusinessCalendar.builder(BERLIN)
                .open(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.of(2, 0))
                .open(DayOfWeek.TUESDAY, LocalTime.of(1, 0), LocalTime.of(4, 0)).build();
        // Monday 2026-11-23 20:00 to Tuesday 04:00 is one 8-hour block
        assertThat(cal.between(berlin("2026-11-23T00:00"), berlin("2026-11-25T00:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(cal.plus(berlin("2026-11-23T19:00"), Duration.ofHours(7))).isEqualTo(berlin("2026-11-24T03:00"));
    }

    @Test
    void always_isWallClock() {
        BusinessCalendar cal = BusinessCalendar.always(BERLIN);
        Instant a = berlin("2026-10-24T12:00");
        assertThat(cal.between(a, berlin("2026-10-25T12:00"))).isEqualTo(Duration.ofHours(25));
        assertThat(cal.plus(a, Duration.ofHours(25))).isEqualTo(berlin("2026-10-25T12:00"));
    }

    @Test
    void builder_withoutShifts_fails() {
        assertThatThrownBy(() -> BusinessCalendar.builder(BERLIN).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> officeHours().plus(Instant.EPOCH, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void plus_isTheInverseOfBetween(@ForAll @LongRange(min = 0, max = 4_000_000) long startMinutes,
            @ForAll @IntRange(min = 0, max = 60 * 24 * 20) int businessMinutes) {
        // starts spread over 2020-2027, covering both daylight-saving changes of each year
        Instant start = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(startMinutes * 60);
        BusinessCalendar cal = BusinessCalendar.builder(BERLIN).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .open(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(3, 30))
                .holiday(LocalDate.of(2024, 12, 25)).build();
        Duration d = Duration.ofMinutes(businessMinutes);
        Instant end = cal.plus(start, d);
        assertThat(cal.between(start, end)).isEqualTo(d);
        assertThat(end).isAfterOrEqualTo(start);
        if (businessMinutes > 0) {
            // the deadline is the first instant with that much business time: one second earlier is short
            assertThat(cal.between(start, end.minusSeconds(1))).isLessThan(d);
        }
    }

    @Property(tries = 200)
    void between_isAdditive(@ForAll @LongRange(min = 0, max = 1_000_000) long a,
            @ForAll @LongRange(min = 0, max = 100_000) long b, @ForAll @LongRange(min = 0, max = 100_000) long c) {
        Instant t0 = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, BERLIN).toInstant().plusSeconds(a * 60);
        Instant t1 = t0.plusSeconds(b * 60);
        Instant t2 = t1.plusSeconds(c * 60);
        BusinessCalendar cal = officeHours();
        assertThat(cal.between(t0, t2)).isEqualTo(cal.between(t0, t1).plus(cal.between(t1, t2)));
    }
}
