package dev.scrm.metrics.internal;

import dev.scrm.core.Direction;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.Sentiment;
import dev.scrm.metrics.MetricsAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Interactions in column layout, reduced to what the counters need: per row the row class (mention, repost,
 * owned post, follow, unfollow or ignored), the instant in epoch seconds, an interned dimension id, the id
 * and author fingerprints, the sentiment label and score, reach, author followers and one column per
 * engagement type ({@code -1} where absent). Dimension combinations are interned once per batch, so the
 * engine resolves each to its series once per batch instead of once per item. Not thread-safe.
 */
public final class Columns {

    static final int IGNORED = 0;
    static final int MENTION = 1;
    static final int REPOST = 2;
    static final int POST = 3;
    static final int FOLLOW = 4;
    static final int UNFOLLOW = 5;

    static final int ENGAGEMENT_TYPES = EngagementType.values().length;
    /** Engagement counts are stored row by row, {@value #E} slots a row (one cache line), so a row reads one line. */
    static final int E = 8;

    static {
        if (EngagementType.values().length > E) {
            throw new IllegalStateException("more engagement types than slots in a row");
        }
    }

    int size;
    byte[] cls;
    long[] time;
    int[] dim;
    long[] id;
    long[] author;
    byte[] label;
    double[] compound;
    long[] reach;
    long[] authorFollowers;
    long[] engagement;
    final List<SeriesKey> dimensions = new ArrayList<>();
    private final Map<SeriesKey, Integer> dimensionIds = new HashMap<>();

    /**
     * An empty batch with room for some rows; it grows as needed.
     *
     * @param capacity the initial number of rows, at least 1
     */
    public Columns(int capacity) {
        allocate(Math.max(1, capacity));
    }

    private void allocate(int n) {
        cls = new byte[n];
        time = new long[n];
        dim = new int[n];
        id = new long[n];
        author = new long[n];
        label = new byte[n];
        compound = new double[n];
        reach = new long[n];
        authorFollowers = new long[n];
        engagement = new long[n * E];
    }

    /** @return the number of rows */
    public int size() {
        return size;
    }

    /** @return the number of interned dimension combinations */
    public int dimensionCount() {
        return dimensions.size();
    }

    /** Removes every row and dimension, keeping the arrays. */
    public void clear() {
        size = 0;
        dimensions.clear();
        dimensionIds.clear();
    }

    /**
     * The id of a dimension combination, interning it on first use.
     *
     * @param brands the brands the items name (copied)
     * @param platform the platform
     * @param campaign the campaign, or {@code null}
     * @param segment the segment, or {@code null}
     * @return the id
     */
    public int dimension(Set<String> brands, Platform platform, String campaign, String segment) {
        return intern(new SeriesKey(brands, platform, campaign, segment));
    }

    private int intern(SeriesKey key) {
        Integer d = dimensionIds.get(key);
        if (d == null) {
            d = dimensions.size();
            SeriesKey copy = new SeriesKey(Set.copyOf(key.brands()), key.platform(), key.campaign(), key.segment());
            dimensions.add(copy);
            dimensionIds.put(copy, d);
        }
        return d;
    }

    /**
     * Starts a row; its optional fields start absent.
     *
     * @param dimension an id from {@link #dimension}
     * @param kind the interaction kind
     * @param direction the direction
     * @param epochSecond the instant the interaction occurred, in seconds since the epoch
     * @return the row's index
     * @throws IllegalArgumentException if the dimension id is unknown
     */
    public int add(int dimension, InteractionKind kind, Direction direction, long epochSecond) {
        if (dimension < 0 || dimension >= dimensions.size()) {
            throw new IllegalArgumentException("unknown dimension id " + dimension);
        }
        if (size == cls.length) {
            grow();
        }
        int r = size++;
        cls[r] = (byte) classify(kind, direction);
        time[r] = epochSecond;
        dim[r] = dimension;
        id[r] = 0;
        author[r] = 0;
        label[r] = -1;
        compound[r] = 0;
        reach[r] = -1;
        authorFollowers[r] = -1;
        Arrays.fill(engagement, r * E, r * E + ENGAGEMENT_TYPES, -1L);
        return r;
    }

    /**
     * Sets the id of the last row, for deduplication.
     *
     * @param value the interaction id
     */
    public void id(dev.scrm.core.InteractionId value) {
        id[size - 1] = FingerprintSet.fingerprint(value);
    }

    /**
     * Sets the author of the last row, for distinct-author counts.
     *
     * @param value the author's account
     */
    public void author(dev.scrm.core.PlatformAccountId value) {
        author[size - 1] = FingerprintSet.fingerprint(value.platform().id(), value.nativeId());
    }

    /**
     * Sets the sentiment of the last row.
     *
     * @param value the label
     * @param score the compound score
     */
    public void sentiment(dev.scrm.core.SentimentLabel value, double score) {
        label[size - 1] = (byte) value.ordinal();
        compound[size - 1] = score;
    }

    /**
     * Sets the reach of the last row.
     *
     * @param value the reach, at least 0
     */
    public void reach(long value) {
        reach[size - 1] = value;
    }

    /**
     * Sets the author's follower count of the last row.
     *
     * @param value the count, at least 0
     */
    public void authorFollowers(long value) {
        authorFollowers[size - 1] = value;
    }

    /**
     * Sets one engagement count of the last row.
     *
     * @param type the type
     * @param value the count, at least 0
     */
    public void engagement(EngagementType type, long value) {
        engagement[(size - 1) * E + type.ordinal()] = value;
    }

    /**
     * Appends an interaction as one row, reading the attributes the engine uses.
     *
     * @param i the interaction
     * @param withId whether to fingerprint its id for deduplication
     * @param withAuthor whether to fingerprint its author for distinct-author counts
     */
    public void add(Interaction i, boolean withId, boolean withAuthor) {
        Objects.requireNonNull(i, "interaction");
        String campaign = null;
        String segment = null;
        long r = -1;
        long af = -1;
        for (Map.Entry<String, String> a : i.attributes().entrySet()) {
            switch (a.getKey()) {
                case MetricsAttributes.CAMPAIGN:
                    campaign = a.getValue();
                    break;
                case MetricsAttributes.SEGMENT:
                    segment = a.getValue();
                    break;
                case MetricsAttributes.REACH:
                    r = parseCount(a.getValue());
                    break;
                case MetricsAttributes.AUTHOR_FOLLOWERS:
                    af = parseCount(a.getValue());
                    break;
                default:
                    break;
            }
        }
        int d = intern(new SeriesKey(i.brands(), i.id().platform(), campaign, segment));
        add(d, i.kind(), i.direction(), i.occurredAt().getEpochSecond());
        int row = size - 1;
        if (withId) {
            id[row] = FingerprintSet.fingerprint(i.id());
        }
        if (withAuthor && i.author() != null) {
            author[row] = FingerprintSet.fingerprint(i.author().platform().id(), i.author().nativeId());
        }
        Sentiment s = i.sentiment();
        if (s != null) {
            label[row] = (byte) s.label().ordinal();
            compound[row] = s.compound();
        }
        reach[row] = r;
        authorFollowers[row] = af;
        Map<EngagementType, Long> counts = i.engagement().counts();
        if (!counts.isEmpty()) {
            for (Map.Entry<EngagementType, Long> e : counts.entrySet()) {
                engagement[row * E + e.getKey().ordinal()] = e.getValue();
            }
        }
    }

    private void grow() {
        int n = cls.length * 2;
        cls = Arrays.copyOf(cls, n);
        time = Arrays.copyOf(time, n);
        dim = Arrays.copyOf(dim, n);
        id = Arrays.copyOf(id, n);
        author = Arrays.copyOf(author, n);
        label = Arrays.copyOf(label, n);
        compound = Arrays.copyOf(compound, n);
        reach = Arrays.copyOf(reach, n);
        authorFollowers = Arrays.copyOf(authorFollowers, n);
        engagement = Arrays.copyOf(engagement, n * E);
    }

    static int classify(InteractionKind kind, Direction direction) {
        switch (kind) {
            case MENTION:
            case REPLY:
            case COMMENT:
            case REVIEW:
                return direction == Direction.INBOUND ? MENTION : IGNORED;
            case SHARE:
                return direction == Direction.INBOUND ? REPOST : IGNORED;
            case POST:
                return direction == Direction.OUTBOUND ? POST : IGNORED;
            case FOLLOW:
                return FOLLOW;
            case UNFOLLOW:
                return UNFOLLOW;
            default:
                return IGNORED;
        }
    }

    static long parseCount(String v) {
        if (v == null) {
            return -1;
        }
        try {
            long n = Long.parseLong(v.trim());
            return n < 0 ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
