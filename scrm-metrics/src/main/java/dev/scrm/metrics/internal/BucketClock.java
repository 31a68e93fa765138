package dev.scrm.metrics.internal;

import dev.scrm.metrics.BucketUnit;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps instants to bucket indexes of one unit in one time zone, and back. Indexes are dense and ordered:
 * minutes and hours count from the epoch, days are local epoch days, weeks ISO weeks, months, quarters and
 * years count from year 0. The offset of the last instant looked up is cached, so mostly ordered streams
 * convert in a few nanoseconds. Thread-safe.
 */
public final class BucketClock {

    private static final long DAY = 86_400L;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final BucketUnit unit;
    private final int align;
    private volatile OffsetRange cache;

    private record OffsetRange(long from, long to, int offset) {
    }

    /**
     * A clock for buckets of a unit in a zone.
     *
     * @param zone the zone
     * @param unit the unit
     */
    public BucketClock(ZoneId zone, BucketUnit unit) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.rules = zone.getRules();
        int standard = rules.getStandardOffset(Instant.EPOCH).getTotalSeconds();
        this.align = unit == BucketUnit.HOUR ? Math.floorMod(standard, 3600)
                : unit == BucketUnit.MINUTE ? Math.floorMod(standard, 60) : 0;
        this.cache = range(0L);
    }

    /** @return the zone */
    public ZoneId zone() {
        return zone;
    }

    /** @return the unit */
    public BucketUnit unit() {
        return unit;
    }

    private OffsetRange range(long epochSecond) {
        if (rules.isFixedOffset()) {
            return new OffsetRange(Long.MIN_VALUE, Long.MAX_VALUE, rules.getOffset(Instant.EPOCH).getTotalSeconds());
        }
        Instant t = Instant.ofEpochSecond(epochSecond);
        ZoneOffsetTransition prev = rules.previousTransition(t.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(t);
        long from = prev == null ? Long.MIN_VALUE : prev.toEpochSecond();
        long to = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        return new OffsetRange(from, to, rules.getOffset(t).getTotalSeconds());
    }

    /**
     * The zone's offset at an instant, in seconds.
     *
     * @param epochSecond the instant
     * @return the offset
     */
    public int offset(long epochSecond) {
        OffsetRange r = cache;
        if (epochSecond < r.from || epochSecond >= r.to) {
            r = range(epochSecond);
            cache = r;
        }
        return r.offset;
    }

    /**
     * The index of the bucket that contains an instant.
     *
     * @param epochSecond the instant in seconds since the epoch
     * @return the bucket index
     * @throws IllegalArgumentException if the zone's offset at that instant is not aligned with hour buckets
     */
    public long index(long epochSecond) {
        switch (unit) {
            case MINUTE:
                return Math.floorDiv(epochSecond + align, 60L);
            case HOUR: {
                int off = offset(epochSecond);
                if (Math.floorMod(off, 3600) != align) {
                    throw new IllegalArgumentException("zone " + zone.getId() + " changes its offset by less than"
                            + " an hour; use MINUTE resolution");
                }
                return Math.floorDiv(epochSecond + align, 3600L);
            }
            default:
                long epochDay = Math.floorDiv(epochSecond + offset(epochSecond), DAY);
                return ofEpochDay(epochDay);
        }
    }

    private long ofEpochDay(long epochDay) {
        switch (unit) {
            case DAY:
                return epochDay;
            case WEEK:
                return Math.floorDiv(epochDay + 3, 7L);
            default:
                LocalDate d = LocalDate.ofEpochDay(epochDay);
                if (unit == BucketUnit.MONTH) {
                    return d.getYear() * 12L + d.getMonthValue() - 1;
                }
                if (unit == BucketUnit.QUARTER) {
                    return d.getYear() * 4L + (d.getMonthValue() - 1) / 3;
                }
                return d.getYear();
        }
    }

    /**
     * The first instant of a bucket.
     *
     * @param index the bucket index
     * @return its start
     */
    public Instant start(long index) {
        switch (unit) {
            case MINUTE:
                return Instant.ofEpochSecond(index * 60L - align);
            case HOUR:
                return Instant.ofEpochSecond(index * 3600L - align);
            case DAY: {
                // local midnight, from the cached offset when midnight exists at that offset
                long local = index * DAY;
                int off = offset(local - offset(local));
                long guess = local - off;
                if (offset(guess) == off && offset(guess - 1) == off) {
                    return Instant.ofEpochSecond(guess);
                }
                return firstDay(index).atStartOfDay(zone).toInstant();
            }
            default:
                return firstDay(index).atStartOfDay(zone).toInstant();
        }
    }

    private LocalDate firstDay(long index) {
        switch (unit) {
            case DAY:
                return LocalDate.ofEpochDay(index);
            case WEEK:
                return LocalDate.ofEpochDay(index * 7 - 3);
            case MONTH:
                return LocalDate.of((int) Math.floorDiv(index, 12L), (int) Math.floorMod(index, 12L) + 1, 1);
            case QUARTER:
                return LocalDate.of((int) Math.floorDiv(index, 4L), (int) Math.floorMod(index, 4L) * 3 + 1, 1);
            default:
                return LocalDate.of((int) index, 1, 1);
        }
    }

    /**
     * The index of the bucket that starts exactly at an instant.
     *
     * @param t the instant
     * @param what what the instant is, for the error message (for example {@code window start})
     * @return the index
     * @throws IllegalArgumentException if no bucket starts at {@code t}
     */
    public long boundary(Instant t, String what) {
        long idx = index(t.getEpochSecond());
        if (!start(idx).equals(t)) {
            throw new IllegalArgumentException(what + " is not on a " + unit + " boundary in " + zone.getId());
        }
        return idx;
    }

    /**
     * Cuts a window into consecutive buckets of a unit in a zone, calendar-correct across clock changes.
     *
     * @param start the window start
     * @param end the window end
     * @param unit the bucket unit
     * @param zone the zone
     * @return the boundaries, first {@code start}, last {@code end}
     * @throws IllegalArgumentException if the window does not start and end on boundaries of the unit
     */
    public static List<Instant> boundaries(Instant start, Instant end, BucketUnit unit, ZoneId zone) {
        List<Instant> out = new ArrayList<>();
        if (unit.isFixedLength()) {
            long step = unit == BucketUnit.MINUTE ? 60 : 3600;
            BucketClock c = new BucketClock(zone, unit);
            c.boundary(start, "window start");
            for (Instant t = start; t.isBefore(end); t = t.plusSeconds(step)) {
                out.add(t);
            }
            out.add(end);
            c.boundary(end, "window end");
            return out;
        }
        ZonedDateTime z = start.atZone(zone);
        LocalDate d = z.toLocalDate();
        if (!d.atStartOfDay(zone).toInstant().equals(start) || !startsBucket(d, unit)) {
            throw new IllegalArgumentException("window start is not on a " + unit + " boundary in " + zone.getId());
        }
        Instant t = start;
        while (t.isBefore(end)) {
            out.add(t);
            d = next(d, unit);
            t = d.atStartOfDay(zone).toInstant();
        }
        if (!t.equals(end)) {
            throw new IllegalArgumentException("window end is not on a " + unit + " boundary in " + zone.getId());
        }
        out.add(end);
        return out;
    }

    private static boolean startsBucket(LocalDate d, BucketUnit unit) {
        switch (unit) {
            case DAY:
                return true;
            case WEEK:
                return d.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH:
                return d.getDayOfMonth() == 1;
            case QUARTER:
                return d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0;
            default:
                return d.getDayOfYear() == 1;
        }
    }

    private static LocalDate next(LocalDate d, BucketUnit unit) {
        switch (unit) {
            case DAY:
                return d.plusDays(1);
            case WEEK:
                return d.plusWeeks(1);
            case MONTH:
                return d.plusMonths(1);
            case QUARTER:
                return d.plusMonths(3);
            default:
                return d.plusYears(1);
        }
    }

}
