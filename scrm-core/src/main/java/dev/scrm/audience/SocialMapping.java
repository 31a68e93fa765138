package dev.scrm.audience;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to group customers for a {@link SocialMap}: by which attributes (location, household, status, skills,
 * education, income band … whatever the user's data supplies), which of them hold several values, and the
 * smallest group shown on its own.
 *
 * <p>A customer lacking an attribute falls in the group {@link SocialMap#UNKNOWN} for it. Values are
 * trimmed and lower-cased before grouping. A multi-valued attribute (for example {@code skills} holding
 * {@code "welding;design"}) is split on its separator and the customer counts once in each of its groups.
 * Groups with fewer than {@code minGroupSize} customers are folded into one {@link SocialMap#OTHER} group,
 * so a published map does not single people out. Immutable and thread-safe.
 *
 * @param groupBy the attributes to group by, at least one, in order, no duplicates
 * @param separators the separator of each multi-valued attribute, keys among {@code groupBy}
 * @param minGroupSize the smallest group shown on its own, at least 1
 */
public record SocialMapping(List<String> groupBy, Map<String, String> separators, int minGroupSize) {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if there is no attribute, one repeats or is blank, a separator is
     *     empty or names an attribute not grouped by, or the minimum group size is below 1
     */
    public SocialMapping {
        Objects.requireNonNull(groupBy, "groupBy");
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String a : groupBy) {
            Objects.requireNonNull(a, "attribute");
            if (a.isBlank() || !seen.add(a)) {
                throw new IllegalArgumentException("grouping attribute " + (seen.size() + 1)
                        + " is blank or repeated");
            }
        }
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("a social mapping needs at least one attribute");
        }
        groupBy = List.copyOf(seen);
        TreeMap<String, String> seps = new TreeMap<>();
        for (Map.Entry<String, String> e : Objects.requireNonNull(separators, "separators").entrySet()) {
            if (!seen.contains(e.getKey())) {
                throw new IllegalArgumentException("a separator is given for an attribute that is not grouped by");
            }
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw new IllegalArgumentException("a separator must not be empty");
            }
            seps.put(e.getKey(), e.getValue());
        }
        separators = Collections.unmodifiableMap(seps);
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("minGroupSize must be >= 1, was " + minGroupSize);
        }
    }

    /**
     * Grouping by these single-valued attributes, every group shown.
     *
     * @param attributes the attributes
     * @return the mapping
     */
    public static SocialMapping by(String... attributes) {
        return new SocialMapping(List.of(attributes), Map.of(), 1);
    }

    /**
     * A copy in which an attribute holds several values split on a separator.
     *
     * @param attribute the attribute, one of {@code groupBy}
     * @param separator the separator, for example {@code ;}
     * @return the copy
     */
    public SocialMapping withMultiValued(String attribute, String separator) {
        TreeMap<String, String> seps = new TreeMap<>(separators);
        seps.put(Objects.requireNonNull(attribute, "attribute"), Objects.requireNonNull(separator, "separator"));
        return new SocialMapping(groupBy, seps, minGroupSize);
    }

    /**
     * A copy that folds groups smaller than this into {@link SocialMap#OTHER}.
     *
     * @param value the smallest group shown on its own, at least 1
     * @return the copy
     */
    public SocialMapping withMinGroupSize(int value) {
        return new SocialMapping(groupBy, separators, value);
    }
}
