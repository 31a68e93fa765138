package dev.scrm.identity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common each person name of a column is: how many records hold each of its tokens, and the most accounts one
 * platform has with the name. From these {@link #valueU} estimates how likely a record of another person is to bear
 * the name. Built once after training; {@link #forget} updates it on erasure, under the resolver's lock. Reads
 * may run concurrently: the per-name cache they fill holds the same value whoever computes it.
 */
final class NameFrequencies {

    private final Map<String, Integer> tokenCounts;
    private final double[] tokenU;
    private final int[] maxPerPlatform;
    private final boolean platformsKnown;

    private NameFrequencies(Map<String, Integer> tokenCounts, int[] maxPerPlatform, boolean platformsKnown) {
        this.tokenCounts = tokenCounts;
        this.maxPerPlatform = maxPerPlatform;
        this.platformsKnown = platformsKnown;
        this.tokenU = new double[maxPerPlatform.length];
    }

    /** Counts a name column, with its {@link UEstimates#sameNameSamePlatform} groups. */
    static NameFrequencies count(Encoded.Column col, Map<Long, List<Integer>> sameName) {
        Map<String, Integer> counts = new HashMap<>();
        for (Encoded.Value v : col.values) {
            if (v.tokens == null) {
                continue;
            }
            String prev = null;
            for (String t : v.tokens) {
                if (!t.equals(prev)) {
                    counts.merge(t, v.count, Integer::sum);
                }
                prev = t;
            }
        }
        // the most accounts one platform has with each name (set where two or more), and the records with a platform
        int[] maxPerPlatform = new int[col.values.size()];
        long withPlatform = 0;
        for (Map.Entry<Long, List<Integer>> g : sameName.entrySet()) {
            if (g.getKey() < 0) {
                withPlatform += g.getValue().get(0);
            } else {
                int id = (int) (g.getKey() >>> 20);
                maxPerPlatform[id] = Math.max(maxPerPlatform[id], g.getValue().size());
            }
        }
        return new NameFrequencies(counts, maxPerPlatform, withPlatform * 2 >= col.nonNull);
    }

    /**
     * u of person name {@code id} (two tokens or more): the chance that a record of another person holds it, when
     * the holder of a record has {@code self} records with the name on average (the record itself included).
     */
    double valueU(Encoded.Column col, int id, double self) {
        Encoded.Value v = col.values.get(id);
        double nn = col.nonNull;
        double[] cache = tokenU;
        if (id < cache.length && cache[id] > 0) {
            return cache[id];
        }
        double p = 1;
        for (String t : v.tokens) {
            Integer k = tokenCounts.get(t);
            double holders = Math.max(1, (k == null ? 1 : k) - self);
            p *= Math.min(1, holders / nn);
        }
        double r = Math.min(Math.max(p, 1e-12), 1 / nn);
        // a name borne on one platform by several accounts is borne by several persons: each of the others brings
        // its own records
        int perPlatform = id < maxPerPlatform.length ? maxPerPlatform[id] : 1;
        if (perPlatform >= 2) {
            r = Math.max(r, (perPlatform - 1) * self / nn);
        }
        if (!platformsKnown) {
            // more holders than one person's records explain: count them, as for any other value
            r = Math.max(r, Math.max(v.count - self, 1) / nn);
        } else if (v.count >= 2) {
            // the other holders of a name are the person's own further records (about partners times m, Poisson) and
            // other persons' (about p times the records, Poisson, a priori). Given their sum, count - 1, the other
            // persons' share is binomial with the chance mu / (mu + rho): a person with five accounts under a rare
            // name is not taken for three namesakes, and a common name's holders still count as others
            double mu = p * nn;
            double rho = self - 1;
            r = Math.max(r, (v.count - 1) * (mu / (mu + rho)) / nn);
        }
        if (id < cache.length) {
            cache[id] = r;
        }
        return r;
    }

    /** Drops one record's name (value {@code id}) from the token counts. */
    void forget(Encoded.Value v, int id) {
        if (v.tokens != null) {
            String prev = null;
            for (String t : v.tokens) {
                if (!t.equals(prev)) {
                    tokenCounts.computeIfPresent(t, (k, c) -> c <= 1 ? null : c - 1);
                }
                prev = t;
            }
        }
        if (id < tokenU.length) {
            tokenU[id] = 0;
        }
    }
}
