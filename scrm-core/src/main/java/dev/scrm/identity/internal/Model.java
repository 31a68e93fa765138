package dev.scrm.identity.internal;

import dev.scrm.identity.FieldKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    boolean converged;
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
        int id = e.aliasDict.find(v.alt);
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
     * Trains u from random pairs, then m, u and lambda by EM over the candidate patterns. A comparison's m and u
     * are estimated only from pairs that some blocking key not reading its field produced.
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
        // eligibility: comparison c may learn from a pair if a key that does not read c's fields found it
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
        Map<Long, Map<Integer, long[]>> groups = new HashMap<>();
        for (int x = 0; x < candidates.length; x++) {
            int mask = PairTable.mask(candidates[x]);
            int elig = 0;
            for (int k = 0; k < keys.size(); k++) {
                if ((mask & (1 << k)) != 0) {
                    elig |= indep[k];
                }
            }
            groups.computeIfAbsent(patterns[x], q -> new HashMap<>()).computeIfAbsent(elig, q -> new long[1])[0]++;
        }
        int g = 0;
        for (Map<Integer, long[]> mm : groups.values()) {
            g += mm.size();
        }
        long[] gp = new long[g];
        int[] ge = new int[g];
        double[] gc = new double[g];
        int idx = 0;
        for (Map.Entry<Long, Map<Integer, long[]>> en : groups.entrySet()) {
            for (Map.Entry<Integer, long[]> en2 : en.getValue().entrySet()) {
                gp[idx] = en.getKey();
                ge[idx] = en2.getKey();
                gc[idx] = en2.getValue()[0];
                idx++;
            }
        }
        double total = candidates.length;
        model.lambda = rulePairs > 0 ? clamp(rulePairs / 0.8 / Math.max(1, total), 1e-4, 0.5) : 0.1;
        if (total == 0) {
            model.lambda = 1e-4;
        }
        for (int it = 0; it < o.maxIterations() && total > 0; it++) {
            double[][] mn = new double[nc][];
            double[][] un = new double[nc][];
            for (int c = 0; c < nc; c++) {
                mn[c] = new double[model.m[c].length];
                un[c] = new double[model.u[c].length];
            }
            double lamNum = 0;
            double[][] logM = new double[nc][];
            double[][] logU = new double[nc][];
            for (int c = 0; c < nc; c++) {
                logM[c] = new double[model.m[c].length];
                logU[c] = new double[model.u[c].length];
                for (int l = 1; l < logM[c].length; l++) {
                    logM[c][l] = Math.log(model.m[c][l]);
                    logU[c][l] = Math.log(model.u[c][l]);
                }
            }
            double logLam = Math.log(model.lambda);
            double logNot = Math.log(1 - model.lambda);
            for (int x = 0; x < g; x++) {
                double lm = logLam;
                double lu = logNot;
                for (int c = 0; c < nc; c++) {
                    int l = level(gp[x], c);
                    // a comparison on a field that selected the pair says nothing about it
                    if (l > 0 && (ge[x] & (1 << c)) != 0) {
                        lm += logM[c][l];
                        lu += logU[c][l];
                    }
                }
                double r = 1.0 / (1.0 + Math.exp(lu - lm));
                lamNum += gc[x] * r;
                for (int c = 0; c < nc; c++) {
                    int l = level(gp[x], c);
                    if (l > 0 && (ge[x] & (1 << c)) != 0) {
                        mn[c][l] += gc[x] * r;
                        un[c][l] += gc[x] * (1 - r);
                    }
                }
            }
            double delta = Math.abs(lamNum / total - model.lambda);
            model.lambda = clamp(lamNum / total, 1e-9, 1 - 1e-9);
            for (int c = 0; c < nc; c++) {
                delta = Math.max(delta, normalise(mn[c], model.m[c]));
                if (o.reestimateU()) {
                    delta = Math.max(delta, normalise(un[c], model.u[c]));
                }
            }
            model.iterations = it + 1;
            if (delta < o.tolerance()) {
                model.converged = true;
                break;
            }
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
