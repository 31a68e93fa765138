package dev.scrm.identity.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A persistent candidate index: key hash to the records holding it, appendable one record at a time. Postings
 * are singly linked lists in flat primitive arrays, newest first, with a count per key. A key added with a cap
 * keeps at most {@code cap + 1} postings (its count goes on), because a reader skips a key holding more records
 * than the cap: a skewed value ("john", a shared household phone) costs one counter, not a long list. Not
 * thread-safe.
 */
final class KeyIndex {
    private long[] keys;
    private int[] heads;
    private int[] counts;
    private int used;
    private int[] next;
    private int[] rec;
    private int postings;

    KeyIndex(int expectedKeys) {
        int cap = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        keys = new long[cap];
        heads = new int[cap];
        counts = new int[cap];
        Arrays.fill(heads, -1);
        next = new int[Math.max(1 << 10, expectedKeys)];
        rec = new int[next.length];
    }

    private int slot(long k) {
        int mask = keys.length - 1;
        int s = (int) PairTable.mix(k) & mask;
        while (heads[s] >= 0 && keys[s] != k) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /**
     * Adds a posting.
     *
     * @param cap the most postings the key keeps (its count goes on), or {@link Integer#MAX_VALUE}
     */
    void add(long key, int record, int cap) {
        int s = slot(key);
        if (heads[s] < 0) {
            keys[s] = key;
            used++;
        } else if (counts[s] > cap) {
            counts[s]++;
            return;
        }
        if (postings == next.length) {
            int grown = postings + (postings >> 1);
            next = Arrays.copyOf(next, grown);
            rec = Arrays.copyOf(rec, grown);
        }
        next[postings] = heads[s];
        rec[postings] = record;
        heads[s] = postings++;
        counts[s]++;
        if (used * 2 > keys.length) {
            grow();
        }
    }

    /**
     * Visits the records holding the key, newest first, at most {@code limit} of them; visits none when the key
     * holds more than {@code skipAbove} records.
     *
     * @return how many records hold the key
     */
    int visit(long key, int limit, int skipAbove, IntConsumer visitor) {
        int s = slot(key);
        int p = heads[s];
        if (p < 0) {
            return 0;
        }
        int count = counts[s];
        if (count > skipAbove) {
            return count;
        }
        int k = 0;
        while (p >= 0 && k++ < limit) {
            visitor.accept(rec[p]);
            p = next[p];
        }
        return count;
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
