package dev.scrm.metrics.internal;

/**
 * The counters of one series in column layout: per counter, one array of per-bucket sums and one array of
 * sums per block of 64 buckets, both allocated only once the counter is first written. A sum over a long
 * window reads whole blocks and only the buckets at its two ends, so ten years of daily buckets cost about
 * 180 reads instead of 3,653. Values are whole numbers, so the two levels always agree exactly. Not
 * thread-safe: guarded by its shard.
 */
final class Series {

    static final int STRIDE = Slots.STRIDE;
    private static final int SHIFT = 6;
    private static final int BLOCK = 1 << SHIFT;

    /** The absolute index of the first bucket, a multiple of {@link #BLOCK}. */
    long first;
    /** The number of buckets the arrays hold, a multiple of {@link #BLOCK}. */
    int capacity;
    final double[][] cols = new double[STRIDE][];
    /** Distinct author sketches per absolute bucket index, when the engine tracks unique authors. */
    java.util.HashMap<Long, AuthorSketch> authors;
    /** The sketch of the bucket written last, so a time-ordered stream skips the map lookup. */
    private AuthorSketch lastAuthors;
    private long lastAuthorsIndex;
    final double[][] blocks = new double[STRIDE][];

    /**
     * The position of a bucket in the arrays, growing them when needed.
     *
     * @param index the absolute bucket index
     * @return the position
     */
    int pos(long index) {
        long rel = index - first;
        if (capacity > 0 && rel >= 0 && rel < capacity) {
            return (int) rel;
        }
        grow(index);
        return (int) (index - first);
    }

    private void grow(long index) {
        long aligned = Math.floorDiv(index, BLOCK) * BLOCK;
        if (capacity == 0) {
            first = aligned;
            capacity = BLOCK;
            return;
        }
        long newFirst = Math.min(first, aligned);
        long newEnd = Math.max(first + capacity, aligned + BLOCK);
        long span = Math.max(newEnd - newFirst, 2L * capacity);
        if (span > (1L << 28)) {
            throw new IllegalArgumentException("a series spans too many buckets; use a coarser resolution");
        }
        if (aligned < first) {
            newFirst = newEnd - span;
        } else {
            newEnd = newFirst + span;
        }
        int shift = (int) (first - newFirst);
        for (int s = 0; s < STRIDE; s++) {
            if (cols[s] != null) {
                double[] c = new double[(int) span];
                System.arraycopy(cols[s], 0, c, shift, capacity);
                cols[s] = c;
                double[] b = new double[(int) (span >> SHIFT)];
                System.arraycopy(blocks[s], 0, b, shift >> SHIFT, capacity >> SHIFT);
                blocks[s] = b;
            }
        }
        first = newFirst;
        capacity = (int) span;
    }

    /**
     * Adds to a counter of a bucket.
     *
     * @param slot the counter
     * @param pos the bucket's position from {@link #pos}
     * @param v the amount
     */
    void add(int slot, int pos, double v) {
        if (v == 0) {
            return;
        }
        double[] c = cols[slot];
        if (c == null) {
            c = new double[capacity];
            cols[slot] = c;
            blocks[slot] = new double[capacity >> SHIFT];
        }
        c[pos] += v;
        blocks[slot][pos >> SHIFT] += v;
    }

    double sum(int slot, long from, long to) {
        double[] c = cols[slot];
        if (c == null) {
            return 0;
        }
        long a = Math.max(from, first) - first;
        long b = Math.min(to, first + capacity) - first;
        if (a >= b) {
            return 0;
        }
        int lo = (int) a;
        int hi = (int) b;
        double s = 0;
        int firstFull = (lo + BLOCK - 1) >> SHIFT;
        int lastFull = hi >> SHIFT;
        if (firstFull >= lastFull) {
            for (int i = lo; i < hi; i++) {
                s += c[i];
            }
            return s;
        }
        for (int i = lo; i < firstFull << SHIFT; i++) {
            s += c[i];
        }
        double[] bl = blocks[slot];
        for (int k = firstFull; k < lastFull; k++) {
            s += bl[k];
        }
        for (int i = lastFull << SHIFT; i < hi; i++) {
            s += c[i];
        }
        return s;
    }

    /**
     * Adds this series' values over {@code [from, to)} into a dense array indexed from {@code from}.
     *
     * @param slot the counter
     * @param from the first absolute bucket
     * @param to the bucket after the last
     * @param out the array, at least {@code to - from} long
     * @param weight the factor to apply
     */
    void addTo(int slot, long from, long to, double[] out, double weight) {
        double[] c = cols[slot];
        if (c == null) {
            return;
        }
        long a = Math.max(from, first);
        long b = Math.min(to, first + capacity);
        if (a >= b) {
            return;
        }
        int len = (int) (b - a);
        int dst = (int) (a - from);
        int src = (int) (a - first);
        if (weight == 1) {
            for (int k = 0; k < len; k++) {
                out[dst + k] += c[src + k];
            }
        } else {
            for (int k = 0; k < len; k++) {
                out[dst + k] += weight * c[src + k];
            }
        }
    }

    void addAuthor(long index, long fingerprint) {
        AuthorSketch a = lastAuthors;
        if (a == null || lastAuthorsIndex != index) {
            if (authors == null) {
                authors = new java.util.HashMap<>();
            }
            a = authors.computeIfAbsent(index, k -> new AuthorSketch());
            lastAuthors = a;
            lastAuthorsIndex = index;
        }
        a.add(fingerprint);
    }

    void authorsInto(long from, long to, AuthorSketch.Union u) {
        if (authors == null) {
            return;
        }
        if (to - from < authors.size()) {
            for (long i = from; i < to; i++) {
                AuthorSketch a = authors.get(i);
                if (a != null) {
                    a.addTo(u);
                }
            }
        } else {
            for (java.util.Map.Entry<Long, AuthorSketch> e : authors.entrySet()) {
                if (e.getKey() >= from && e.getKey() < to) {
                    e.getValue().addTo(u);
                }
            }
        }
    }

    void addAll(Series other) {
        if (other.authors != null) {
            other.authors.forEach((k, v) -> {
                if (authors == null) {
                    authors = new java.util.HashMap<>();
                }
                authors.computeIfAbsent(k, x -> new AuthorSketch()).addAll(v);
            });
        }
        for (int s = 0; s < STRIDE; s++) {
            double[] c = other.cols[s];
            if (c == null) {
                continue;
            }
            for (int i = 0; i < other.capacity; i++) {
                if (c[i] != 0) {
                    add(s, pos(other.first + i), c[i]);
                }
            }
        }
    }

    long occupiedRows() {
        long n = 0;
        for (int i = 0; i < capacity; i++) {
            for (int s = 0; s < STRIDE; s++) {
                if (cols[s] != null && cols[s][i] != 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    long allocatedBytes() {
        long bytes = 0;
        for (int s = 0; s < STRIDE; s++) {
            if (cols[s] != null) {
                bytes += 8L * cols[s].length + 8L * blocks[s].length + 32;
            }
        }
        return bytes;
    }
}
