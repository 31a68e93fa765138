package dev.scrm.audience.internal;

import java.util.Arrays;

/**
 * The log of stage transitions, in time order, from which the count per stage at any past instant is
 * recomputed, and the count per stage now. A transition from -1 is a customer starting to be tracked; to -1,
 * one being erased. Times are kept non-decreasing (a clock stepping back is clamped). Not thread-safe.
 */
final class StageHistory {

    private long[] at = new long[64];
    private byte[] from = new byte[64];
    private byte[] to = new byte[64];
    private int size;
    private final long[] current;

    StageHistory(int stages) {
        this.current = new long[stages];
    }

    void record(long time, int fromStage, int toStage) {
        if (fromStage >= 0) {
            current[fromStage]--;
        }
        if (toStage >= 0) {
            current[toStage]++;
        }
        if (size == at.length) {
            int cap = at.length * 2;
            at = Arrays.copyOf(at, cap);
            from = Arrays.copyOf(from, cap);
            to = Arrays.copyOf(to, cap);
        }
        long t = size > 0 ? Math.max(time, at[size - 1]) : time;
        at[size] = t;
        from[size] = (byte) fromStage;
        to[size] = (byte) toStage;
        size++;
    }

    /** The count per stage now (a copy). */
    long[] current() {
        return current.clone();
    }

    /**
     * The counts per stage after every transition strictly before each of the instants.
     *
     * @param ends the instants in epoch milliseconds, ascending
     * @param stages the number of stages
     * @return counts[i][stage]
     */
    long[][] countsBefore(long[] ends, int stages) {
        long[][] out = new long[ends.length][];
        long[] running = new long[stages];
        int j = 0;
        for (int e = 0; e < ends.length; e++) {
            while (j < size && at[j] < ends[e]) {
                if (from[j] >= 0) {
                    running[from[j]]--;
                }
                if (to[j] >= 0) {
                    running[to[j]]++;
                }
                j++;
            }
            out[e] = running.clone();
        }
        return out;
    }
}
