package dev.scrm.connectors.http;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.CheckpointStore;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSource;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a {@link FigureSource} batch by batch to the end of a query's range, handing each batch to a sink
 * and saving its checkpoint only after the sink returned, so a restarted pull resumes after the last committed
 * batch. Figures are values per bucket, not items: a bucket read twice (the trailing re-read, or a batch read
 * again after a crash) carries the newer value, and the sink keeps the newest value per (subject, metric,
 * bucket). A checkpoint that repeats within one pull ends it instead of looping.
 *
 * <p>Thread-safe: concurrent pulls of different queries may share a puller; pulls of the same query must not
 * run concurrently.
 */
public final class FigurePuller {

    private static final Logger LOG = LoggerFactory.getLogger(FigurePuller.class);

    private final FigureSource source;
    private final CheckpointStore store;

    private FigurePuller(FigureSource source, CheckpointStore store) {
        this.source = source;
        this.store = store;
    }

    /**
     * A puller for a source that keeps its checkpoints in a store.
     *
     * @param source the source
     * @param store the checkpoint store
     * @return the puller
     */
    public static FigurePuller of(FigureSource source, CheckpointStore store) {
        return new FigurePuller(Objects.requireNonNull(source, "source"), Objects.requireNonNull(store, "store"));
    }

    /**
     * Pulls a query to the end of its range.
     *
     * @param query the query
     * @param sink receives each batch on the calling thread and must commit it before it returns
     * @return what the pull did
     * @throws dev.scrm.connector.ConnectorException if the source fails; the checkpoint of the last committed
     *     batch stays saved
     */
    public Result pull(FigureQuery query, Consumer<FigureBatch> sink) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sink, "sink");
        CheckpointKey key = new CheckpointKey("default", source.manifest().id(), query.key());
        Checkpoint checkpoint = store.load(key).orElse(Checkpoint.empty());
        Set<Checkpoint> visited = new HashSet<>();
        int batches = 0;
        long points = 0;
        while (true) {
            FigureBatch batch = source.figures(query, checkpoint);
            batches++;
            sink.accept(batch);
            points += batch.points();
            store.save(key, batch.next());
            boolean repeated = !visited.add(checkpoint) && checkpoint.equals(batch.next());
            checkpoint = batch.next();
            if (batch.last()) {
                break;
            }
            if (repeated) {
                LOG.warn("connector '{}' repeated a checkpoint on {}; ending the pull", source.manifest().id(),
                        query.target().kind());
                break;
            }
        }
        LOG.debug("figure pull of {} on '{}': {} batches, {} points", query.target().kind(), source.manifest().id(),
                batches, points);
        return new Result(batches, points, checkpoint);
    }

    /**
     * What one {@link #pull} did. Immutable and thread-safe.
     *
     * @param batches batches read
     * @param points points handed to the sink, counting re-read buckets each time
     * @param checkpoint the last saved checkpoint
     */
    public record Result(int batches, long points, Checkpoint checkpoint) {

        /**
         * Validates the result.
         *
         * @throws NullPointerException if the checkpoint is null
         */
        public Result {
            Objects.requireNonNull(checkpoint, "checkpoint");
        }
    }
}
