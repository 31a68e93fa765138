package dev.scrm.connectors.http;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSource;

/**
 * A figure source that is a manifest in front of a client reading the figures: the one place where a figure
 * query's arguments are checked and its kind is checked against the manifest's capabilities before the client
 * reads it. The figure sources of scrm-connectors extend it; a third-party source may too. The figure-source
 * counterpart of {@link ClientConnector}.
 *
 * <p>Thread-safe when the client is.
 */
public abstract class ClientFigureSource extends ManifestConnector<ClientFigureSource.FigureClient>
        implements FigureSource {

    /**
     * What a figure client does for its {@link ClientFigureSource}; arguments arrive checked and not null.
     * Implementations must be thread-safe.
     */
    @FunctionalInterface
    public interface FigureClient {

        /**
         * Reads the next stretch of a query's buckets.
         *
         * @param manifest the source's manifest, declaring which figures it supplies
         * @param query a query whose kind the manifest supports
         * @param from where to continue
         * @return the series read and the checkpoint after them
         */
        FigureBatch figures(ConnectorManifest manifest, FigureQuery query, Checkpoint from);
    }

    /**
     * Puts a manifest in front of a client.
     *
     * @param manifest what the source declares
     * @param client the client that reads the figures
     */
    protected ClientFigureSource(ConnectorManifest manifest, FigureClient client) {
        super(manifest, client);
    }

    @Override
    public final FigureBatch figures(FigureQuery query, Checkpoint from) {
        return client().figures(manifest(), checked(query, from, q -> q.target().kind()), from);
    }
}
