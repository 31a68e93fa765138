package dev.scrm.audience.internal;

import dev.scrm.core.PlatformAccountId;
import java.util.Arrays;

/**
 * What the audience knows about one identity: its audience facts and the compact history of the
 * interactions it authored, as parallel primitive arrays. Guarded by the engine's lock; not thread-safe.
 */
final class IdentityState {

    static final long NO_AMOUNT = Long.MIN_VALUE;
    static final int STRIDE = 6;
    private static final int INDEX_FROM = 16;

    final PlatformAccountId id;
    long followers = -1;
    boolean verified;
    boolean bot;
    CustomerState customer;

    int size;
    /**
     * The events, {@link #STRIDE} longs each, contiguous so that a scan touches few cache lines: time (epoch
     * ms), id hash, meta (kind bits 0-7, outbound bit 6, brand set bits 8-31, campaign + 1 bits 32-63),
     * engagement (low 32) and amplification (high 32), compound sentiment as double bits (NaN when none),
     * purchase amount in 1/10,000 units or {@link #NO_AMOUNT}.
     */
    long[] data = new long[2 * STRIDE];
    private LongIntMap index;
    /** Id hashes of this identity's interactions that have received replies, {@link #answeredCount} used. */
    long[] answered;
    int answeredCount;

    IdentityState(PlatformAccountId id) {
        this.id = id;
    }

    long at(int i) {
        return data[i * STRIDE];
    }

    int kindOf(int i) {
        return (int) (data[i * STRIDE + 2] & 0x3F);
    }

    boolean outbound(int i) {
        return (data[i * STRIDE + 2] & 0x40) != 0;
    }

    int brandSet(int i) {
        return (int) ((data[i * STRIDE + 2] >>> 8) & 0xFFFFFF);
    }

    int campaign(int i) {
        return (int) (data[i * STRIDE + 2] >>> 32) - 1;
    }

    int engagement(int i) {
        return (int) data[i * STRIDE + 3];
    }

    int amplification(int i) {
        return (int) (data[i * STRIDE + 3] >>> 32);
    }

    double compound(int i) {
        return Double.longBitsToDouble(data[i * STRIDE + 4]);
    }

    long amount(int i) {
        return data[i * STRIDE + 5];
    }

    /** Drops the whole history, for an erasure: the state may still be referenced from reply lists. */
    void clear() {
        size = 0;
        data = new long[2 * STRIDE];
        index = null;
        answered = null;
        answeredCount = 0;
    }

    /** Records that one of this identity's interactions has replies; the caller makes sure it is new. */
    void markAnswered(long hash) {
        if (answered == null) {
            answered = new long[2];
        } else if (answeredCount == answered.length) {
            answered = Arrays.copyOf(answered, answeredCount * 2);
        }
        answered[answeredCount++] = hash;
    }

    int find(long hash) {
        if (index != null) {
            return index.get(hash);
        }
        for (int i = 0; i < size; i++) {
            if (data[i * STRIDE + 1] == hash) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Inserts an event or replaces the one with the same id hash.
     *
     * @return true when anything changed
     */
    boolean put(long hash, long time, int kindBits, double comp, int brands, int camp, int eng, int amp, long amt) {
        if (brands < 0 || brands > 0xFFFFFF) {
            throw new IllegalStateException("too many distinct brand sets");
        }
        long meta = (kindBits & 0xFFL) | ((long) brands << 8) | ((long) (camp + 1) << 32);
        long counts = (eng & 0xFFFFFFFFL) | ((long) amp << 32);
        long comp64 = Double.doubleToLongBits(comp);
        int i = find(hash);
        if (i >= 0) {
            int o = i * STRIDE;
            if (data[o] == time && data[o + 2] == meta && data[o + 3] == counts && data[o + 4] == comp64
                    && data[o + 5] == amt) {
                return false;
            }
        } else {
            if ((size + 1) * STRIDE > data.length) {
                data = Arrays.copyOf(data, Math.max(4, size * 2) * STRIDE);
            }
            i = size++;
            data[i * STRIDE + 1] = hash;
            if (index != null) {
                index.put(hash, i);
            } else if (size > INDEX_FROM) {
                index = new LongIntMap(size * 2);
                for (int j = 0; j < size; j++) {
                    index.put(data[j * STRIDE + 1], j);
                }
            }
        }
        int o = i * STRIDE;
        data[o] = time;
        data[o + 2] = meta;
        data[o + 3] = counts;
        data[o + 4] = comp64;
        data[o + 5] = amt;
        return true;
    }

    /** An open-addressing map from 64-bit id hashes to positions. */
    static final class LongIntMap {
        private long[] keys;
        private int[] values;
        private boolean[] used;
        private int count;

        LongIntMap(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            keys = new long[cap];
            values = new int[cap];
            used = new boolean[cap];
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }

        void put(long key, int value) {
            if ((count + 1) * 2 > keys.length) {
                rehash();
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (used[i]) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            values[i] = value;
            count++;
        }

        private void rehash() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            count = 0;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    put(k[i], v[i]);
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
