package dev.scrm.audience.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An order-statistics treap over doubles with multiplicities, stored in arrays: add, remove and rank
 * queries in O(log n). Used for percentile ranks of influence scores. Not thread-safe.
 */
final class RankTree {

    private double[] key = new double[16];
    private int[] count = new int[16];
    private int[] size = new int[16];
    private int[] priority = new int[16];
    private int[] left = new int[16];
    private int[] right = new int[16];
    private int nodes = 1; // node 0 is the empty sentinel
    private int freeList;
    private int root;
    private final SplittableRandom random = new SplittableRandom(0x5EEDL);

    /** The number of values held, counting multiplicities. */
    long total() {
        return size[root];
    }

    void add(double k) {
        int t = root;
        while (t != 0) {
            int c = Double.compare(k, key[t]);
            if (c == 0) {
                // bump the count and every size on the path
                t = root;
                while (true) {
                    size[t]++;
                    int d = Double.compare(k, key[t]);
                    if (d == 0) {
                        count[t]++;
                        return;
                    }
                    t = d < 0 ? left[t] : right[t];
                }
            }
            t = c < 0 ? left[t] : right[t];
        }
        int n = allocate(k);
        int[] parts = new int[2];
        split(root, k, false, parts);
        root = merge(merge(parts[0], n), parts[1]);
    }

    /** Removes one occurrence; returns false when the value was not held. */
    boolean remove(double k) {
        if (count(k) == 0) {
            return false;
        }
        int t = root;
        while (true) {
            int d = Double.compare(k, key[t]);
            if (d == 0) {
                if (count[t] > 1) {
                    // decrement along the path
                    int u = root;
                    while (true) {
                        size[u]--;
                        int e = Double.compare(k, key[u]);
                        if (e == 0) {
                            count[u]--;
                            return true;
                        }
                        u = e < 0 ? left[u] : right[u];
                    }
                }
                break;
            }
            t = d < 0 ? left[t] : right[t];
        }
        int[] parts = new int[2];
        split(root, k, false, parts); // parts[0] < k, parts[1] >= k
        int lower = parts[0];
        split(parts[1], k, true, parts); // parts[0] <= k (the node), parts[1] > k
        release(parts[0]);
        root = merge(lower, parts[1]);
        return true;
    }

    /** How many held values are strictly below k. */
    long countLess(double k) {
        long n = 0;
        int t = root;
        while (t != 0) {
            int c = Double.compare(k, key[t]);
            if (c <= 0) {
                t = left[t];
            } else {
                n += size[left[t]] + count[t];
                t = right[t];
            }
        }
        return n;
    }

    /** How many held values equal k. */
    int count(double k) {
        int t = root;
        while (t != 0) {
            int c = Double.compare(k, key[t]);
            if (c == 0) {
                return count[t];
            }
            t = c < 0 ? left[t] : right[t];
        }
        return 0;
    }

    void clear() {
        nodes = 1;
        freeList = 0;
        root = 0;
    }

    private int allocate(double k) {
        int n;
        if (freeList != 0) {
            n = freeList;
            freeList = left[n];
        } else {
            if (nodes == key.length) {
                int cap = key.length * 2;
                key = Arrays.copyOf(key, cap);
                count = Arrays.copyOf(count, cap);
                size = Arrays.copyOf(size, cap);
                priority = Arrays.copyOf(priority, cap);
                left = Arrays.copyOf(left, cap);
                right = Arrays.copyOf(right, cap);
            }
            n = nodes++;
        }
        key[n] = k;
        count[n] = 1;
        size[n] = 1;
        priority[n] = random.nextInt();
        left[n] = 0;
        right[n] = 0;
        return n;
    }

    private void release(int n) {
        left[n] = freeList;
        right[n] = 0;
        freeList = n;
    }

    private void update(int t) {
        size[t] = count[t] + size[left[t]] + size[right[t]];
    }

    /**
     * Splits t into out[0] (keys below k, or at most k when inclusive) and out[1] (the rest).
     */
    private void split(int t, double k, boolean inclusive, int[] out) {
        if (t == 0) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        int c = Double.compare(key[t], k);
        boolean goesLeft = inclusive ? c <= 0 : c < 0;
        if (goesLeft) {
            split(right[t], k, inclusive, out);
            right[t] = out[0];
            update(t);
            out[0] = t;
        } else {
            split(left[t], k, inclusive, out);
            left[t] = out[1];
            update(t);
            out[1] = t;
        }
    }

    private int merge(int a, int b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        if (priority[a] > priority[b]) {
            right[a] = merge(right[a], b);
            update(a);
            return a;
        }
        left[b] = merge(a, left[b]);
        update(b);
        return b;
    }
}
