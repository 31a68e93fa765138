package dev.scrm.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a platform's search can evaluate itself: the query constructs and the field filters. A connector
 * declares one; {@link ListeningQuery#plan(SearchCapabilities)} uses it. Immutable and thread-safe.
 *
 * @param features the supported constructs
 * @param fields the supported field filters
 */
public record SearchCapabilities(Set<SearchFeature> features, Set<QueryField> fields) {

    /**
     * Validates and copies the sets.
     *
     * @throws NullPointerException if a set or an element is null
     */
    public SearchCapabilities {
        features = Set.copyOf(Objects.requireNonNull(features, "features"));
        fields = Set.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /**
     * A platform that cannot search at all: everything is read and filtered locally.
     *
     * @return the capabilities
     */
    public static SearchCapabilities none() {
        return new SearchCapabilities(Set.of(), Set.of());
    }

    /**
     * A platform whose search understands every construct and field.
     *
     * @return the capabilities
     */
    public static SearchCapabilities all() {
        return new SearchCapabilities(EnumSet.allOf(SearchFeature.class), EnumSet.allOf(QueryField.class));
    }

    /**
     * Whether a construct is supported.
     *
     * @param feature the construct
     * @return whether it is
     */
    public boolean supports(SearchFeature feature) {
        return features.contains(Objects.requireNonNull(feature, "feature"));
    }

    /**
     * Whether a field filter is supported.
     *
     * @param field the field
     * @return whether it is
     */
    public boolean supports(QueryField field) {
        return fields.contains(Objects.requireNonNull(field, "field"));
    }
}
