package dev.scrm.connector;

import java.util.List;
import java.util.Objects;

/**
 * One read from a {@link FigureSource}: series for a stretch of buckets and the checkpoint to continue from.
 * A batch may repeat buckets an earlier batch held (the trailing days a source always re-reads); a consumer
 * keeps the newest value of each (subject, metric, bucket). Immutable and thread-safe.
 *
 * @param series the series read, one per metric asked for (unavailable ones included)
 * @param next the checkpoint after this batch
 * @param last whether the query's range is read to its end (a later read from {@code next} re-reads the
 *     trailing buckets and picks up new ones)
 */
public record FigureBatch(List<FigureSeries> series, Checkpoint next, boolean last) {

    /**
     * Validates and copies the batch.
     *
     * @throws NullPointerException if a part is null
     */
    public FigureBatch {
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        Objects.requireNonNull(next, "next");
    }

    /**
     * How many points the batch holds across its series.
     *
     * @return the count
     */
    public int points() {
        int n = 0;
        for (FigureSeries s : series) {
            n += s.points().size();
        }
        return n;
    }
}
