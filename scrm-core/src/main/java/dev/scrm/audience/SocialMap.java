package dev.scrm.audience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The distribution of segments and advocacy stages across groups of customers (by location, household,
 * socio-economic attributes …), so that a user can see which groups make up a target audience.
 *
 * <p>{@link #index(SocialGroup, SegmentId)} compares a group's penetration of a segment with the whole
 * population's: 100 means the group is as likely as anyone to be in the segment, 200 twice as likely. With a
 * multi-valued grouping attribute a customer is in several groups, so groups may add up to more than the
 * total. Immutable and thread-safe.
 *
 * @param mapping how the customers were grouped
 * @param total every tracked customer as one group
 * @param groups the groups, largest first (ties by key), the folded {@link #OTHER} group last
 * @param at when the map was made, by the audience's clock
 */
public record SocialMap(SocialMapping mapping, SocialGroup total, List<SocialGroup> groups, Instant at) {

    /** The group value of a customer who lacks the attribute. */
    public static final String UNKNOWN = "(unknown)";
    /** The group value of the groups folded for being smaller than the minimum size. */
    public static final String OTHER = "(other)";

    /** Validates and copies the parts. */
    public SocialMap {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(total, "total");
        groups = List.copyOf(groups);
        Objects.requireNonNull(at, "at");
    }

    /**
     * How much more (or less) likely a group's customers are to be in a segment than the population's:
     * {@code 100 × penetration(group) / penetration(total)}.
     *
     * @param group a group of this map
     * @param segment the segment
     * @return the index, or empty when the group is empty or no customer is in the segment
     */
    public OptionalDouble index(SocialGroup group, SegmentId segment) {
        OptionalDouble g = group.penetration(segment);
        OptionalDouble t = total.penetration(segment);
        if (g.isEmpty() || t.isEmpty() || t.getAsDouble() == 0.0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * g.getAsDouble() / t.getAsDouble());
    }

    /**
     * The groups ordered by how strongly they belong to a segment's audience: highest index first, then
     * most members.
     *
     * @param segment the segment
     * @return the groups with at least one member, ranked
     */
    public List<SocialGroup> ranked(SegmentId segment) {
        List<SocialGroup> out = new ArrayList<>();
        for (SocialGroup g : groups) {
            if (g.segmentMembers().getOrDefault(segment, 0L) > 0) {
                out.add(g);
            }
        }
        out.sort(Comparator.comparingDouble((SocialGroup g) -> -index(g, segment).orElse(0.0))
                .thenComparing(g -> -g.segmentMembers().getOrDefault(segment, 0L)));
        return out;
    }
}
