package dev.scrm.connector;

import dev.scrm.core.Interaction;
import dev.scrm.core.SocialIdentity;
import java.util.List;
import java.util.Optional;

/**
 * Reads one platform into the scrm domain model, one page at a time.
 *
 * <p>{@link #fetch(ListeningQuery, Checkpoint)} reads the page that follows a checkpoint and returns it
 * with the next checkpoint; it keeps no per-query state of its own, so a pull can stop anywhere and
 * resume from the last saved checkpoint, in this process or another. Items carry their platform-global
 * id, so reading one twice is harmless. Retries, rate-limit waits and token refreshes happen inside the
 * call; what escapes is a {@link ConnectorException} saying whether a later retry can help.
 *
 * <p>Implementations are thread-safe: one instance serves concurrent fetches of different queries.
 * Methods for capabilities the {@link #manifest()} does not declare throw
 * {@link UnsupportedOperationException}. Closing releases what the connector created itself (never a
 * caller-supplied HTTP client); it is optional for connectors built on a shared client.
 */
public interface Connector extends AutoCloseable {

    /**
     * What this connector declares about itself.
     *
     * @return the manifest
     */
    ConnectorManifest manifest();

    /**
     * Reads the page of a query that follows a checkpoint.
     *
     * @param query what to read; its kind's capability must be declared
     * @param from where to continue, {@link Checkpoint#empty()} to start
     * @return the page and the checkpoint after it
     * @throws UnsupportedOperationException if the query kind is not supported
     * @throws AuthenticationException if the credentials are refused
     * @throws RateLimitedException if a quota is exhausted, or a rate limit outlasts the retry policy
     * @throws ConnectorException if the platform failed after the retries the policy allows
     */
    Page fetch(ListeningQuery query, Checkpoint from);

    /**
     * Looks up one account's profile, with follower counts when the platform reports them.
     *
     * @param account a handle or native account id
     * @return the identity, or empty when the platform has no such account
     * @throws UnsupportedOperationException if {@link Capability#PROFILE_LOOKUP} is not declared
     * @throws ConnectorException if the call fails
     */
    default Optional<SocialIdentity> profile(String account) {
        throw new UnsupportedOperationException("connector '" + manifest().id() + "' cannot look up profiles");
    }

    /**
     * Re-checks items read earlier and reports those the platform no longer serves.
     *
     * @param items items this connector returned before
     * @return a tombstone for each item that is gone; items still present get none
     * @throws UnsupportedOperationException if {@link Capability#DELETION_CHECK} is not declared
     * @throws ConnectorException if the call fails
     */
    default List<Tombstone> recheck(List<Interaction> items) {
        throw new UnsupportedOperationException("connector '" + manifest().id() + "' cannot re-check items");
    }

    /** Releases resources this connector created; does nothing by default. */
    @Override
    default void close() {
    }
}
