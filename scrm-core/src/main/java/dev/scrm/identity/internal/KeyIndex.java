package dev.scrm.identity.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A persistent candidate index: key hash to the records holding it, appendable one record at a time. Postings
 * are singly linked lists in flat primitive arrays, newest first, with a count per key. A key added with a cap
 * keeps at most {@code cap + 1} postings (its count goes on), because a reader skips a key holding more records
 * than the cap: a skewed value ("john", a shared household phone) costs one counter, not a long list. Records
 * can be removed again (erasure). Not thread-safe.
 */
final class KeyIndex {
    /** A slot no key has taken. */
    private static final int FREE = -1;
    /** A slot whose key has no stored postings left (erased, or all dropped by the cap). */
    private static final int EMPTY = -2;
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
        Arrays.fill(heads, FREE);
        next = new int[Math.max(1 << 10, expectedKeys)];
        rec = new int[next.length];
    }

    private int slot(long k) {
        int mask = keys.length - 1;
        int s = (int) PairTable.mix(k) & mask;
        while (heads[s] != FREE && keys[s] != k) {
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
        if (heads[s] == FREE) {
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
        next[postings] = heads[s] < 0 ? -1 : heads[s];
        rec[postings] = record;
        heads[s] = postings++;
        counts[s]++;
        if (used * 2 > keys.length) {
            grow();
        }
    }

    /**
     * Removes a record holding the key (for erasure): unlinks its posting when it is stored, and lowers the key's
     * count either way, so a record whose posting the cap dropped is no longer counted. Does nothing when the key
     * has no such record (its postings are all stored and the record is not among them).
     */
    void remove(long key, int record) {
        int s = slot(key);
        if (heads[s] == FREE) {
            return;
        }
        int stored = 0;
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
                    // the slot stays taken by its key, with no postings, so probing past it still works
                    heads[s] = EMPTY;
                }
                return;
            }
            stored++;
        }
        if (counts[s] > stored) {
            // the cap dropped some of the key's postings: the record was counted but never stored
            counts[s]--;
        }
    }

    /** How many records hold the key. */
    int count(long key) {
        int s = slot(key);
        return heads[s] == FREE ? 0 : counts[s];
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
        if (p == FREE) {
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
        Arrays.fill(heads, FREE);
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
