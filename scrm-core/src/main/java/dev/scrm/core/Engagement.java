package dev.scrm.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The engagement counts of an item as last observed. A type that the platform did not report is
 * absent, which is not the same as zero: metrics flag an absent input as incomplete.
 *
 * @param counts the reported counts, each at least 0
 */
public record Engagement(Map<EngagementType, Long> counts) {

    private static final Engagement NONE = new Engagement(Map.of());

    /**
     * Validates and copies the counts.
     *
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Engagement {
        Objects.requireNonNull(counts, "counts");
        EnumMap<EngagementType, Long> copy = new EnumMap<>(EngagementType.class);
        counts.forEach((type, n) -> copy.put(Objects.requireNonNull(type, "type"),
                Checks.nonNegative(Objects.requireNonNull(n, "count"), type.name().toLowerCase(java.util.Locale.ROOT))));
        counts = Collections.unmodifiableMap(copy);
    }

    /**
     * No reported counts.
     *
     * @return the empty engagement
     */
    public static Engagement none() {
        return NONE;
    }

    /**
     * Counts of likes, shares and replies, the three that nearly every platform reports.
     *
     * @param likes likes
     * @param shares shares
     * @param replies replies
     * @return the engagement
     */
    public static Engagement of(long likes, long shares, long replies) {
        return new Engagement(Map.of(EngagementType.LIKES, likes, EngagementType.SHARES, shares,
                EngagementType.REPLIES, replies));
    }

    /**
     * The count of one type, when reported.
     *
     * @param type the type
     * @return the count, or empty when the platform did not report it
     */
    public OptionalLong count(EngagementType type) {
        Long n = counts.get(Objects.requireNonNull(type, "type"));
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    /**
     * A copy with one count set.
     *
     * @param type the type
     * @param count the count, at least 0
     * @return the copy
     */
    public Engagement with(EngagementType type, long count) {
        EnumMap<EngagementType, Long> copy = new EnumMap<>(EngagementType.class);
        copy.putAll(counts);
        copy.put(Objects.requireNonNull(type, "type"), count);
        return new Engagement(copy);
    }

    /**
     * The sum of likes, shares, replies and quotes: the interactions that count as engagement in the KPI
     * formulas (views, saves and clicks are not added).
     *
     * @return the total, 0 when nothing was reported
     */
    public long total() {
        long sum = 0;
        for (EngagementType t : new EngagementType[] {EngagementType.LIKES, EngagementType.SHARES,
                EngagementType.REPLIES, EngagementType.QUOTES}) {
            Long n = counts.get(t);
            if (n != null) {
                sum += n;
            }
        }
        return sum;
    }
}
