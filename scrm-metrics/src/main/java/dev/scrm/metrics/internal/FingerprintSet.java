package dev.scrm.metrics.internal;

import dev.scrm.core.InteractionId;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A concurrent set of 64-bit fingerprints of interaction ids: open addressing in striped tables, 8 bytes per
 * id at load factor 1/2 plus growth slack. Two distinct ids collide with probability about n²/2⁶⁵ (below
 * 3·10⁻⁶ for ten million ids). Thread-safe.
 */
final class FingerprintSet {

    private static final int STRIPES = 64;

    private final Stripe[] stripes = new Stripe[STRIPES];

    FingerprintSet(long expected) {
        int perStripe = (int) Math.min(1 << 26, Math.max(64, Long.highestOneBit(Math.max(1, expected * 2 / STRIPES)) * 2));
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe(perStripe);
        }
    }

    static long fingerprint(InteractionId id) {
        return fingerprint(id.platform().id(), id.nativeId());
    }

    /** The id's {@link InteractionId#fingerprint(String, String) fingerprint}, never 0 (the empty slot). */
    static long fingerprint(String p, String n) {
        long h = InteractionId.fingerprint(p, n);
        return h == 0 ? 1 : h;
    }

    /**
     * Adds a fingerprint.
     *
     * @param f the fingerprint, not 0
     * @return true when it was not there yet
     */
    boolean add(long f) {
        Stripe s = stripes[(int) (f >>> 58)];
        s.lock.lock();
        try {
            return s.add(f);
        } finally {
            s.lock.unlock();
        }
    }

    /**
     * Adds the first {@code n} fingerprints of an array, taking each stripe's lock once.
     *
     * @param f the fingerprints, none 0
     * @param n how many to add
     * @return per fingerprint, whether it was new (of equal fingerprints in the array, only the first is)
     */
    boolean[] addAll(long[] f, int n) {
        boolean[] fresh = new boolean[n];
        int[] start = new int[STRIPES + 1];
        for (int i = 0; i < n; i++) {
            start[(int) (f[i] >>> 58) + 1]++;
        }
        for (int s = 0; s < STRIPES; s++) {
            start[s + 1] += start[s];
        }
        int[] next = start.clone();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[next[(int) (f[i] >>> 58)]++] = i;
        }
        for (int s = 0; s < STRIPES; s++) {
            if (start[s] == start[s + 1]) {
                continue;
            }
            Stripe st = stripes[s];
            st.lock.lock();
            try {
                for (int k = start[s]; k < start[s + 1]; k++) {
                    int i = order[k];
                    fresh[i] = st.add(f[i]);
                }
            } finally {
                st.lock.unlock();
            }
        }
        return fresh;
    }

    void addAll(FingerprintSet other) {
        for (Stripe o : other.stripes) {
            long[] copy;
            o.lock.lock();
            try {
                copy = o.table.clone();
            } finally {
                o.lock.unlock();
            }
            for (long f : copy) {
                if (f != 0) {
                    add(f);
                }
            }
        }
    }

    long size() {
        long n = 0;
        for (Stripe s : stripes) {
            s.lock.lock();
            try {
                n += s.size;
            } finally {
                s.lock.unlock();
            }
        }
        return n;
    }

    private static final class Stripe {
        final ReentrantLock lock = new ReentrantLock();
        long[] table;
        int size;

        Stripe(int capacity) {
            table = new long[capacity];
        }

        boolean add(long f) {
            if (size * 2 >= table.length) {
                grow();
            }
            return insert(table, f);
        }

        private boolean insert(long[] t, long f) {
            int mask = t.length - 1;
            int i = (int) f & mask;
            while (true) {
                long v = t[i];
                if (v == 0) {
                    t[i] = f;
                    if (t == table) {
                        size++;
                    }
                    return true;
                }
                if (v == f) {
                    return false;
                }
                i = (i + 1) & mask;
            }
        }

        private void grow() {
            long[] old = table;
            long[] t = new long[old.length * 2];
            int mask = t.length - 1;
            for (long f : old) {
                if (f != 0) {
                    int i = (int) f & mask;
                    while (t[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    t[i] = f;
                }
            }
            table = t;
        }
    }
}
