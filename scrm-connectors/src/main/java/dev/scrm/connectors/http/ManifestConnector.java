package dev.scrm.connectors.http;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.QueryKind;
import java.util.Objects;
import java.util.function.Function;

/**
 * What {@link ClientConnector} and {@link ClientFigureSource} share: a manifest in front of a client, the
 * manifest implementing {@link dev.scrm.connector.Connector#manifest()} for them, the check of a read's arguments
 * against it, and the {@code Name[id]} form of {@code toString()}. Thread-safe when the client is.
 *
 * @param <C> the client
 */
abstract class ManifestConnector<C> {

    private final ConnectorManifest manifest;
    private final C client;

    ManifestConnector(ConnectorManifest manifest, C client) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * What the connector declares.
     *
     * @return the manifest
     */
    public final ConnectorManifest manifest() {
        return manifest;
    }

    /**
     * The client that does the work.
     *
     * @return the client
     */
    final C client() {
        return client;
    }

    /**
     * Checks a read before it is handed to the client: neither argument null, and the query's kind declared.
     *
     * @param query the query
     * @param from the checkpoint
     * @param kind the query's kind
     * @param <Q> the query type
     * @return the query
     * @throws NullPointerException if an argument is null
     * @throws UnsupportedOperationException if the manifest does not declare the kind
     */
    final <Q> Q checked(Q query, Checkpoint from, Function<Q, QueryKind> kind) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        manifest.requireSupports(kind.apply(query));
        return query;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + manifest.id() + "]";
    }
}
