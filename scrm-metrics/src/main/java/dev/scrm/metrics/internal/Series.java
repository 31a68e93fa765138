package dev.scrm.metrics.internal;

import java.util.Arrays;

/**
 * The counters of one series, one row of {@link Slots#STRIDE} doubles per bucket, grown on demand in both
 * directions. Integer counts stay exact up to 2^53. Not thread-safe: guarded by its shard.
 */
final class Series {

    static final int STRIDE = Slots.STRIDE;

    long first;
    int rows;
    double[] data = new double[0];

    /**
     * The offset of a bucket's row, growing the array when needed.
     *
     * @param index the bucket index
     * @return the offset of its first counter
     */
    int row(long index) {
        if (rows == 0) {
            first = index;
            rows = 8;
            data = new double[rows * STRIDE];
            return 0;
        }
        long rel = index - first;
        if (rel >= 0 && rel < rows) {
            return (int) rel * STRIDE;
        }
        long newFirst = Math.min(first, index);
        long newEnd = Math.max(first + rows, index + 1);
        long span = newEnd - newFirst;
        if (span > Integer.MAX_VALUE / STRIDE) {
            throw new IllegalArgumentException("a series spans too many buckets; use a coarser resolution");
        }
        int newRows = (int) Math.min(Integer.MAX_VALUE / STRIDE, Math.max(span, (long) rows * 2));
        if (index < first) {
            newFirst = newEnd - newRows;
        }
        double[] grown = new double[newRows * STRIDE];
        System.arraycopy(data, 0, grown, (int) (first - newFirst) * STRIDE, rows * STRIDE);
        data = grown;
        first = newFirst;
        rows = newRows;
        return (int) (index - first) * STRIDE;
    }

    double sum(int slot, long from, long to) {
        long a = Math.max(from, first);
        long b = Math.min(to, first + rows);
        double s = 0;
        for (long i = a; i < b; i++) {
            s += data[(int) (i - first) * STRIDE + slot];
        }
        return s;
    }

    void addAll(Series other) {
        for (int r = 0; r < other.rows; r++) {
            int src = r * STRIDE;
            boolean any = false;
            for (int k = 0; k < STRIDE; k++) {
                if (other.data[src + k] != 0) {
                    any = true;
                    break;
                }
            }
            if (any) {
                int dst = row(other.first + r);
                for (int k = 0; k < STRIDE; k++) {
                    data[dst + k] += other.data[src + k];
                }
            }
        }
    }

    long occupiedRows() {
        long n = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < STRIDE; k++) {
                if (data[r * STRIDE + k] != 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "Series[" + first + "+" + rows + ", " + Arrays.stream(data).sum() + "]";
    }
}
