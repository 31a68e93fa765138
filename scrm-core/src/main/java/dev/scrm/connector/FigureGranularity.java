package dev.scrm.connector;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** The length of the buckets of a {@link FigureSeries}: calendar days, weeks or months. */
public enum FigureGranularity {
    /** One calendar day. */
    DAY,
    /** Seven days from the bucket's first day (Google Trends weeks start on Sunday, ISO weeks on Monday). */
    WEEK,
    /** One calendar month, starting on its first day. */
    MONTH;

    /**
     * The first day after a bucket that starts on {@code start}.
     *
     * @param start the bucket's first day
     * @return the first day of the next bucket
     */
    public LocalDate next(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /**
     * Whether a day can start a bucket of this granularity: any day for days and weeks (providers differ in
     * the weekday they start on), the first of the month for months.
     *
     * @param start the day
     * @return true when it can
     */
    public boolean canStart(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return this != MONTH || start.getDayOfMonth() == 1;
    }

    /**
     * The ISO week (Monday) or month start containing a day; the day itself for {@link #DAY}.
     *
     * @param day the day
     * @return the start of its calendar bucket
     */
    public LocalDate calendarStart(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }
}
