package dev.scrm.identity.internal;

import java.util.Arrays;

/**
 * A persistent candidate index: key hash to the records holding it, appendable one record at a time. Postings
 * are singly linked lists in flat arrays, newest first, with a count per key so oversized keys can be skipped.
 * Not thread-safe.
 */
final class KeyIndex {
    private long[] keys;
    private int[] heads;
    private int[] counts;
    private int used;
    private int[] next = new int[1 << 16];
    private int[] rec = new int[1 << 16];
    private int postings;

    KeyIndex(int expectedKeys) {
        int cap = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        keys = new long[cap];
        heads = new int[cap];
        counts = new int[cap];
        Arrays.fill(heads, -1);
    }

    private int slot(long k) {
        int mask = keys.length - 1;
        int s = (int) PairTable.mix(k) & mask;
        while (heads[s] >= 0 && keys[s] != k) {
            s = (s + 1) & mask;
        }
        return s;
    }

    void add(long key, int record) {
        int s = slot(key);
        if (heads[s] < 0) {
            keys[s] = key;
            used++;
        }
        if (postings == next.length) {
            next = Arrays.copyOf(next, postings * 2);
            rec = Arrays.copyOf(rec, postings * 2);
        }
        next[postings] = heads[s];
        rec[postings] = record;
        heads[s] = postings++;
        counts[s]++;
        if (used * 2 > keys.length) {
            grow();
        }
    }

    /** How many records hold the key. */
    int count(long key) {
        int s = slot(key);
        return heads[s] < 0 ? 0 : counts[s];
    }

    /** Visits the records holding the key, newest first; stops after {@code limit}. */
    void forEach(long key, int limit, java.util.function.IntConsumer visitor) {
        int s = slot(key);
        int p = heads[s];
        int k = 0;
        while (p >= 0 && k++ < limit) {
            visitor.accept(rec[p]);
            p = next[p];
        }
    }

    private void grow() {
        long[] ok = keys;
        int[] oh = heads;
        int[] oc = counts;
        keys = new long[ok.length * 2];
        heads = new int[ok.length * 2];
        counts = new int[ok.length * 2];
        Arrays.fill(heads, -1);
        for (int s = 0; s < ok.length; s++) {
            if (oh[s] >= 0) {
                int t = slot(ok[s]);
                keys[t] = ok[s];
                heads[t] = oh[s];
                counts[t] = oc[s];
            }
        }
    }
}
