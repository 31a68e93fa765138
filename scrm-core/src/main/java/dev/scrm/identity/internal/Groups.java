package dev.scrm.identity.internal;

/** Candidate patterns with their counts, for one blocking key or for all candidates. */
final class Groups {
    long[] patterns;
    double[] counts;
    int size;
    double total;

    static Groups of(Combos combos, int key) {
        Groups g = new Groups();
        g.patterns = new long[combos.size];
        g.counts = new double[combos.size];
        double total = 0;
        int size = 0;
        // combos are sorted by pattern: equal patterns are adjacent
        for (int r = 0; r < combos.size; r++) {
            if (key >= 0 && (combos.masks[r] & (1 << key)) == 0) {
                continue;
            }
            long p = combos.patterns[r];
            if (size > 0 && g.patterns[size - 1] == p) {
                g.counts[size - 1] += combos.counts[r];
            } else {
                g.patterns[size] = p;
                g.counts[size] = combos.counts[r];
                size++;
            }
            total += combos.counts[r];
        }
        g.size = size;
        g.total = total;
        return g;
    }
}
