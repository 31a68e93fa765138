package dev.scrm.audience.internal;

import dev.scrm.core.PlatformAccountId;
import java.util.Arrays;

/**
 * What the audience knows about one identity: its audience facts and the compact history of the
 * interactions it authored, as parallel primitive arrays. Guarded by the engine's lock; not thread-safe.
 */
final class IdentityState {

    static final long NO_AMOUNT = Long.MIN_VALUE;
    private static final int INDEX_FROM = 16;

    final PlatformAccountId id;
    long followers = -1;
    boolean verified;
    boolean bot;
    CustomerState customer;

    int size;
    long[] at = new long[2];
    long[] idHash = new long[2];
    /** kind ordinal in the low 6 bits, 0x40 when outbound. */
    byte[] kind = new byte[2];
    double[] compound = new double[2];
    int[] brandSet = new int[2];
    int[] campaign = new int[2];
    int[] engagement = new int[2];
    int[] amplification = new int[2];
    /** Purchase amount in units of 1/10,000, or {@link #NO_AMOUNT}. */
    long[] amount = new long[2];
    private LongIntMap index;

    IdentityState(PlatformAccountId id) {
        this.id = id;
    }

    int kindOf(int i) {
        return kind[i] & 0x3F;
    }

    boolean outbound(int i) {
        return (kind[i] & 0x40) != 0;
    }

    int find(long hash) {
        if (index != null) {
            return index.get(hash);
        }
        for (int i = 0; i < size; i++) {
            if (idHash[i] == hash) {
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
        int i = find(hash);
        if (i >= 0) {
            boolean same = at[i] == time && kind[i] == (byte) kindBits
                    && Double.compare(compound[i], comp) == 0 && brandSet[i] == brands && campaign[i] == camp
                    && engagement[i] == eng && amplification[i] == amp && amount[i] == amt;
            if (same) {
                return false;
            }
        } else {
            if (size == at.length) {
                grow();
            }
            i = size++;
            idHash[i] = hash;
            if (index != null) {
                index.put(hash, i);
            } else if (size > INDEX_FROM) {
                index = new LongIntMap(size * 2);
                for (int j = 0; j < size; j++) {
                    index.put(idHash[j], j);
                }
            }
        }
        at[i] = time;
        kind[i] = (byte) kindBits;
        compound[i] = comp;
        brandSet[i] = brands;
        campaign[i] = camp;
        engagement[i] = eng;
        amplification[i] = amp;
        amount[i] = amt;
        return true;
    }

    private void grow() {
        int n = Math.max(4, at.length * 2);
        at = Arrays.copyOf(at, n);
        idHash = Arrays.copyOf(idHash, n);
        kind = Arrays.copyOf(kind, n);
        compound = Arrays.copyOf(compound, n);
        brandSet = Arrays.copyOf(brandSet, n);
        campaign = Arrays.copyOf(campaign, n);
        engagement = Arrays.copyOf(engagement, n);
        amplification = Arrays.copyOf(amplification, n);
        amount = Arrays.copyOf(amount, n);
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
