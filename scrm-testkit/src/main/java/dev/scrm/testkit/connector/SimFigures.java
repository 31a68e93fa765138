package dev.scrm.testkit.connector;

import dev.scrm.connector.FigureMetric;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ground truth of a simulated web-analytics site: deterministic daily figures from a seed, with about one
 * day in eleven without visits, and today's figures growing through the day (a day is complete only once it
 * has passed in the site's time zone). Values keep the relations real tools keep (visitors and bounces at most
 * visits, page views at least visits). Immutable and thread-safe.
 */
public final class SimFigures {

    private final long seed;
    private final ZoneId zone;

    /**
     * Figures from a seed, cut into days in a zone.
     *
     * @param seed the seed
     * @param zone the site's time zone
     */
    public SimFigures(long seed, ZoneId zone) {
        this.seed = seed;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** @return the site's time zone */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The figures a tool reports for a day at an instant: complete for past days, a share for today, none for
     * later days.
     *
     * @param day the day
     * @param now when it is asked
     * @return every web figure
     */
    public Map<FigureMetric, Long> at(LocalDate day, Instant now) {
        Objects.requireNonNull(day, "day");
        ZonedDateTime t = now.atZone(zone);
        LocalDate today = t.toLocalDate();
        long h = mix(seed ^ day.toEpochDay() * 0x9E3779B97F4A7C15L);
        long complete = Math.floorMod(h, 11) == 0 ? 0 : 20 + Math.floorMod(h >>> 8, 180);
        long visits;
        if (day.isAfter(today)) {
            visits = 0;
        } else if (day.equals(today)) {
            visits = complete * t.toLocalTime().toSecondOfDay() / 86_400;
        } else {
            visits = complete;
        }
        Map<FigureMetric, Long> m = new EnumMap<>(FigureMetric.class);
        m.put(FigureMetric.VISITS, visits);
        m.put(FigureMetric.VISITORS, visits * 4 / 5);
        m.put(FigureMetric.PAGEVIEWS, visits * 3 + (visits > 0 ? Math.floorMod(h >>> 20, 5) : 0));
        m.put(FigureMetric.BOUNCES, visits * 2 / 5);
        m.put(FigureMetric.VISIT_SECONDS, visits * 97);
        m.put(FigureMetric.RETURNING_VISITS, visits * 3 / 10);
        m.put(FigureMetric.RETURNING_VISITORS, visits * 3 / 10 * 7 / 10);
        return m;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
