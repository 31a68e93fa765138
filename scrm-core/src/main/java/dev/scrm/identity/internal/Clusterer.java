package dev.scrm.identity.internal;

import java.util.Arrays;

/**
 * Turns scored candidate pairs into clusters: strongest evidence first, union-find with guards. A rule link
 * always joins; a probabilistic link above the auto-link threshold joins unless the linking policy forbids it,
 * it would put two accounts of one platform into one cluster, or the cluster would exceed its size cap; those
 * become suggestions. With one-to-one, each record joins at most one record of another source (greedy,
 * strongest first, down to the review threshold). Not thread-safe.
 */
final class Clusterer {

    static final byte NONE = 0;
    static final byte LINK = 1;
    static final byte RULE = 2;
    static final byte SUGGEST = 3;
    static final byte CONFLICT = 4;
    static final byte POLICY = 5;

    interface Gate {
        boolean allows(int i, int j);
    }

    final int[] parent;
    final int[] size;
    final long[] platformMask;

    Clusterer(Encoded e) {
        int n = e.size();
        parent = new int[n];
        size = new int[n];
        platformMask = new long[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            int p = e.platform[i];
            platformMask[i] = p >= 0 && p < 64 ? 1L << p : 0;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void union(int a, int b) {
        if (size[a] < size[b] || (size[a] == size[b] && a > b)) {
            int t = a;
            a = b;
            b = t;
        }
        parent[b] = a;
        size[a] += size[b];
        platformMask[a] |= platformMask[b];
    }

    /** Clusters the candidates; returns one decision byte per candidate. */
    byte[] run(long[] cands, float[] weights, byte[] rule, double autoLinkWeight, double reviewWeight,
            boolean oneToOne, boolean onePerPlatform, int maxClusterSize, Gate gate) {
        int nc = cands.length;
        byte[] decision = new byte[nc];
        int edges = 0;
        long[] order = new long[nc];
        double minWeight = oneToOne ? reviewWeight : autoLinkWeight;
        for (int x = 0; x < nc; x++) {
            if (rule[x] >= 0 || weights[x] >= minWeight) {
                float w = rule[x] >= 0 ? Float.MAX_VALUE : weights[x];
                int bits = Float.floatToIntBits(w);
                int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
                order[edges++] = ((long) -sortable << 32) | x;
            } else if (weights[x] >= reviewWeight) {
                decision[x] = SUGGEST;
            }
        }
        // strongest first; ties by pair order, so the result does not depend on load order of equal weights
        Arrays.sort(order, 0, edges);
        boolean[] matched = oneToOne ? new boolean[parent.length] : null;
        for (int k = 0; k < edges; k++) {
            int x = (int) order[k];
            int i = PairTable.left(cands[x]);
            int j = PairTable.right(cands[x]);
            int a = find(i);
            int b = find(j);
            if (rule[x] >= 0) {
                if (a != b) {
                    union(a, b);
                }
                decision[x] = RULE;
                continue;
            }
            if (!gate.allows(i, j)) {
                decision[x] = POLICY;
                continue;
            }
            if (oneToOne) {
                if (matched[i] || matched[j]) {
                    continue;
                }
                matched[i] = true;
                matched[j] = true;
            }
            if (a == b) {
                decision[x] = LINK;
                continue;
            }
            if (onePerPlatform && (platformMask[a] & platformMask[b]) != 0) {
                decision[x] = CONFLICT;
                continue;
            }
            if (size[a] + size[b] > maxClusterSize) {
                decision[x] = CONFLICT;
                continue;
            }
            union(a, b);
            decision[x] = LINK;
        }
        return decision;
    }
}
