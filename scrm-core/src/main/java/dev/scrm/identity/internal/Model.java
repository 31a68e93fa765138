package dev.scrm.identity.internal;

import dev.scrm.identity.FieldKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Fellegi-Sunter model: per comparison and level the m and u probabilities, the prior lambda, and the
 * term-frequency adjustment. Trained without labels by {@link #train}. After training it is read-only and
 * thread-safe; the term frequencies are read live from the encoded columns.
 */
public final class Model {

    static final double MAX_TF_ADJUSTMENT = 10.0;

    final List<Comparison> comps;
    final double[][] m;
    final double[][] u;
    final double[][] w;
    /** The handle comparison, the name comparison it depends on, and the handle weight given name agreement. */
    int handleComp = -1;
    int nameComp = -1;
    double derivedGivenName;
    double lambda;
    double lambdaCandidates;
    final double[][] uTrained;
    int iterations;
    boolean converged = true;
    final List<String> warnings = new ArrayList<>();

    Model(List<Comparison> comps) {
        this.comps = comps;
        m = new double[comps.size()][];
        u = new double[comps.size()][];
        w = new double[comps.size()][];
        uTrained = new double[comps.size()][];
        for (int c = 0; c < comps.size(); c++) {
            int l = comps.get(c).levels.length;
            m[c] = new double[l];
            u[c] = new double[l];
            w[c] = new double[l];
        }
    }

    /** Options of one training run. */
    record Options(int randomPairs, long seed, int maxIterations, double tolerance, boolean reestimateU,
            boolean excludeBlockingFields) {
    }

    /** The handle level "name_derived_match". */
    static final int DERIVED = 6;

    /** The weight of comparison c at level l, given the pattern it is part of. */
    double levelWeight(long pattern, int c, int l) {
        if (c == handleComp && l == DERIVED && nameComp >= 0) {
            int n = level(pattern, nameComp);
            if (n >= 1 && n <= 3) {
                return derivedGivenName;
            }
        }
        return w[c][l];
    }

    static long pattern(List<Comparison> comps, Encoded e, int i, int j) {
        long p = 0;
        for (int c = 0; c < comps.size(); c++) {
            p |= (long) comps.get(c).level(e, i, j) << (4 * c);
        }
        return p;
    }

    static int level(long pattern, int c) {
        return (int) ((pattern >>> (4 * c)) & 0xf);
    }

    double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    /** The weight of a pattern without term-frequency adjustment, including the prior. */
    double weight(long pattern) {
        double s = priorWeight();
        for (int c = 0; c < comps.size(); c++) {
            s += w[c][level(pattern, c)];
        }
        return s;
    }

    /** The term-frequency adjustment of comparison c for records i and j at their level. */
    double tfAdjustment(Encoded e, int c, int level, int i) {
        Comparison cmp = comps.get(c);
        if (cmp.kind == FieldKind.HANDLE && (level == 2 || level == 5 || level == 6)) {
            return skeletonAdjustment(e, c, level, i);
        }
        if (!cmp.tf || level != 1) {
            return 0;
        }
        Encoded.Column col = e.cols[cmp.col];
        Encoded.Value v = col.value(i);
        if (v == null || col.nonNull == 0) {
            return 0;
        }
        double p = Math.max(v.count, 2) / (double) col.nonNull;
        double avg = sumSquares(col);
        double adj = log2(avg / p);
        return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adj));
    }

    /**
     * The adjustment for a shared handle skeleton: how often the skeleton occurs among all records' handle-like
     * keys, against the average chance that two handles share a skeleton.
     */
    private double skeletonAdjustment(Encoded e, int c, int level, int i) {
        Encoded.Value v = e.cols[comps.get(c).col].value(i);
        if (v == null || v.alt == null) {
            return 0;
        }
        int id = e.aliasIdOf(v);
        if (id < 0 || e.size() == 0) {
            return 0;
        }
        double p = Math.max(2, e.aliasFrequency(id)) / (double) e.size();
        double adj = log2(u[c][level] / p);
        return Math.max(-MAX_TF_ADJUSTMENT, Math.min(0, adj));
    }

    /** The chance that two random non-null values agree, from the column's value counts. */
    private static double sumSquares(Encoded.Column col) {
        double nn = col.nonNull;
        return Math.max(col.sumCountSq / (nn * nn), 2.0 / (nn * nn));
    }

    /** The total weight of records i and j (prior plus level weights plus TF adjustments). */
    double score(Encoded e, long pattern, int i) {
        double s = priorWeight();
        for (int c = 0; c < comps.size(); c++) {
            int l = level(pattern, c);
            s += levelWeight(pattern, c, l);
            if (l >= 1) {
                s += tfAdjustment(e, c, l, i);
            }
        }
        return s;
    }

    static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * Trains u from random pairs, then m, u and lambda by EM over the candidate patterns. A comparison takes part in
     * the fit of a pair only when none of the blocking keys that produced the pair reads its field.
     */
    static Model train(Encoded e, List<Comparison> comps, List<BlockKey> keys, long[] candidates, long[] patterns,
            boolean linkOnly, long rulePairs, double totalPairs, Options o) {
        Model model = new Model(comps);
        int nc = comps.size();
        // u from random pairs
        SplittableRandom rnd = new SplittableRandom(o.seed());
        double[][] uc = new double[nc][];
        for (int c = 0; c < nc; c++) {
            uc[c] = new double[comps.get(c).levels.length];
        }
        int n = e.size();
        int drawn = 0;
        for (int t = 0; t < o.randomPairs() * 4 && drawn < o.randomPairs() && n >= 2; t++) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n);
            if (i == j || (linkOnly && e.source[i] == e.source[j])) {
                continue;
            }
            long p = pattern(comps, e, i, j);
            for (int c = 0; c < nc; c++) {
                uc[c][level(p, c)]++;
            }
            drawn++;
        }
        for (int c = 0; c < nc; c++) {
            int levels = uc[c].length;
            double tot = 0;
            for (int l = 1; l < levels; l++) {
                tot += uc[c][l];
            }
            for (int l = 1; l < levels; l++) {
                model.u[c][l] = (uc[c][l] + 0.5) / (tot + 0.5 * (levels - 1));
            }
            // m starts high at exact, falling with each level, with a small share for "else"
            double sum = 0;
            for (int l = 1; l < levels; l++) {
                model.m[c][l] = l == levels - 1 ? 0.05 : Math.pow(0.25, l - 1);
                sum += model.m[c][l];
            }
            for (int l = 1; l < levels; l++) {
                model.m[c][l] /= sum;
            }
        }
        // comparisons whose fields a key does not read
        int[] indep = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            for (int c = 0; c < nc; c++) {
                boolean uses = false;
                for (int f : comps.get(c).fields) {
                    uses |= keys.get(k).uses(f);
                }
                if (!uses || !o.excludeBlockingFields()) {
                    indep[k] |= 1 << c;
                }
            }
        }
        double total = candidates.length;
        double lambda0 = rulePairs > 0 ? clamp(rulePairs / 0.8 / Math.max(1, total), 1e-4, 0.5) : 0.1;
        double[][] mInit = deepCopy(model.m);
        double[][] uRandom = deepCopy(model.u);
        Combos combos = Combos.of(candidates, patterns);
        if (!o.excludeBlockingFields()) {
            // one run over every candidate with every comparison (the naive fit, kept for comparison)
            Groups all = Groups.of(combos, -1);
            model.lambda = em(all, (1 << nc) - 1, model.m, model.u, lambda0, o, model);
        } else {
            // one run per blocking key, as Splink trains: the pairs a key produced, without the comparisons on the
            // fields it reads; m and u are then averaged over the runs, weighted by expected matches and non-matches
            double[][] mAcc = new double[nc][];
            double[][] uAcc = new double[nc][];
            double[] mW = new double[nc];
            double[] uW = new double[nc];
            for (int c = 0; c < nc; c++) {
                mAcc[c] = new double[model.m[c].length];
                uAcc[c] = new double[model.u[c].length];
            }
            int runs = 0;
            for (int k = 0; k < keys.size(); k++) {
                Groups gk = Groups.of(combos, k);
                if (gk.total < 20 || indep[k] == 0) {
                    continue;
                }
                double[][] mk = deepCopy(mInit);
                double[][] uk = deepCopy(uRandom);
                double lk = em(gk, indep[k], mk, uk, lambda0, o, model);
                double matches = lk * gk.total;
                double non = (1 - lk) * gk.total;
                runs++;
                for (int c = 0; c < nc; c++) {
                    if ((indep[k] & (1 << c)) == 0) {
                        continue;
                    }
                    for (int l = 1; l < mk[c].length; l++) {
                        mAcc[c][l] += matches * mk[c][l];
                        uAcc[c][l] += non * uk[c][l];
                    }
                    mW[c] += matches;
                    uW[c] += non;
                }
            }
            for (int c = 0; c < nc; c++) {
                for (int l = 1; l < model.m[c].length; l++) {
                    if (mW[c] > 1e-9) {
                        model.m[c][l] = clamp(mAcc[c][l] / mW[c], 1e-6, 1 - 1e-6);
                    }
                    if (uW[c] > 1e-9) {
                        model.u[c][l] = clamp(uAcc[c][l] / uW[c], 1e-6, 1 - 1e-6);
                    }
                }
            }
            // the share of matches among all candidates, with m and u held at their trained values
            Groups all = Groups.of(combos, -1);
            Options lambdaOnly = new Options(o.randomPairs(), o.seed(), o.maxIterations(), o.tolerance(), false, true);
            double[][] mFixed = deepCopy(model.m);
            model.lambda = em(all, (1 << nc) - 1, mFixed, model.u, lambda0, lambdaOnly, null);
            model.iterations = Math.max(model.iterations, runs);
        }
        if (total == 0) {
            model.lambda = 1e-4;
        }
        model.lambdaCandidates = model.lambda;
        // scoring uses u from random pairs and the prior over all pairs, so that a score means the same
        // whatever the blocking, and agreement on a field that selected the pair still counts as evidence
        double expectedMatches = model.lambda * total;
        model.lambda = clamp(expectedMatches / Math.max(1.0, totalPairs), 1e-12, 0.5);
        for (int c = 0; c < nc; c++) {
            model.uTrained[c] = model.u[c].clone();
            int levels = uc[c].length;
            double tot = 0;
            for (int l = 1; l < levels; l++) {
                tot += uc[c][l];
            }
            for (int l = 1; l < levels; l++) {
                model.u[c][l] = (uc[c][l] + 0.5) / (tot + 0.5 * (levels - 1));
            }
        }
        // a handle derived from the person's own name repeats the name evidence: when the names already agree, the
        // handle adds only what it adds among candidates that share a name (u estimated by EM on candidates)
        for (int c = 0; c < nc; c++) {
            if (comps.get(c).kind == FieldKind.HANDLE && model.handleComp < 0) {
                model.handleComp = c;
            }
            if (comps.get(c).kind == FieldKind.FULL_NAME && model.nameComp < 0) {
                model.nameComp = c;
            }
        }
        model.updateWeights();
        if (model.handleComp >= 0 && model.nameComp >= 0) {
            int h = model.handleComp;
            model.derivedGivenName = Math.min(model.w[h][DERIVED],
                    log2(model.m[h][DERIVED] / Math.max(model.u[h][DERIVED], model.uTrained[h][DERIVED])));
        }
        model.check();
        return model;
    }

    /**
     * The distinct (pattern, key mask) combinations of the candidates with their counts, counted in one pass with
     * a primitive open-addressing table: EM then works on these few thousand combinations, never on the pairs.
     */
    static final class Combos {
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

    /** Candidate patterns with their counts, for one blocking key or for all candidates. */
    static final class Groups {
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

    /**
     * EM over grouped patterns using the comparisons in {@code elig}: updates m (when {@code m} may move, that is
     * always except in the lambda-only fit) and u (when re-estimated) in place and returns lambda.
     */
    private static double em(Groups g, int elig, double[][] m, double[][] u, double lambda0, Options o, Model report) {
        int nc = m.length;
        double lambda = lambda0;
        boolean fitM = report != null;
        int it = 0;
        boolean converged = false;
        for (; it < o.maxIterations() && g.total > 0; it++) {
            double[][] logM = new double[nc][];
            double[][] logU = new double[nc][];
            double[][] mn = new double[nc][];
            double[][] un = new double[nc][];
            for (int c = 0; c < nc; c++) {
                logM[c] = new double[m[c].length];
                logU[c] = new double[u[c].length];
                mn[c] = new double[m[c].length];
                un[c] = new double[u[c].length];
                for (int l = 1; l < logM[c].length; l++) {
                    logM[c][l] = Math.log(m[c][l]);
                    logU[c][l] = Math.log(u[c][l]);
                }
            }
            double logLam = Math.log(lambda);
            double logNot = Math.log(1 - lambda);
            double lamNum = 0;
            for (int x = 0; x < g.size; x++) {
                double lm = logLam;
                double lu = logNot;
                long p = g.patterns[x];
                for (int c = 0; c < nc; c++) {
                    int l = level(p, c);
                    if (l > 0 && (elig & (1 << c)) != 0) {
                        lm += logM[c][l];
                        lu += logU[c][l];
                    }
                }
                double r = 1.0 / (1.0 + Math.exp(lu - lm));
                double cnt = g.counts[x];
                lamNum += cnt * r;
                for (int c = 0; c < nc; c++) {
                    int l = level(p, c);
                    if (l > 0 && (elig & (1 << c)) != 0) {
                        mn[c][l] += cnt * r;
                        un[c][l] += cnt * (1 - r);
                    }
                }
            }
            double next = clamp(lamNum / g.total, 1e-9, 1 - 1e-9);
            double delta = Math.abs(next - lambda);
            lambda = next;
            for (int c = 0; c < nc; c++) {
                if ((elig & (1 << c)) == 0) {
                    continue;
                }
                if (fitM) {
                    delta = Math.max(delta, normalise(mn[c], m[c]));
                }
                if (o.reestimateU()) {
                    delta = Math.max(delta, normalise(un[c], u[c]));
                }
            }
            if (delta < o.tolerance()) {
                converged = true;
                it++;
                break;
            }
        }
        if (report != null) {
            report.iterations = Math.max(report.iterations, it);
            report.converged = report.iterations == 0 || converged && report.converged;
        }
        return lambda;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
        }
        return b;
    }

    /** Normalises counts into probabilities in place of {@code target}; returns the largest change. */
    private static double normalise(double[] counts, double[] target) {
        double tot = 0;
        for (int l = 1; l < counts.length; l++) {
            tot += counts[l];
        }
        if (tot < 1e-9) {
            return 0;
        }
        double delta = 0;
        int levels = counts.length - 1;
        for (int l = 1; l < counts.length; l++) {
            double v = (counts[l] + 1e-3) / (tot + 1e-3 * levels);
            v = clamp(v, 1e-6, 1 - 1e-6);
            delta = Math.max(delta, Math.abs(v - target[l]));
            target[l] = v;
        }
        return delta;
    }

    void updateWeights() {
        for (int c = 0; c < comps.size(); c++) {
            w[c][0] = 0;
            for (int l = 1; l < w[c].length; l++) {
                w[c][l] = log2(m[c][l] / u[c][l]);
            }
        }
    }

    private void check() {
        if (lambdaCandidates > 0.9) {
            warnings.add("EM prior among candidates " + lambdaCandidates
                    + " is implausibly high: blocks may be declared matches wholesale");
        }
        if (lambdaCandidates < 1e-6) {
            warnings.add("EM prior among candidates " + lambdaCandidates
                    + " is implausibly low: no matches were found among candidates");
        }
        int flat = 0;
        for (int c = 0; c < comps.size(); c++) {
            if (Math.abs(w[c][1]) < 0.5) {
                flat++;
            }
            Comparison cmp = comps.get(c);
            boolean ordered = cmp.kind != FieldKind.TEXT && cmp.col >= 0;
            if (ordered && w[c].length > 2 && w[c][1] < w[c][w[c].length - 1]) {
                warnings.add("comparison '" + cmp.name + "': exact agreement weighs less than disagreement");
            }
        }
        if (flat * 2 > comps.size()) {
            warnings.add("m is close to u for most comparisons: the model separates little");
        }
        if (!converged) {
            warnings.add("EM stopped after " + iterations + " iterations without converging");
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
