package dev.scrm.text;

import dev.scrm.core.Interaction;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run a {@link ListeningQuery} against a platform: what to send to the platform's own search and
 * what to filter locally. The pushed-down query is implied by the original, so the platform returns a
 * superset of the matches; every item it returns must then pass {@link #localFilter()}, and the two
 * together are exactly the original query. Immutable and thread-safe.
 */
public final class QueryPlan {

    private final ListeningQuery pushDown;
    private final ListeningQuery localFilter;

    QueryPlan(ListeningQuery pushDown, ListeningQuery localFilter) {
        this.pushDown = pushDown;
        this.localFilter = localFilter;
    }

    /**
     * The query to send to the platform's search, written in scrm's syntax for the connector to translate.
     *
     * @return the query, or empty when the platform cannot narrow the search and everything must be read
     */
    public Optional<ListeningQuery> pushDown() {
        return Optional.ofNullable(pushDown);
    }

    /**
     * The query every result of the platform's search must also match.
     *
     * @return the filter, or empty when the pushed-down query is exact
     */
    public Optional<ListeningQuery> localFilter() {
        return Optional.ofNullable(localFilter);
    }

    /**
     * Whether an interaction returned by the pushed-down search is a match of the original query.
     *
     * @param interaction an interaction the platform returned
     * @return whether it passes the local filter
     * @throws NullPointerException if {@code interaction} is null
     */
    public boolean accept(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        return localFilter == null || localFilter.matches(interaction);
    }

    @Override
    public String toString() {
        return "QueryPlan[pushDown=" + (pushDown == null ? "<everything>" : pushDown) + ", localFilter="
                + (localFilter == null ? "<none>" : localFilter) + "]";
    }
}
