package dev.scrm.metrics;

/**
 * A calendar bucket size. Buckets of a day and longer follow the local calendar of a time zone, so a day in
 * {@code Europe/Berlin} lasts 23 or 25 hours on the days the clocks change; weeks start on Monday (ISO).
 */
public enum BucketUnit {
    /** One minute. */
    MINUTE,
    /** One hour. */
    HOUR,
    /** One local calendar day. */
    DAY,
    /** One ISO week, Monday to Sunday. */
    WEEK,
    /** One calendar month. */
    MONTH,
    /** One calendar quarter, starting in January, April, July or October. */
    QUARTER,
    /** One calendar year. */
    YEAR;

    /**
     * Whether the bucket has a fixed length in seconds (minute and hour) rather than following the calendar.
     *
     * @return true for {@link #MINUTE} and {@link #HOUR}
     */
    public boolean isFixedLength() {
        return this == MINUTE || this == HOUR;
    }

    /**
     * Whether every boundary of this unit is also a boundary of {@code finer}.
     *
     * @param finer the other unit
     * @return true when this unit's buckets are unions of {@code finer}'s buckets
     */
    public boolean isMultipleOf(BucketUnit finer) {
        if (this == WEEK) {
            return finer == WEEK || finer.ordinal() <= DAY.ordinal();
        }
        if (finer == WEEK) {
            return false;
        }
        return ordinal() >= finer.ordinal();
    }
}
