package dev.scrm.metrics;

import dev.scrm.core.Direction;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SentimentLabel;
import dev.scrm.metrics.internal.Columns;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Interactions in column layout for {@link MetricsEngine#ingest(InteractionBatch)}, the engine's fast
 * ingestion path: a batch holds per row only the primitive fields the counters need, and interns each
 * dimension combination (brands, platform, campaign, segment) once, so the engine resolves it to its series
 * once per batch and adds every row with array arithmetic, without per-item lookups or boxing.
 *
 * <p>Rows come from {@link Interaction} records ({@link #add(Interaction)}), or straight from a source that
 * has the fields at hand, without building records: intern the dimension, start a row, set what is known.
 * A field left unset is absent (a missing input), never zero. The result of ingesting a batch is exactly
 * that of ingesting the same interactions one by one.
 *
 * <pre>{@code
 * InteractionBatch batch = InteractionBatch.create(10_000);
 * int acmeOnMastodon = batch.dimension(Set.of("acme"), Platform.MASTODON, null, null);
 * batch.add(acmeOnMastodon, InteractionKind.MENTION, Direction.INBOUND, epochSecond)
 *         .id(InteractionId.of(Platform.MASTODON, "109876"))
 *         .sentiment(SentimentLabel.POSITIVE, 0.62)
 *         .reach(1_200);
 * engine.ingest(batch);
 * batch.clear();
 * }</pre>
 *
 * <p>Not thread-safe: fill it on one thread, and do not change it while an engine ingests it. After
 * ingestion it may be {@linkplain #clear() cleared} and refilled.
 */
public final class InteractionBatch {

    /** The initial row capacity of {@link #create()}. */
    public static final int DEFAULT_CAPACITY = 1024;

    final Columns columns;
    private boolean rowOpen;

    private InteractionBatch(int capacity) {
        this.columns = new Columns(capacity);
    }

    /**
     * An empty batch with room for {@link #DEFAULT_CAPACITY} rows; it grows as needed.
     *
     * @return the batch
     */
    public static InteractionBatch create() {
        return new InteractionBatch(DEFAULT_CAPACITY);
    }

    /**
     * An empty batch with room for some rows; it grows as needed.
     *
     * @param capacity the initial number of rows, at least 1
     * @return the batch
     * @throws IllegalArgumentException if the capacity is below 1
     */
    public static InteractionBatch create(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        return new InteractionBatch(capacity);
    }

    /**
     * The number of rows.
     *
     * @return the size
     */
    public int size() {
        return columns.size();
    }

    /** Removes every row and every interned dimension, keeping the allocated columns for reuse. */
    public void clear() {
        columns.clear();
        rowOpen = false;
    }

    /**
     * The id of a dimension combination in this batch, interning it on first use (ids are valid until
     * {@link #clear()}).
     *
     * @param brands the brands the items name, possibly none
     * @param platform the platform
     * @param campaign the campaign, or {@code null} for none
     * @param segment the audience segment, or {@code null} for none
     * @return the dimension id
     */
    public int dimension(Set<String> brands, Platform platform, String campaign, String segment) {
        Objects.requireNonNull(brands, "brands");
        for (String b : brands) {
            Objects.requireNonNull(b, "brand");
        }
        return columns.dimension(brands, Objects.requireNonNull(platform, "platform"), campaign, segment);
    }

    /**
     * Starts a row: an interaction of a kind and direction at an instant, in an interned dimension. Its
     * optional fields start absent.
     *
     * @param dimension an id from {@link #dimension}
     * @param kind the interaction kind
     * @param direction the direction
     * @param epochSecond when it occurred, in seconds since the epoch
     * @return this batch, to set the row's fields
     * @throws IllegalArgumentException if the dimension id is unknown
     */
    public InteractionBatch add(int dimension, InteractionKind kind, Direction direction, long epochSecond) {
        columns.add(dimension, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(direction, "direction"),
                epochSecond);
        rowOpen = true;
        return this;
    }

    /**
     * Starts a row, as {@link #add(int, InteractionKind, Direction, long)}.
     *
     * @param dimension an id from {@link #dimension}
     * @param kind the interaction kind
     * @param direction the direction
     * @param occurredAt when it occurred
     * @return this batch, to set the row's fields
     * @throws IllegalArgumentException if the dimension id is unknown
     */
    public InteractionBatch add(int dimension, InteractionKind kind, Direction direction, Instant occurredAt) {
        return add(dimension, kind, direction, Objects.requireNonNull(occurredAt, "occurredAt").getEpochSecond());
    }

    /**
     * Appends an interaction as one row, with its id, author, sentiment, engagement and the attributes of
     * {@link MetricsAttributes}.
     *
     * @param interaction the interaction
     * @return this batch
     */
    public InteractionBatch add(Interaction interaction) {
        columns.add(Objects.requireNonNull(interaction, "interaction"), true, true);
        rowOpen = true;
        return this;
    }

    /**
     * Sets the id of the current row; an engine that deduplicates needs it.
     *
     * @param id the interaction id
     * @return this batch
     * @throws IllegalStateException if no row was started
     */
    public InteractionBatch id(InteractionId id) {
        row();
        columns.id(Objects.requireNonNull(id, "id"));
        return this;
    }

    /**
     * Sets the author of the current row, for {@code mentions.unique_authors@1}.
     *
     * @param author the author's account
     * @return this batch
     * @throws IllegalStateException if no row was started
     */
    public InteractionBatch author(PlatformAccountId author) {
        row();
        columns.author(Objects.requireNonNull(author, "author"));
        return this;
    }

    /**
     * Sets the sentiment of the current row.
     *
     * @param label the label
     * @param compound the compound score within [-1, 1]
     * @return this batch
     * @throws IllegalArgumentException if the score is out of range
     * @throws IllegalStateException if no row was started
     */
    public InteractionBatch sentiment(SentimentLabel label, double compound) {
        row();
        Objects.requireNonNull(label, "label");
        if (!(compound >= -1 && compound <= 1)) {
            throw new IllegalArgumentException("compound sentiment must be within [-1, 1], was " + compound);
        }
        columns.sentiment(label, compound);
        return this;
    }

    /**
     * Sets the reach (unique viewers) of the current row, as attribute {@value MetricsAttributes#REACH} does.
     *
     * @param reach the reach, at least 0
     * @return this batch
     * @throws IllegalArgumentException if negative
     * @throws IllegalStateException if no row was started
     */
    public InteractionBatch reach(long reach) {
        row();
        columns.reach(nonNegative(reach, "reach"));
        return this;
    }

    /**
     * Sets the author's follower count of the current row, as attribute
     * {@value MetricsAttributes#AUTHOR_FOLLOWERS} does.
     *
     * @param followers the count, at least 0
     * @return this batch
     * @throws IllegalArgumentException if negative
     * @throws IllegalStateException if no row was started
     */
    public InteractionBatch authorFollowers(long followers) {
        row();
        columns.authorFollowers(nonNegative(followers, "authorFollowers"));
        return this;
    }

    /**
     * Sets one engagement count of the current row.
     *
     * @param type the type
     * @param count the count, at least 0
     * @return this batch
     * @throws IllegalArgumentException if negative
     * @throws IllegalStateException if no row was started
     */
    public InteractionBatch engagement(EngagementType type, long count) {
        row();
        columns.engagement(Objects.requireNonNull(type, "type"), nonNegative(count, "engagement count"));
        return this;
    }

    private void row() {
        if (!rowOpen) {
            throw new IllegalStateException("no row was started; call add first");
        }
    }

    private static long nonNegative(long v, String name) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + v);
        }
        return v;
    }
}
