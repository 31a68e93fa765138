package dev.scrm.identity.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Runs the OR-ed blocking keys over all records and collects the distinct candidate pairs, each with the mask
 * of keys that produced it. Oversized blocks are sub-blocked on the most discriminating other field; what is
 * still too large is dropped and counted. Not thread-safe.
 */
final class Blocker {

    static final int MAX_RECORDS = 1 << 24;

    /** Statistics of one run. */
    static final class Stats {
        long[] pairsPerKey;
        int largestBlock;
        int cappedBlocks;
        int droppedBlocks;
        long candidates;
    }

    private final Encoded e;
    private final List<BlockKey> keys;
    private final int maxBlock;
    private final boolean linkOnly;

    Blocker(Encoded e, List<BlockKey> keys, int maxBlock, boolean linkOnly) {
        this.e = e;
        this.keys = keys;
        this.maxBlock = maxBlock;
        this.linkOnly = linkOnly;
    }

    long[] run(Stats stats) {
        int n = e.size();
        if (n >= MAX_RECORDS) {
            throw new IllegalArgumentException("batch resolution handles at most " + (MAX_RECORDS - 1) + " records");
        }
        PairTable table = new PairTable(Math.max(1024, n * 4));
        stats.pairsPerKey = new long[keys.size()];
        long[] buf = new long[64];
        for (int k = 0; k < keys.size(); k++) {
            BlockKey key = keys.get(k);
            long[] entries = new long[Math.max(16, n)];
            int m = 0;
            for (int i = 0; i < n; i++) {
                int c = key.emitter.emit(e, i, buf);
                for (int x = 0; x < c; x++) {
                    if (m == entries.length) {
                        entries = Arrays.copyOf(entries, entries.length * 2);
                    }
                    entries[m++] = (buf[x] & ~0xffffffL) | i;
                }
            }
            Arrays.sort(entries, 0, m);
            int start = 0;
            int sub = subField(key);
            while (start < m) {
                long h = entries[start] & ~0xffffffL;
                int end = start + 1;
                while (end < m && (entries[end] & ~0xffffffL) == h) {
                    end++;
                }
                int size = end - start;
                if (size > 1) {
                    stats.largestBlock = Math.max(stats.largestBlock, size);
                    if (size <= maxBlock) {
                        stats.pairsPerKey[k] += emitAll(table, entries, start, end, k);
                    } else {
                        stats.cappedBlocks++;
                        stats.pairsPerKey[k] += subBlock(table, entries, start, end, k, sub, stats);
                    }
                }
                start = end;
            }
        }
        stats.candidates = table.size();
        return table.drainSorted();
    }

    private long emitAll(PairTable table, long[] entries, int start, int end, int k) {
        long count = 0;
        for (int a = start; a < end; a++) {
            int i = (int) (entries[a] & 0xffffff);
            for (int b = a + 1; b < end; b++) {
                int j = (int) (entries[b] & 0xffffff);
                if (i == j || (linkOnly && e.source[i] == e.source[j])) {
                    continue;
                }
                table.add(i, j, k);
                count++;
            }
        }
        return count;
    }

    private long subBlock(PairTable table, long[] entries, int start, int end, int k, int sub, Stats stats) {
        if (sub < 0) {
            stats.droppedBlocks++;
            return 0;
        }
        Encoded.Column c = e.cols[sub];
        int size = end - start;
        long[] s = new long[size];
        int m = 0;
        for (int a = start; a < end; a++) {
            int i = (int) (entries[a] & 0xffffff);
            int v = c.ids[i];
            if (v >= 0) {
                s[m++] = ((long) v << 24) | i;
            }
        }
        Arrays.sort(s, 0, m);
        long count = 0;
        int st = 0;
        while (st < m) {
            long v = s[st] >>> 24;
            int en = st + 1;
            while (en < m && (s[en] >>> 24) == v) {
                en++;
            }
            if (en - st > maxBlock) {
                stats.droppedBlocks++;
            } else if (en - st > 1) {
                count += emitAll(table, s, st, en, k);
            }
            st = en;
        }
        return count;
    }

    /** The field with the most distinct values that the key does not use, or -1. */
    private int subField(BlockKey key) {
        int best = -1;
        int bestSize = 1;
        for (Encoded.Column c : e.cols) {
            if (key.uses(c.index) || c.kind == dev.scrm.identity.FieldKind.TEXT) {
                continue;
            }
            if (c.dict.size() > bestSize) {
                bestSize = c.dict.size();
                best = c.index;
            }
        }
        return best;
    }
}
