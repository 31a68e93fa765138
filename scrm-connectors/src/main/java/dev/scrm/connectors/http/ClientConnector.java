package dev.scrm.connectors.http;

import dev.scrm.connector.Capability;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.Tombstone;
import dev.scrm.core.Interaction;
import dev.scrm.core.SocialIdentity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A connector that is a manifest in front of a platform client: the one place where a fetch is checked against
 * the manifest's capabilities, arguments are checked, and profile lookups and re-checks are handed to the
 * client. Every HTTP connector in scrm-connectors extends it; a third-party connector may too.
 *
 * <p>{@link #recheck(List)} is handed to the client only when the manifest declares
 * {@link Capability#DELETION_CHECK}; otherwise it refuses as {@link Connector#recheck(List)} does. Thread-safe
 * when the client is.
 */
public abstract class ClientConnector extends ManifestConnector<ClientConnector.PlatformClient>
        implements Connector {

    /**
     * What a platform client does for its {@link ClientConnector}; arguments arrive checked and not null.
     * Implementations must be thread-safe.
     */
    public interface PlatformClient {

        /**
         * Reads one page.
         *
         * @param query a query whose kind the manifest supports
         * @param from where to continue
         * @return the page
         */
        Page fetch(ListeningQuery query, Checkpoint from);

        /**
         * Looks an account up.
         *
         * @param account the platform's account id or handle
         * @return the identity, or empty if the platform does not know it
         */
        Optional<SocialIdentity> profile(String account);

        /**
         * Re-checks items read before; called only when the manifest declares {@link Capability#DELETION_CHECK}.
         *
         * @param items an immutable list of items
         * @return a tombstone for each item that is gone
         */
        default List<Tombstone> recheck(List<Interaction> items) {
            throw new UnsupportedOperationException("this client cannot re-check items");
        }
    }

    /**
     * Puts a manifest in front of a client.
     *
     * @param manifest what the connector declares
     * @param client the client that does the work
     */
    protected ClientConnector(ConnectorManifest manifest, PlatformClient client) {
        super(manifest, client);
    }

    @Override
    public final Page fetch(ListeningQuery query, Checkpoint from) {
        return client().fetch(checked(query, from, ListeningQuery::kind), from);
    }

    @Override
    public final Optional<SocialIdentity> profile(String account) {
        return client().profile(Objects.requireNonNull(account, "account"));
    }

    @Override
    public final List<Tombstone> recheck(List<Interaction> items) {
        List<Interaction> copy = List.copyOf(Objects.requireNonNull(items, "items"));
        if (!manifest().supports(Capability.DELETION_CHECK)) {
            return Connector.super.recheck(copy);
        }
        return client().recheck(copy);
    }
}
