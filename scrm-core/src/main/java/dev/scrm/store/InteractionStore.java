package dev.scrm.store;

import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The interactions between people and the brand, keyed by platform and native id.
 *
 * <p>Appending is idempotent: an interaction whose {@link InteractionId} is already stored changes nothing
 * and appends no audit event. Implementations are thread-safe.
 */
public interface InteractionStore {

    /**
     * Appends an interaction unless one with the same id is stored.
     *
     * @param interaction the interaction
     * @param actor who appends it, for example {@code connector:mastodon}
     * @return true when it was stored, false when it was already there
     */
    boolean append(Interaction interaction, String actor);

    /**
     * Appends each interaction unless one with the same id is stored (or came earlier in the batch).
     *
     * @param interactions the interactions
     * @param actor who appends them
     * @return how many were stored
     */
    default int appendAll(Collection<Interaction> interactions, String actor) {
        int stored = 0;
        for (Interaction i : interactions) {
            if (append(i, actor)) {
                stored++;
            }
        }
        return stored;
    }

    /**
     * The interaction with this id.
     *
     * @param id the id
     * @return the interaction, or empty when not stored
     */
    Optional<Interaction> find(InteractionId id);

    /**
     * The interactions that match a query, ordered by time, then id.
     *
     * @param query the criteria
     * @return the matches, at most {@code query.limit()}
     */
    List<Interaction> query(InteractionQuery query);

    /**
     * The interactions that match a query, ordered by time, then id, read lazily: the way to walk a long
     * history without holding it in memory. Close the stream when done (try-with-resources): a durable
     * implementation holds a database connection and cursor until the stream is closed or fully consumed.
     * The default collects {@link #query(InteractionQuery)}.
     *
     * @param query the criteria
     * @return the matches, at most {@code query.limit()}
     */
    default Stream<Interaction> stream(InteractionQuery query) {
        return query(query).stream();
    }

    /**
     * How many interactions are stored.
     *
     * @return the count
     */
    long interactionCount();
}
