package dev.scrm.metrics.internal;

import dev.scrm.core.EngagementType;
import dev.scrm.core.Platform;
import dev.scrm.metrics.BucketUnit;
import dev.scrm.metrics.ImpressionEstimates;
import java.util.Arrays;
import java.util.HashMap;
import java.util.function.Function;

/**
 * Adds the rows of a {@link Columns} batch to the series of one shard. Rows are summed first into a small
 * dense buffer per dimension for the bucket that dimension is in, and a buffer goes to its series only when
 * the dimension moves to another bucket or the batch ends, so a time-ordered stream writes each series
 * once per bucket and run instead of once per counter and row. All values are whole numbers, so the sums are
 * exactly those of adding row by row. Not thread-safe: used under its shard's lock.
 */
final class Accumulator {

    private static final long DAY = 86_400L;
    private static final long NONE = Long.MIN_VALUE;
    private static final int STRIDE = Slots.STRIDE;

    private static final int LIKES = EngagementType.LIKES.ordinal();
    private static final int SHARES = EngagementType.SHARES.ordinal();
    private static final int REPLIES = EngagementType.REPLIES.ordinal();
    private static final int QUOTES = EngagementType.QUOTES.ordinal();
    private static final int VIEWS = EngagementType.VIEWS.ordinal();

    private static final long MENTION_SLOTS = bits(Slots.MENTIONS, Slots.UNRATED, Slots.POSITIVE, Slots.NEUTRAL,
            Slots.NEGATIVE, Slots.SENTIMENT_SCORE, Slots.MENTION_ENGAGEMENT, Slots.POSITIVE_ENGAGEMENT,
            Slots.POSITIVE_ENGAGEMENT + 1, Slots.POSITIVE_ENGAGEMENT + 2, Slots.MENTION_REACH,
            Slots.MENTIONS_WITH_REACH, Slots.POSITIVE_REACH, Slots.POSITIVE_REACH + 1, Slots.POSITIVE_REACH + 2,
            Slots.EARNED_IMPRESSIONS, Slots.MENTIONS_WITH_AUTHOR_FOLLOWERS);
    private static final long POST_SLOTS = bits(Slots.POSTS, Slots.POST_ENGAGEMENT, Slots.POST_LIKES,
            Slots.POST_SHARES, Slots.POST_REPLIES, Slots.POST_QUOTES, Slots.POSTS_ENGAGEMENT_INCOMPLETE,
            Slots.POST_IMPRESSIONS, Slots.POSTS_WITH_IMPRESSIONS, Slots.POST_ENGAGEMENT_WITH_IMPRESSIONS,
            Slots.POST_ER_IMPRESSIONS_SUM, Slots.POST_REACH, Slots.POSTS_WITH_REACH,
            Slots.POST_ENGAGEMENT_WITH_REACH, Slots.POST_ER_REACH_SUM);

    /** An engagement composition compiled to engagement type ordinals and a range of local epoch days. */
    record Comp(long from, long until, int[] requiredTypes, int[] optionalTypes) {
    }

    private final BucketClock clock;
    private final boolean trackAuthors;
    private final Function<Platform, Comp[]> compositions;
    private double[] values = new double[0];
    private long[] bucket = new long[0];
    private long[] touched = new long[0];
    private Series[] series = new Series[0];
    private Comp[][] comps = new Comp[0][];
    private long[] compDay = new long[0];
    private Comp[] comp = new Comp[0];
    private boolean incomplete;

    Accumulator(BucketClock clock, boolean trackAuthors, Function<Platform, Comp[]> compositions) {
        if (STRIDE > 64) {
            throw new IllegalStateException("more counters than bits in a touched mask");
        }
        this.clock = clock;
        this.trackAuthors = trackAuthors;
        this.compositions = compositions;
    }

    private static long bits(int... slots) {
        long m = 0;
        for (int s : slots) {
            m |= 1L << s;
        }
        return m;
    }

    private void prepare(int dims) {
        if (bucket.length < dims) {
            int n = Math.max(dims, bucket.length * 2);
            values = new double[n * STRIDE];
            bucket = new long[n];
            touched = new long[n];
            series = new Series[n];
            comps = new Comp[n][];
            compDay = new long[n];
            comp = new Comp[n];
        }
        Arrays.fill(bucket, 0, dims, NONE);
        Arrays.fill(compDay, 0, dims, NONE);
        Arrays.fill(series, 0, dims, null);
    }

    /**
     * Adds a batch's rows.
     *
     * @param target the shard's series by dimension combination
     * @param b the batch
     * @param fresh per row whether it is new, or {@code null} when every row is
     * @return how many rows were new
     */
    long add(HashMap<SeriesKey, Series> target, Columns b, boolean[] fresh) {
        int dims = b.dimensions.size();
        prepare(dims);
        boolean daily = clock.unit() == BucketUnit.DAY;
        long[] eng = b.engagement;
        double[] v = values;
        long added = 0;
        int n = b.size;
        try {
            for (int r = 0; r < n; r++) {
                if (fresh != null && !fresh[r]) {
                    continue;
                }
                added++;
                int cls = b.cls[r];
                if (cls == Columns.IGNORED) {
                    continue;
                }
                long sec = b.time[r];
                long day = Math.floorDiv(sec + clock.offset(sec), DAY);
                long idx = daily ? day : clock.index(sec);
                int dim = b.dim[r];
                if (bucket[dim] != idx) {
                    if (bucket[dim] == NONE) {
                        resolve(target, b, dim);
                    } else {
                        flush(dim);
                    }
                    bucket[dim] = idx;
                }
                int o = dim * STRIDE;
                switch (cls) {
                    case Columns.MENTION: {
                        v[o + Slots.MENTIONS] += 1;
                        if (trackAuthors && b.author[r] != 0) {
                            series[dim].addAuthor(idx, b.author[r]);
                        }
                        long e = engagement(dim, day, eng, r);
                        int label = b.label[r];
                        if (label < 0) {
                            v[o + Slots.UNRATED] += 1;
                        } else {
                            v[o + Slots.POSITIVE + label] += 1;
                            v[o + Slots.SENTIMENT_SCORE] += Slots.scaled(Slots.SENTIMENT_SCORE, b.compound[r]);
                            v[o + Slots.POSITIVE_ENGAGEMENT + label] += e;
                        }
                        v[o + Slots.MENTION_ENGAGEMENT] += e;
                        long reach = b.reach[r];
                        long authorFollowers = b.authorFollowers[r];
                        long rr = reach >= 0 ? reach : authorFollowers;
                        if (rr >= 0) {
                            v[o + Slots.MENTION_REACH] += rr;
                            v[o + Slots.MENTIONS_WITH_REACH] += 1;
                            if (label >= 0) {
                                v[o + Slots.POSITIVE_REACH + label] += rr;
                            }
                        }
                        if (authorFollowers >= 0) {
                            v[o + Slots.EARNED_IMPRESSIONS] += Slots.scaled(Slots.EARNED_IMPRESSIONS,
                                    authorFollowers * ImpressionEstimates.factor(authorFollowers));
                            v[o + Slots.MENTIONS_WITH_AUTHOR_FOLLOWERS] += 1;
                        }
                        touched[dim] |= MENTION_SLOTS;
                        break;
                    }
                    case Columns.POST:
                        post(v, o, dim, day, b, r);
                        touched[dim] |= POST_SLOTS;
                        break;
                    default: {
                        int slot = cls == Columns.REPOST ? Slots.REPOSTS
                                : cls == Columns.FOLLOW ? Slots.FOLLOWS : Slots.UNFOLLOWS;
                        v[o + slot] += 1;
                        touched[dim] |= 1L << slot;
                    }
                }
            }
        } finally {
            for (int d = 0; d < dims; d++) {
                if (bucket[d] != NONE) {
                    flush(d);
                }
            }
        }
        return added;
    }

    private void post(double[] v, int o, int dim, long day, Columns b, int r) {
        long[] eng = b.engagement;
        int e8 = r * Columns.E;
        long e = engagement(dim, day, eng, r);
        v[o + Slots.POSTS] += 1;
        v[o + Slots.POST_ENGAGEMENT] += e;
        v[o + Slots.POST_LIKES] += Math.max(0, eng[e8 + LIKES]);
        v[o + Slots.POST_SHARES] += Math.max(0, eng[e8 + SHARES]);
        v[o + Slots.POST_REPLIES] += Math.max(0, eng[e8 + REPLIES]);
        v[o + Slots.POST_QUOTES] += Math.max(0, eng[e8 + QUOTES]);
        if (incomplete) {
            v[o + Slots.POSTS_ENGAGEMENT_INCOMPLETE] += 1;
        }
        long views = eng[e8 + VIEWS];
        if (views >= 0) {
            v[o + Slots.POST_IMPRESSIONS] += views;
            v[o + Slots.POSTS_WITH_IMPRESSIONS] += 1;
            v[o + Slots.POST_ENGAGEMENT_WITH_IMPRESSIONS] += e;
            if (views > 0) {
                v[o + Slots.POST_ER_IMPRESSIONS_SUM] += Slots.scaled(Slots.POST_ER_IMPRESSIONS_SUM, (double) e / views);
            }
        }
        long reach = b.reach[r];
        if (reach >= 0) {
            v[o + Slots.POST_REACH] += reach;
            v[o + Slots.POSTS_WITH_REACH] += 1;
            v[o + Slots.POST_ENGAGEMENT_WITH_REACH] += e;
            if (reach > 0) {
                v[o + Slots.POST_ER_REACH_SUM] += Slots.scaled(Slots.POST_ER_REACH_SUM, (double) e / reach);
            }
        }
    }

    private void resolve(HashMap<SeriesKey, Series> target, Columns b, int dim) {
        SeriesKey key = b.dimensions.get(dim);
        Series d = target.get(key);
        if (d == null) {
            d = new Series();
            target.put(key, d);
        }
        series[dim] = d;
        comps[dim] = compositions.apply(key.platform());
    }

    /** Moves a dimension's buffered sums to its series and clears them. */
    private void flush(int dim) {
        Series d = series[dim];
        int pos = d.pos(bucket[dim]);
        int o = dim * STRIDE;
        long m = touched[dim];
        while (m != 0) {
            int slot = Long.numberOfTrailingZeros(m);
            m &= m - 1;
            double x = values[o + slot];
            if (x != 0) {
                d.add(slot, pos, x);
                values[o + slot] = 0;
            }
        }
        touched[dim] = 0;
    }

    /** The engagement of a row under its platform's composition at its local day; sets {@link #incomplete}. */
    private long engagement(int dim, long day, long[] eng, int r) {
        Comp c;
        if (compDay[dim] == day) {
            c = comp[dim];
        } else {
            c = null;
            Comp[] list = comps[dim];
            for (Comp k : list) {
                if (day >= k.from && day < k.until) {
                    c = k;
                    break;
                }
            }
            if (c == null) {
                c = list[list.length - 1];
            }
            comp[dim] = c;
            compDay[dim] = day;
        }
        long sum = 0;
        boolean missing = false;
        int e8 = r * Columns.E;
        for (int t : c.requiredTypes) {
            long x = eng[e8 + t];
            if (x < 0) {
                missing = true;
            } else {
                sum += x;
            }
        }
        for (int t : c.optionalTypes) {
            long x = eng[e8 + t];
            if (x >= 0) {
                sum += x;
            }
        }
        incomplete = missing;
        return sum;
    }
}
