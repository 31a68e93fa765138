package dev.scrm.audience;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One group of a {@link SocialMap}: its attribute values, how many customers it has, how many of them are in
 * each segment and in each advocacy stage. Immutable and thread-safe.
 *
 * @param key the group's value per grouping attribute, in grouping order (lower-cased, or
 *     {@link SocialMap#UNKNOWN}); every value is {@link SocialMap#OTHER} for the folded small groups and
 *     {@code *} for the total
 * @param customers the customers in the group
 * @param segmentMembers per segment, the group's customers in it (every segment of the audience listed)
 * @param stages per stage, the group's customers in it (every stage listed)
 */
public record SocialGroup(Map<String, String> key, long customers, Map<SegmentId, Long> segmentMembers,
        Map<AdvocacyStage, Long> stages) {

    /** Validates and copies the parts. */
    public SocialGroup {
        key = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(key, "key")));
        if (customers < 0) {
            throw new IllegalArgumentException("customers must be >= 0");
        }
        segmentMembers = Collections.unmodifiableMap(new TreeMap<>(segmentMembers));
        EnumMap<AdvocacyStage, Long> st = new EnumMap<>(AdvocacyStage.class);
        st.putAll(stages);
        stages = Collections.unmodifiableMap(st);
    }

    /**
     * The share of the group's customers that are in the segment.
     *
     * @param segment the segment
     * @return members / customers, or empty when the group is empty or the segment unknown
     */
    public OptionalDouble penetration(SegmentId segment) {
        Long m = segmentMembers.get(Objects.requireNonNull(segment, "segment"));
        if (m == null || customers == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) m / customers);
    }

    /**
     * The share of the group's customers in a stage.
     *
     * @param stage the stage
     * @return customers in the stage / customers, or empty when the group is empty
     */
    public OptionalDouble stageShare(AdvocacyStage stage) {
        Objects.requireNonNull(stage, "stage");
        if (customers == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) stages.getOrDefault(stage, 0L) / customers);
    }
}
