package dev.scrm.identity.internal;

import dev.scrm.identity.FieldKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often two records agree by chance: the estimates behind u of the {@link Model}. Level frequencies among random
 * pairs, counted exact shares, the pairs that have a level, the mixture of matches taken out of a frequency, and
 * the agreement among namesakes (accounts on one platform that bear the same name), which stand for pairs of two
 * persons. Stateless; thread-safe.
 */
final class UEstimates {

    private UEstimates() {
    }

    /**
     * The level frequencies among random pairs that have a level: sampled, with a half-count for levels the sample
     * did not reach. Where the share of pairs at the exact level is known from the value counts ({@code exact >= 0}),
     * the counted share replaces the sampled one, whatever the sample saw, and the other levels share the rest as
     * sampled: the count is the same quantity without sampling error. (A sample of a few hundred thousand pairs
     * cannot see how rarely two records share a profile URL or, at scale, an e-mail address; its half-count would set
     * u of the exact level many times too high. Switching between the two by how often the sample saw the level made
     * u jump, some 40-fold on display names, as data grew past the switch.) The counted share holds every pair of the
     * same person, as the sampled one holds those the sample drew: both are frequencies among all pairs, matches
     * included, which {@link #unmix} takes out. A counted share of zero is raised to {@code countFloor}.
     */
    static void randomPairU(double[] sampled, double exact, double countFloor, double[] out) {
        int levels = sampled.length;
        double tot = 0;
        for (int l = 1; l < levels; l++) {
            tot += sampled[l];
        }
        for (int l = 1; l < levels; l++) {
            out[l] = (sampled[l] + 0.5) / (tot + 0.5 * (levels - 1));
        }
        if (exact < 0 || levels < 3) {
            return;
        }
        double rest = 1 - out[1];
        double share = Model.clamp(Math.max(exact, countFloor), 1e-15, 0.5);
        out[1] = share;
        for (int l = 2; l < levels; l++) {
            out[l] = out[l] / rest * (1 - share);
        }
    }

    /**
     * How many of all pairs have a level for a comparison (both records hold what it compares): counted from the
     * records that hold the field when its exact share is counted ({@code exact >= 0}), else estimated from the share
     * of sampled pairs with a level.
     */
    static double pairsWithLevel(Encoded e, Comparison cmp, double exact, double[] sampled, int drawn,
            double totalPairs) {
        if (exact >= 0) {
            double nn = e.cols[cmp.col].nonNull;
            return nn * (nn - 1) / 2;
        }
        double seen = 0;
        for (int l = 1; l < sampled.length; l++) {
            seen += sampled[l];
        }
        return drawn == 0 ? 0 : totalPairs * seen / drawn;
    }

    /**
     * The share of pairs of records, among those where both hold a value, that hold the same value: from the count of
     * each value, over all pairs, so without sampling error. Only for comparisons whose first level is "the same
     * value"; -1 for the others (handles, whose exact level excludes name-derived handles, and profile links).
     */
    static double exactShare(Encoded e, Comparison cmp) {
        if (cmp.col < 0 || cmp.kind == null || cmp.kind == FieldKind.HANDLE || cmp.levels.length < 3) {
            return -1;
        }
        Encoded.Column col = e.cols[cmp.col];
        double nn = col.nonNull;
        if (nn < 2) {
            return -1;
        }
        double same = 0;
        for (Encoded.Value v : col.values) {
            same += (double) v.count * (v.count - 1);
        }
        return same / (nn * (nn - 1));
    }

    /**
     * The pairs of accounts on one platform that bear the same name, for a name comparison: their count, the pairs of
     * accounts on one platform with a name, and the comparison patterns of up to 64 agreeing pairs per name and
     * platform with the count each stands for; null for other comparisons or without such pairs. Two accounts on one
     * platform are almost always two persons, and platforms do not police names (as they do handles and, mostly,
     * e-mail addresses), so this is the rate at which namesakes agree, without the same-person pairs that fill the
     * agreement among random pairs. The few that are one person's second account are taken out by their posterior
     * (see {@link Model#withNamesakes}).
     */
    record Namesakes(double pairs, long[] patterns, double[] weights) {
    }

    static Namesakes exactAmongNamesakes(Encoded e, List<Comparison> comps, int c) {
        Comparison cmp = comps.get(c);
        return comparesNames(cmp) ? exactAmongNamesakes(e, comps, sameNameSamePlatform(e, e.cols[cmp.col])) : null;
    }

    /** Whether a comparison compares a column of person names (full, given or family), the names namesakes share. */
    static boolean comparesNames(Comparison cmp) {
        return cmp.col >= 0 && (cmp.kind == FieldKind.FULL_NAME || cmp.kind == FieldKind.GIVEN_NAME
                || cmp.kind == FieldKind.FAMILY_NAME);
    }

    /**
     * The records that share a value of a column with another record of the same platform, grouped by value and
     * platform (in that order, each group in record order), and the count of records with a value per platform (under
     * the key -1 - platform).
     */
    static Map<Long, List<Integer>> sameNameSamePlatform(Encoded e, Encoded.Column col) {
        int n = e.size();
        int values = col.values.size();
        int[] perPlatform = new int[Math.max(1, e.platforms.size())];
        // the records of each value that others hold too, bucketed by value with a counting sort (in record order)
        int[] start = new int[values + 1];
        for (int i = 0; i < n; i++) {
            int id = col.ids[i];
            if (id < 0 || e.platform[i] < 0) {
                continue;
            }
            perPlatform[e.platform[i]]++;
            if (col.values.get(id).count >= 2) {
                start[id + 1]++;
            }
        }
        for (int id = 0; id < values; id++) {
            start[id + 1] += start[id];
        }
        int[] records = new int[start[values]];
        int[] next = Arrays.copyOf(start, values);
        for (int i = 0; i < n; i++) {
            int id = col.ids[i];
            if (id >= 0 && e.platform[i] >= 0 && col.values.get(id).count >= 2) {
                records[next[id]++] = i;
            }
        }
        // within a value, the records of one platform: sorted by platform, then record
        Map<Long, List<Integer>> groups = new LinkedHashMap<>();
        long[] run = new long[16];
        for (int id = 0; id < values; id++) {
            int k = start[id + 1] - start[id];
            if (k < 2) {
                continue;
            }
            if (run.length < k) {
                run = new long[Math.max(k, run.length * 2)];
            }
            for (int x = 0; x < k; x++) {
                int i = records[start[id] + x];
                run[x] = ((long) e.platform[i] << 32) | i;
            }
            Arrays.sort(run, 0, k);
            for (int a = 0; a < k; ) {
                int b = a + 1;
                while (b < k && (run[b] >>> 32) == (run[a] >>> 32)) {
                    b++;
                }
                if (b - a >= 2) {
                    List<Integer> g = new ArrayList<>(b - a);
                    for (int x = a; x < b; x++) {
                        g.add((int) run[x]);
                    }
                    groups.put(((long) id << 20) | (run[a] >>> 32), g);
                }
                a = b;
            }
        }
        for (int p = 0; p < perPlatform.length; p++) {
            groups.put(-1L - p, List.of(perPlatform[p]));
        }
        return groups;
    }

    static Namesakes exactAmongNamesakes(Encoded e, List<Comparison> comps, Map<Long, List<Integer>> groups) {
        double pairs = 0;
        List<long[]> taken = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> en : groups.entrySet()) {
            List<Integer> g = en.getValue();
            if (en.getKey() < 0) {
                double k = g.get(0);
                pairs += k * (k - 1) / 2;
                continue;
            }
            long all = (long) g.size() * (g.size() - 1) / 2;
            if (all == 0) {
                continue;
            }
            List<Long> ps = new ArrayList<>();
            for (int a = 0; a < g.size() && ps.size() < 64; a++) {
                for (int b = a + 1; b < g.size() && ps.size() < 64; b++) {
                    ps.add(Model.pattern(comps, e, g.get(a), g.get(b)));
                }
            }
            for (long p : ps) {
                taken.add(new long[] {p, Double.doubleToLongBits((double) all / ps.size())});
            }
        }
        if (pairs < 1) {
            return null;
        }
        long[] patterns = new long[taken.size()];
        double[] weights = new double[taken.size()];
        for (int x = 0; x < patterns.length; x++) {
            patterns[x] = taken.get(x)[0];
            weights[x] = Double.longBitsToDouble(taken.get(x)[1]);
        }
        return new Namesakes(pairs, patterns, weights);
    }

    /**
     * How the handles (or e-mail addresses) of two different persons who bear the same name compare: the share of
     * each level of the comparison. Two accounts on one platform are almost always two persons (platforms give one
     * handle per account, and few people run two), so pairs of same-platform records with the same name stand in for
     * namesakes. Handles are unique per platform and mailboxes per person, so the exact level is not measured there;
     * its share is left to the other levels. The groups are those of {@link #sameNameSamePlatform} for the name
     * column. Returns null when there are too few such pairs to say.
     */
    static double[] levelsAmongNamesakes(Encoded e, Comparison comparison, Map<Long, List<Integer>> groups) {
        int levels = comparison.levels.length;
        double[] counts = new double[levels];
        long pairs = 0;
        for (Map.Entry<Long, List<Integer>> en : groups.entrySet()) {
            if (en.getKey() < 0) {
                continue;
            }
            List<Integer> g = en.getValue();
            int taken = 0;
            for (int a = 0; a < g.size() && taken < 64; a++) {
                for (int b = a + 1; b < g.size() && taken < 64; b++, taken++) {
                    int l = comparison.level(e, g.get(a), g.get(b));
                    if (l > 1) {
                        counts[l]++;
                        pairs++;
                    }
                }
            }
        }
        if (pairs < 50) {
            return null;
        }
        double[] out = new double[levels];
        for (int l = 2; l < levels; l++) {
            out[l] = (counts[l] + 0.5) / (pairs + 0.5 * (levels - 2));
        }
        return out;
    }

    /**
     * u from the level frequencies of random pairs, taking out the matches among them: f = lambda m + (1 - lambda) u,
     * each level at least {@code floor} (the exact level at least {@code exactFloor}), normalised over the non-null
     * levels. The result moves continuously with f, m and lambda.
     */
    static double[] unmix(double[] f, double[] m, double lambda, double floor, double exactFloor) {
        double[] u = new double[f.length];
        double sum = 0;
        for (int l = 1; l < f.length; l++) {
            u[l] = Math.max(l == 1 ? exactFloor : floor, (f[l] - lambda * m[l]) / (1 - lambda));
            sum += u[l];
        }
        for (int l = 1; l < f.length; l++) {
            u[l] = Model.clamp(u[l] / sum, 1e-15, 1 - 1e-9);
        }
        return u;
    }
}
