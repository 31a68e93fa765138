package dev.scrm.connector;

import dev.scrm.core.Interaction;
import java.util.List;

/**
 * A connector for aggregate figures rather than interactions: web traffic (visits, visitors, page views),
 * repeat visits and search-volume trends, read per day, week or month. Its {@link #manifest()} declares
 * {@link Capability#WEB_TRAFFIC}, {@link Capability#REPEAT_VISITS} or {@link Capability#SEARCH_VOLUME}; a figure
 * whose capability is not declared comes back as an {@link FigureSeries#unavailable unavailable} series.
 *
 * <p>Checkpoints follow one convention: {@value #CLOSED_THROUGH} holds the first day of the last bucket that
 * was already closed when it was read (ISO date). Analytics tools archive late and today's bucket is still
 * growing, so a read from a checkpoint always starts a few buckets before it (the source's trailing re-read,
 * one to two days by default) and marks buckets that were still open as {@link FigurePoint#partial() partial}.
 * Reading again from the same checkpoint is harmless: values replace those read before.
 *
 * <p>Aggregate sources hold no items, so {@link #fetch} and {@link #recheck} are unsupported: deletions do not
 * apply to them, which they state by not declaring {@link Capability#DELETION_CHECK}. Implementations are
 * thread-safe.
 */
public interface FigureSource extends Connector {

    /** The checkpoint value naming the last closed bucket read, an ISO date. */
    String CLOSED_THROUGH = "closed_through";

    /**
     * Reads the next stretch of a query's buckets after a checkpoint.
     *
     * @param query what to read; its kind's capability must be declared
     * @param from where to continue, {@link Checkpoint#empty()} to start at the query's first day
     * @return the series read and the checkpoint after them
     * @throws UnsupportedOperationException if the query's kind is not supported
     * @throws AuthenticationException if the credentials are refused
     * @throws RateLimitedException if a quota is exhausted, or a rate limit outlasts the retry policy
     * @throws ConnectorException if the source failed after the retries its policy allows, or refused the
     *     request (never retried)
     */
    FigureBatch figures(FigureQuery query, Checkpoint from);

    /**
     * Aggregate sources hold no interactions.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    default Page fetch(ListeningQuery query, Checkpoint from) {
        throw new UnsupportedOperationException("connector '" + manifest().id() + "' reads aggregate figures;"
                + " use figures(FigureQuery, Checkpoint)");
    }

    /**
     * Aggregate sources hold no items that could be deleted.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    default List<Tombstone> recheck(List<Interaction> items) {
        throw new UnsupportedOperationException("connector '" + manifest().id() + "' holds no items to re-check");
    }
}
