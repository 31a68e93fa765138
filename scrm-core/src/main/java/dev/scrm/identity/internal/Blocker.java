package dev.scrm.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs the OR-ed blocking keys over all records and collects the distinct candidate pairs, each with the mask
 * of keys that produced it. Oversized blocks are sub-blocked on the most discriminating other field; what is
 * still too large is dropped and counted.
 *
 * <p>Each key runs as its own task on the executor and produces its pairs as a sorted, duplicate-free array of
 * packed longs; the per-key arrays are then merged pairwise (mask bits OR-ed), so the result is the same whatever
 * the executor and the scheduling. Not thread-safe: one run at a time per instance.
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

    /** What one key found. */
    private static final class KeyRun {
        long[] pairs = new long[1024];
        int size;
        long emitted;
        int largest;
        int capped;
        int dropped;

        void add(long packed) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length + (pairs.length >> 1) + 1024);
            }
            pairs[size++] = packed;
        }
    }

    private static final long PAIR = ~0xffffL;

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

    /** Runs every key on the calling thread. */
    long[] run(Stats stats) {
        return run(stats, Runnable::run);
    }

    /**
     * Runs the keys as tasks on the executor.
     *
     * @return the distinct pairs packed as {@code i << 40 | j << 16 | mask} with {@code i < j}, sorted
     */
    long[] run(Stats stats, Executor executor) {
        int n = e.size();
        if (n >= MAX_RECORDS) {
            throw new IllegalArgumentException("batch resolution handles at most " + (MAX_RECORDS - 1) + " records");
        }
        stats.pairsPerKey = new long[keys.size()];
        KeyRun[] runs = new KeyRun[keys.size()];
        List<CompletableFuture<Void>> fs = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            int key = k;
            fs.add(CompletableFuture.runAsync(() -> runs[key] = runKey(key), executor));
        }
        CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).join();
        List<long[]> parts = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            KeyRun r = runs[k];
            stats.pairsPerKey[k] = r.emitted;
            stats.largestBlock = Math.max(stats.largestBlock, r.largest);
            stats.cappedBlocks += r.capped;
            stats.droppedBlocks += r.dropped;
            if (r.size > 0) {
                parts.add(r.size == r.pairs.length ? r.pairs : Arrays.copyOf(r.pairs, r.size));
            }
            runs[k] = null;
        }
        long[] out = mergeAll(parts, executor);
        stats.candidates = out.length;
        return out;
    }

    /** The pairs of one key, sorted and without duplicates. */
    private KeyRun runKey(int k) {
        int n = e.size();
        BlockKey key = keys.get(k);
        KeyRun run = new KeyRun();
        long[] buf = new long[64];
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
        // entries were written in record order, so a stable sort on the key bits alone sorts them completely
        entries = sortFrom(entries, m, 24);
        int start = 0;
        int sub = subField(key);
        long bit = 1L << k;
        while (start < m) {
            long h = entries[start] & ~0xffffffL;
            int end = start + 1;
            while (end < m && (entries[end] & ~0xffffffL) == h) {
                end++;
            }
            int size = end - start;
            if (size > 1) {
                run.largest = Math.max(run.largest, size);
                if (size <= maxBlock) {
                    run.emitted += emitAll(run, entries, start, end, bit);
                } else {
                    run.capped++;
                    run.emitted += subBlock(run, entries, start, end, bit, sub);
                }
            }
            start = end;
        }
        entries = null;
        // one key sets one mask bit, the same for every pair, so the bits above the mask decide the order
        run.pairs = sortFrom(run.pairs, run.size, 16);
        run.size = dedupe(run.pairs, run.size);
        return run;
    }

    private long emitAll(KeyRun run, long[] entries, int start, int end, long bit) {
        long count = 0;
        for (int a = start; a < end; a++) {
            int i = (int) (entries[a] & 0xffffff);
            for (int b = a + 1; b < end; b++) {
                int j = (int) (entries[b] & 0xffffff);
                if (i == j || (linkOnly && e.source[i] == e.source[j])) {
                    continue;
                }
                run.add(pack(i, j) | bit);
                count++;
            }
        }
        return count;
    }

    private long subBlock(KeyRun run, long[] entries, int start, int end, long bit, int sub) {
        if (sub < 0) {
            run.dropped++;
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
                run.dropped++;
            } else if (en - st > 1) {
                count += emitAll(run, s, st, en, bit);
            }
            st = en;
        }
        return count;
    }

    /** Digit width of {@link #sortFrom}: 4,096 buckets, whose counters and write positions stay in cache. */
    private static final int RADIX_BITS = 12;

    /**
     * Sorts {@code a[0, size)} in signed order of their bits from {@code low} up, keeping the order of values whose bits
     * agree there: a least-significant-digit radix sort, several times faster than a comparison sort on the millions
     * of entries and pairs one key yields. Small arrays are sorted in place by value.
     *
     * @return the sorted array: {@code a} itself or a new one
     */
    static long[] sortFrom(long[] a, int size, int low) {
        if (size < 1 << 14) {
            Arrays.sort(a, 0, size);
            return a;
        }
        long[] src = a;
        long[] dst = new long[size];
        int[] count = new int[1 << RADIX_BITS];
        int mask = (1 << RADIX_BITS) - 1;
        for (int shift = low; shift < Long.SIZE; shift += RADIX_BITS) {
            Arrays.fill(count, 0);
            // the sign bit flipped, so that negative values come first as in signed order
            for (int x = 0; x < size; x++) {
                count[(int) ((src[x] ^ Long.MIN_VALUE) >>> shift) & mask]++;
            }
            int sum = 0;
            for (int b = 0; b < count.length; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int x = 0; x < size; x++) {
                long v = src[x];
                dst[count[(int) ((v ^ Long.MIN_VALUE) >>> shift) & mask]++] = v;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        return src;
    }

    static long pack(int i, int j) {
        long k = i < j ? ((long) i << 24) | j : ((long) j << 24) | i;
        return k << 16;
    }

    /** Removes repeated pairs from a sorted array, OR-ing their masks; returns the new length. */
    static int dedupe(long[] a, int size) {
        if (size == 0) {
            return 0;
        }
        int w = 0;
        for (int r = 1; r < size; r++) {
            if ((a[r] & PAIR) == (a[w] & PAIR)) {
                a[w] |= a[r];
            } else {
                a[++w] = a[r];
            }
        }
        return w + 1;
    }

    /** Merges two sorted duplicate-free arrays into one, OR-ing the masks of pairs in both. */
    static long[] merge(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int w = 0;
        while (i < a.length && j < b.length) {
            long x = a[i] & PAIR;
            long y = b[j] & PAIR;
            if (x == y) {
                out[w++] = a[i++] | b[j++];
            } else if (x < y) {
                out[w++] = a[i++];
            } else {
                out[w++] = b[j++];
            }
        }
        while (i < a.length) {
            out[w++] = a[i++];
        }
        while (j < b.length) {
            out[w++] = b[j++];
        }
        return w == out.length ? out : Arrays.copyOf(out, w);
    }

    /** Merges the parts pairwise, level by level, each level's merges as tasks on the executor. */
    private static long[] mergeAll(List<long[]> parts, Executor executor) {
        if (parts.isEmpty()) {
            return new long[0];
        }
        List<long[]> level = new ArrayList<>(parts);
        parts.clear();
        while (level.size() > 1) {
            int pairs = level.size() / 2;
            long[][] next = new long[(level.size() + 1) / 2][];
            List<CompletableFuture<Void>> fs = new ArrayList<>(pairs);
            for (int p = 0; p < pairs; p++) {
                int x = p;
                long[] a = level.get(2 * p);
                long[] b = level.get(2 * p + 1);
                fs.add(CompletableFuture.runAsync(() -> next[x] = merge(a, b), executor));
            }
            if (level.size() % 2 == 1) {
                next[next.length - 1] = level.get(level.size() - 1);
            }
            level.clear();
            CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).join();
            level = new ArrayList<>(Arrays.asList(next));
        }
        return level.get(0);
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
