package dev.scrm.identity.internal;

import java.util.Arrays;

/**
 * A persistent candidate index: key hash to the records holding it, appendable one record at a time. Postings
 * are singly linked lists in flat arrays, newest first, with a count per key so oversized keys can be skipped.
 * Not thread-safe.
 */
final class KeyIndex {
    /** A slot no key has taken. */
    private static final int FREE = -1;
    /** A slot whose key lost all its records to erasure. */
    private static final int EMPTY = -2;
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
        while (heads[s] != FREE && keys[s] != k) {
            s = (s + 1) & mask;
        }
        return s;
    }

    void add(long key, int record) {
        int s = slot(key);
        if (heads[s] == FREE) {
            keys[s] = key;
            used++;
        }
        if (postings == next.length) {
            next = Arrays.copyOf(next, postings * 2);
            rec = Arrays.copyOf(rec, postings * 2);
        }
        next[postings] = heads[s] < 0 ? -1 : heads[s];
        rec[postings] = record;
        heads[s] = postings++;
        counts[s]++;
        if (used * 2 > keys.length) {
            grow();
        }
    }

    /** Removes the record from the key's postings (for erasure); does nothing if it is not there. */
    void remove(long key, int record) {
        int s = slot(key);
        if (heads[s] < 0) {
            return;
        }
        int prev = -1;
        for (int p = heads[s]; p >= 0; prev = p, p = next[p]) {
            if (rec[p] == record) {
                if (prev < 0) {
                    heads[s] = next[p];
                } else {
                    next[prev] = next[p];
                }
                counts[s]--;
                if (heads[s] < 0) {
                    // the slot stays taken by its key, with no records, so probing past it still works
                    heads[s] = EMPTY;
                }
                return;
            }
        }
    }

    /** How many records hold the key. */
    int count(long key) {
        int s = slot(key);
        return heads[s] == FREE ? 0 : counts[s];
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
            if (oh[s] != FREE) {
                int t = slot(ok[s]);
                keys[t] = ok[s];
                heads[t] = oh[s];
                counts[t] = oc[s];
            }
        }
    }
}
