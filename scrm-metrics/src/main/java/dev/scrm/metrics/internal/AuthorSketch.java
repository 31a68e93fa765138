package dev.scrm.metrics.internal;

import java.util.Arrays;

/**
 * A distinct count of author fingerprints: an exact set up to {@link #EXACT_LIMIT} authors, then a
 * HyperLogLog with 2^12 registers (relative standard error 1.04/√4096 ≈ 1.6 %). Sketches merge by union, so
 * unique authors of any window are the union of its buckets' sketches. Not thread-safe: guarded by its shard.
 */
final class AuthorSketch {

    static final int EXACT_LIMIT = 1024;
    static final int P = 12;
    static final int M = 1 << P;
    /** The relative standard error of the HyperLogLog estimate. */
    static final double RSE = 1.04 / Math.sqrt(M);

    private long[] exact = new long[16];
    private int size;
    private byte[] registers;

    boolean isExact() {
        return registers == null;
    }

    void add(long h) {
        if (registers != null) {
            addHll(registers, h);
            return;
        }
        if (size * 2 >= exact.length) {
            if (size >= EXACT_LIMIT) {
                toHll();
                addHll(registers, h);
                return;
            }
            long[] old = exact;
            exact = new long[old.length * 2];
            size = 0;
            for (long v : old) {
                if (v != 0) {
                    insert(v);
                }
            }
        }
        insert(h);
    }

    private void insert(long h) {
        int mask = exact.length - 1;
        int i = (int) (h ^ (h >>> 29)) & mask;
        while (exact[i] != 0) {
            if (exact[i] == h) {
                return;
            }
            i = (i + 1) & mask;
        }
        exact[i] = h;
        size++;
    }

    private void toHll() {
        registers = new byte[M];
        for (long v : exact) {
            if (v != 0) {
                addHll(registers, v);
            }
        }
        exact = null;
        size = 0;
    }

    static void addHll(byte[] regs, long h) {
        int idx = (int) (h >>> (64 - P));
        long w = (h << P) | (1L << (P - 1));
        int rank = Long.numberOfLeadingZeros(w) + 1;
        if (rank > regs[idx]) {
            regs[idx] = (byte) rank;
        }
    }

    /** Adds this sketch's authors into a union under construction. */
    void addTo(Union u) {
        if (registers == null) {
            for (long v : exact) {
                if (v != 0) {
                    u.add(v);
                }
            }
        } else {
            u.toHll();
            for (int i = 0; i < M; i++) {
                if (registers[i] > u.registers[i]) {
                    u.registers[i] = registers[i];
                }
            }
        }
    }

    void addAll(AuthorSketch other) {
        if (other.registers != null) {
            if (registers == null) {
                toHll();
            }
            for (int i = 0; i < M; i++) {
                if (other.registers[i] > registers[i]) {
                    registers[i] = other.registers[i];
                }
            }
        } else {
            for (long v : other.exact) {
                if (v != 0) {
                    add(v);
                }
            }
        }
    }

    /** A union of sketches: exact while every part is exact, else a HyperLogLog. */
    static final class Union {
        private java.util.HashSet<Long> set = new java.util.HashSet<>();
        private byte[] registers;

        void add(long h) {
            if (registers != null) {
                addHll(registers, h);
            } else {
                set.add(h);
            }
        }

        void toHll() {
            if (registers == null) {
                registers = new byte[M];
                for (long v : set) {
                    addHll(registers, v);
                }
                set = null;
            }
        }

        boolean isExact() {
            return registers == null;
        }

        double estimate() {
            if (registers == null) {
                return set.size();
            }
            double sum = 0;
            int zeros = 0;
            for (byte r : registers) {
                sum += Math.pow(2, -r);
                if (r == 0) {
                    zeros++;
                }
            }
            double alpha = 0.7213 / (1 + 1.079 / M);
            double e = alpha * M * (double) M / sum;
            if (e <= 2.5 * M && zeros > 0) {
                return M * Math.log((double) M / zeros);
            }
            return e;
        }

        @Override
        public String toString() {
            return "Union[" + (registers == null ? set.size() + " exact" : Arrays.toString(new int[] {M})) + "]";
        }
    }
}
