package dev.scrm.identity.internal;

import java.util.Arrays;

/**
 * An open-addressing set of record pairs (i &lt; j, both below 2^24) with a 16-bit mask of the blocking keys
 * that produced each pair. Not thread-safe.
 */
final class PairTable {
    private static final long EMPTY = -1L;
    private long[] keys;
    private short[] masks;
    private int size;

    PairTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        masks = new short[cap];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    void add(int i, int j, int keyBit) {
        long k = i < j ? ((long) i << 24) | j : ((long) j << 24) | i;
        int mask = keys.length - 1;
        int slot = (int) mix(k) & mask;
        while (true) {
            long cur = keys[slot];
            if (cur == EMPTY) {
                keys[slot] = k;
                masks[slot] = (short) (1 << keyBit);
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            if (cur == k) {
                masks[slot] |= (short) (1 << keyBit);
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] ok = keys;
        short[] om = masks;
        keys = new long[ok.length * 2];
        masks = new short[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int s = 0; s < ok.length; s++) {
            if (ok[s] != EMPTY) {
                int slot = (int) mix(ok[s]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = ok[s];
                masks[slot] = om[s];
            }
        }
    }

    /** The pairs packed as {@code i << 40 | j << 16 | mask}, sorted. Releases the table. */
    long[] drainSorted() {
        long[] out = new long[size];
        int k = 0;
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != EMPTY) {
                out[k++] = (keys[s] << 16) | (masks[s] & 0xffffL);
            }
        }
        keys = null;
        masks = null;
        Arrays.parallelSort(out);
        return out;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85ec3L;
        return z ^ (z >>> 33);
    }

    static int left(long packed) {
        return (int) (packed >>> 40);
    }

    static int right(long packed) {
        return (int) ((packed >>> 16) & 0xffffff);
    }

    static int mask(long packed) {
        return (int) (packed & 0xffff);
    }
}
