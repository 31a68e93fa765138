package dev.scrm.metrics;

import dev.scrm.core.Engagement;
import dev.scrm.core.EngagementType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which engagement counters make up "engagement" on one platform during a period: a dated, versioned
 * composition such as {@code engagement.x@3} (retweets + likes + quotes + replies from 2024-01-01).
 *
 * <p>A counter in {@code counters} that an item does not report counts as 0 and makes the result
 * incomplete; counters in {@code optionalCounters} are added when reported and never lower completeness
 * (Facebook link clicks, available only with Insights). Immutable and thread-safe.
 *
 * @param id the composition id, for example {@code engagement.x@3}
 * @param counters the counters that make up engagement
 * @param optionalCounters counters added when reported
 * @param validFrom the first day the composition applies, or {@code null} for no lower bound
 * @param validUntil the first day it no longer applies, or {@code null} for no upper bound
 */
public record EngagementComposition(String id, Set<EngagementType> counters, Set<EngagementType> optionalCounters,
        LocalDate validFrom, LocalDate validUntil) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if the id or a set is null
     * @throws IllegalArgumentException if the set of counters is empty, or the period is empty
     */
    public EngagementComposition {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("composition id must not be blank");
        }
        if (counters.isEmpty()) {
            throw new IllegalArgumentException("composition " + id + " has no counters");
        }
        counters = Set.copyOf(EnumSet.copyOf(counters));
        optionalCounters = optionalCounters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optionalCounters));
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("composition " + id + " has an empty validity period");
        }
    }

    /**
     * A composition valid at all dates.
     *
     * @param id the id
     * @param counters the counters
     * @return the composition
     */
    public static EngagementComposition of(String id, EngagementType... counters) {
        return new EngagementComposition(id, Set.of(counters), Set.of(), null, null);
    }

    /**
     * Whether the composition applies on a day.
     *
     * @param day the day of the measurement bucket
     * @return true when {@code validFrom <= day < validUntil}
     */
    public boolean appliesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }

    /**
     * The engagement of an item under this composition.
     *
     * @param engagement the item's counts
     * @return the sum of the composition's counters (absent counters count as 0)
     */
    public long count(Engagement engagement) {
        Objects.requireNonNull(engagement, "engagement");
        long sum = 0;
        for (EngagementType t : counters) {
            Long n = engagement.counts().get(t);
            if (n != null) {
                sum += n;
            }
        }
        for (EngagementType t : optionalCounters) {
            Long n = engagement.counts().get(t);
            if (n != null) {
                sum += n;
            }
        }
        return sum;
    }

    /**
     * Whether an item lacks a counter of the composition, which makes its engagement incomplete.
     *
     * @param engagement the item's counts
     * @return true when a required counter is absent
     */
    public boolean isIncomplete(Engagement engagement) {
        Objects.requireNonNull(engagement, "engagement");
        for (EngagementType t : counters) {
            if (!engagement.counts().containsKey(t)) {
                return true;
            }
        }
        return false;
    }
}
