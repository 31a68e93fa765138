package dev.scrm.identity.internal;

/**
 * The distinct (pattern, key mask) combinations of the candidates with their counts, counted in one pass with
 * a primitive open-addressing table: EM then works on these few thousand combinations, never on the pairs.
 */
final class Combos {
    long[] patterns;
    int[] masks;
    long[] counts;
    int size;

    static Combos of(long[] candidates, long[] patterns) {
        int cap = 1 << 12;
        long[] ps = new long[cap];
        int[] ms = new int[cap];
        long[] cs = new long[cap];
        boolean[] used = new boolean[cap];
        int size = 0;
        for (int x = 0; x < candidates.length; x++) {
            long p = patterns[x];
            int mask = PairTable.mask(candidates[x]);
            int slot = (int) PairTable.mix(p * 0x9E3779B97F4A7C15L + mask) & (cap - 1);
            while (used[slot] && (ps[slot] != p || ms[slot] != mask)) {
                slot = (slot + 1) & (cap - 1);
            }
            if (!used[slot]) {
                used[slot] = true;
                ps[slot] = p;
                ms[slot] = mask;
                size++;
                if (size * 2 > cap) {
                    // grow and re-insert
                    int nc = cap * 2;
                    long[] ps2 = new long[nc];
                    int[] ms2 = new int[nc];
                    long[] cs2 = new long[nc];
                    boolean[] used2 = new boolean[nc];
                    cs[slot]++;
                    for (int s = 0; s < cap; s++) {
                        if (used[s]) {
                            int t = (int) PairTable.mix(ps[s] * 0x9E3779B97F4A7C15L + ms[s]) & (nc - 1);
                            while (used2[t]) {
                                t = (t + 1) & (nc - 1);
                            }
                            used2[t] = true;
                            ps2[t] = ps[s];
                            ms2[t] = ms[s];
                            cs2[t] = cs[s];
                        }
                    }
                    cap = nc;
                    ps = ps2;
                    ms = ms2;
                    cs = cs2;
                    used = used2;
                    continue;
                }
            }
            cs[slot]++;
        }
        // in a fixed order (by pattern, then mask), so that sums are the same on every run
        long[][] rows = new long[size][];
        int k = 0;
        for (int s = 0; s < cap; s++) {
            if (used[s]) {
                rows[k++] = new long[] {ps[s], ms[s], cs[s]};
            }
        }
        java.util.Arrays.sort(rows, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        Combos c = new Combos();
        c.patterns = new long[size];
        c.masks = new int[size];
        c.counts = new long[size];
        for (int r = 0; r < size; r++) {
            c.patterns[r] = rows[r][0];
            c.masks[r] = (int) rows[r][1];
            c.counts[r] = rows[r][2];
        }
        c.size = size;
        return c;
    }
}
