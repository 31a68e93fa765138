package dev.scrm.connectors.http.internal;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The stretch of days a daily {@link FigureSource} reads next: from the query's first day, or from a few days
 * before the checkpoint's last closed day (the trailing re-read), up to at most {@code maxDays} days (more when
 * the trailing re-read alone would fill them, so every stretch reaches past the checkpoint) and never past
 * today. Immutable.
 *
 * @param start the first day to read
 * @param end the last day to read, inclusive
 * @param today today in the source's zone; this day and later are partial
 * @param closedThrough the last closed day once this stretch is read, or null when none is closed yet
 * @param last whether this stretch reaches the end of the query's range
 * @param empty whether there is nothing to read at all (the range lies in the future or is read already)
 */
public record FigureSpan(LocalDate start, LocalDate end, LocalDate today, LocalDate closedThrough, boolean last,
        boolean empty) {

    /**
     * The next stretch of a query.
     *
     * @param query the query
     * @param from the checkpoint
     * @param today today in the source's time zone
     * @param trailingDays closed days to read again before the checkpoint, at least 0
     * @param maxDays the most days per stretch, at least 1
     * @param operation the operation, for the error message of a bad checkpoint
     * @return the stretch
     * @throws IllegalArgumentException if the checkpoint's date is not an ISO date
     */
    public static FigureSpan next(FigureQuery query, Checkpoint from, LocalDate today, int trailingDays, int maxDays,
            String operation) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        LocalDate closed = null;
        String text = from.value(FigureSource.CLOSED_THROUGH).orElse(null);
        if (text != null) {
            try {
                closed = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("checkpoint value '" + FigureSource.CLOSED_THROUGH + "' of "
                        + operation + " is not an ISO date", e);
            }
        }
        LocalDate latest = query.until().filter(t -> t.isBefore(today)).orElse(today);
        LocalDate start = query.from();
        if (closed != null && closed.minusDays(trailingDays - 1L).isAfter(start)) {
            start = closed.minusDays(trailingDays - 1L);
        }
        if (start.isAfter(latest)) {
            return new FigureSpan(start, start, today, closed, true, true);
        }
        LocalDate end = start.plusDays(maxDays - 1L);
        if (closed != null && !end.isAfter(closed)) {
            end = closed.plusDays(1);
        }
        if (end.isAfter(latest)) {
            end = latest;
        }
        LocalDate newlyClosed = end.isBefore(today) ? end : today.minusDays(1);
        if (newlyClosed.isBefore(start)) {
            newlyClosed = null;
        }
        if (closed != null && (newlyClosed == null || closed.isAfter(newlyClosed))) {
            newlyClosed = closed;
        }
        return new FigureSpan(start, end, today, newlyClosed, !end.isBefore(latest), false);
    }

    /**
     * The checkpoint after this stretch.
     *
     * @param from the checkpoint it was read from
     * @return the checkpoint
     */
    public Checkpoint next(Checkpoint from) {
        return closedThrough == null ? from : from.with(FigureSource.CLOSED_THROUGH, closedThrough.toString());
    }

    /**
     * Whether a day of this stretch was still open when read.
     *
     * @param day the day
     * @return true from today on
     */
    public boolean partial(LocalDate day) {
        return !day.isBefore(today);
    }
}
