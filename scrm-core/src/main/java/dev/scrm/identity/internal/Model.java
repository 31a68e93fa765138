package dev.scrm.identity.internal;

import dev.scrm.identity.FieldKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;

/**
 * The Fellegi-Sunter model: per comparison and level the m and u probabilities, the prior lambda, and the
 * term-frequency adjustment. Trained without labels by {@link #train}. After training it is read-only and
 * thread-safe; the term frequencies are read live from the encoded columns.
 */
public final class Model {

    static final double MAX_TF_ADJUSTMENT = 10.0;

    /**
     * EM stops when no probability (m, u or the share of matches) moves by more than this in an iteration. EM
     * converges linearly, so a tighter bound mostly buys iterations: on Febrl dataset2, 1e-7 needed 322 iterations
     * (beyond the default limit of 200, hence the "without converging" warning) for a share of matches that differs
     * from the one at 1e-6 (174 iterations) by 2e-5.
     */
    static final double DEFAULT_TOLERANCE = 1e-6;

    final List<Comparison> comps;
    final double[][] m;
    final double[][] u;
    final double[][] w;
    /**
     * The name comparison, and the comparisons whose values are mostly the name again (handle, e-mail local part):
     * when the names agree, those weigh what they weigh among namesakes.
     */
    int nameComp = -1;
    int handleComp = -1;
    /** The weight of a name-derived handle when the names agree, if no namesakes were measured. */
    double derivedGivenName;
    /**
     * Per comparison, u of its levels among namesakes (different persons with the same name), or null where not
     * measured; only the handle and e-mail comparisons are.
     */
    final double[][] uNamesakes;
    /** Per comparison, the level weights when the names agree, or null. */
    final double[][] wGivenName;
    double lambda;
    double lambdaCandidates;
    /** The expected number of other records of the same person, per record. */
    double partners;
    /** How common each person name is, for term frequencies; null until training ends or without a name. */
    private NameFrequencies names;
    final double[][] uTrained;
    /**
     * The Dirichlet prior on m, as pseudo-counts per comparison and level (null for none): the levels of the pairs the
     * deterministic rules link. See {@link EmFit}.
     */
    double[][] mPrior;
    int iterations;
    boolean converged = true;
    final List<String> warnings = new ArrayList<>();

    Model(List<Comparison> comps) {
        this.comps = comps;
        m = new double[comps.size()][];
        u = new double[comps.size()][];
        w = new double[comps.size()][];
        uTrained = new double[comps.size()][];
        uNamesakes = new double[comps.size()][];
        wGivenName = new double[comps.size()][];
        for (int c = 0; c < comps.size(); c++) {
            int l = comps.get(c).levels.length;
            m[c] = new double[l];
            u[c] = new double[l];
            w[c] = new double[l];
        }
    }

    /** Options of one training run. */
    record Options(int randomPairs, long seed, int maxIterations, double tolerance, boolean reestimateU,
            boolean excludeBlockingFields, Executor executor, int parallelism) {

        /** Options whose work runs on the calling thread. */
        Options(int randomPairs, long seed, int maxIterations, double tolerance, boolean reestimateU,
                boolean excludeBlockingFields) {
            this(randomPairs, seed, maxIterations, tolerance, reestimateU, excludeBlockingFields, Runnable::run, 1);
        }
    }

    /** The handle level "name_derived_match". */
    static final int DERIVED = 6;

    /** The weight of comparison c at level l, given the pattern it is part of. */
    double levelWeight(long pattern, int c, int l) {
        if (l >= 2 && nameComp >= 0 && (wGivenName[c] != null || c == handleComp)) {
            // a handle or an address's local part is mostly the name again (ksmith, k.smith@): when the names
            // agree, it adds only what it adds among namesakes
            int n = level(pattern, nameComp);
            if (n >= 1 && n <= 3) {
                if (wGivenName[c] != null) {
                    return wGivenName[c][l];
                }
                if (l == DERIVED) {
                    return derivedGivenName;
                }
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
        if (cmp.kind == FieldKind.HANDLE && (level == 2 || level == 5)) {
            return skeletonAdjustment(e, c, level, i);
        }
        if (!cmp.tf || level != 1) {
            return 0;
        }
        Encoded.Column col = e.cols[cmp.col];
        int id = col.ids[i];
        if (id < 0 || col.nonNull == 0) {
            return 0;
        }
        double uv = valueU(col, c, id);
        double adj = log2(u[c][1] / uv);
        return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adj));
    }

    /**
     * u of one value: the chance that a record of another person holds it. The records holding the value include the
     * record itself and, on average, {@link #partners} times m of the person's other records; the rest belong to
     * other persons, and at least one other holder is assumed. For a person name whose count shows no other holder,
     * the product of its tokens' frequencies estimates how likely another person is to bear the same name.
     */
    private double valueU(Encoded.Column col, int c, int id) {
        Encoded.Value v = col.values.get(id);
        double nn = col.nonNull;
        double self = 1 + partners * m[c][1];
        double others = v.count - self;
        boolean personName = col.kind == FieldKind.FULL_NAME && v.tokens != null && v.tokens.length >= 2;
        if (!personName || names == null) {
            // one other holder is assumed, an upper bound; a value no other person holds is no commoner than the
            // average value, so it never weakens the exact level
            return others < 1 ? Math.min(1 / nn, u[c][1]) : others / nn;
        }
        return names.valueU(col, id, self);
    }

    /** Drops record i's name tokens from the token counts (for erasure, before its values are cleared). */
    void forget(Encoded e, int i) {
        if (nameComp < 0 || names == null) {
            return;
        }
        Encoded.Column col = e.cols[comps.get(nameComp).col];
        int id = col.ids[i];
        if (id >= 0) {
            names.forget(col.values.get(id), id);
        }
    }

    /**
     * Counts the tokens of the person-name column for {@link #valueU}; called once after training, with that column's
     * {@link UEstimates#sameNameSamePlatform} groups.
     */
    void countNameTokens(Encoded e, Map<Long, List<Integer>> sameName) {
        if (nameComp >= 0) {
            names = NameFrequencies.count(e.cols[comps.get(nameComp).col], sameName);
        }
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
        return train(e, comps, keys, candidates, patterns, linkOnly, rulePairs, null, totalPairs, o);
    }

    /**
     * Trains as {@link #train(Encoded, List, List, long[], long[], boolean, long, double, Options)}, with the levels
     * of the pairs the deterministic rules link as a prior on m: {@code ruleLevels[c][l]} counts those pairs at level
     * l of comparison c, leaving out the comparisons that read what the rule read. Null for no prior.
     */
    static Model train(Encoded e, List<Comparison> comps, List<BlockKey> keys, long[] candidates, long[] patterns,
            boolean linkOnly, long rulePairs, double[][] ruleLevels, double totalPairs, Options o) {
        Model model = new Model(comps);
        model.mPrior = ruleLevels;
        int nc = comps.size();
        // u from random pairs
        SplittableRandom rnd = new SplittableRandom(o.seed());
        double[][] uc = new double[nc][];
        for (int c = 0; c < nc; c++) {
            uc[c] = new double[comps.get(c).levels.length];
        }
        int n = e.size();
        int drawn = 0;
        int[] left = new int[n >= 2 ? o.randomPairs() : 0];
        int[] right = new int[left.length];
        for (int t = 0; t < o.randomPairs() * 4 && drawn < o.randomPairs() && n >= 2; t++) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n);
            if (i == j || (linkOnly && e.source[i] == e.source[j])) {
                continue;
            }
            left[drawn] = i;
            right[drawn] = j;
            drawn++;
        }
        long[] sampled = new long[drawn];
        BatchEngine.parallel(drawn, o.executor(), o.parallelism(), x -> sampled[x] = pattern(comps, e, left[x], right[x]));
        for (long p : sampled) {
            for (int c = 0; c < nc; c++) {
                uc[c][level(p, c)]++;
            }
        }
        double[] exact = new double[nc];
        // per comparison, how many pairs of all pairs have a level (both records hold what it compares)
        double[] withLevel = new double[nc];
        for (int c = 0; c < nc; c++) {
            exact[c] = linkOnly ? -1 : UEstimates.exactShare(e, comps.get(c));
            withLevel[c] = UEstimates.pairsWithLevel(e, comps.get(c), exact[c], uc[c], drawn, totalPairs);
            UEstimates.randomPairU(uc[c], exact[c], 1 / Math.max(1.0, withLevel[c]), model.u[c]);
            int levels = uc[c].length;
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
            model.lambda = EmFit.fit(all, (1 << nc) - 1, model.m, model.u, lambda0, o, model);
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
            double shareSum = 0;
            double shareWeight = 0;
            for (int k = 0; k < keys.size(); k++) {
                Groups gk = Groups.of(combos, k);
                if (indep[k] == 0 || gk.total < Math.max(20, Math.min(EmFit.minPairs(comps, indep[k], o.reestimateU()),
                        0.001 * total))) {
                    continue;
                }
                double[][] mk = deepCopy(mInit);
                double[][] uk = deepCopy(uRandom);
                double lk = EmFit.fit(gk, indep[k], mk, uk, lambda0, o, model);
                shareSum += lk * gk.total;
                shareWeight += gk.total;
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
            // a first share of matches among all candidates: the runs' shares, weighted by their pairs. (A fit of the
            // share over all candidates with m and u held fixed would read agreement on each pair's own blocking
            // field as evidence and drift towards 1.) The prior used for scoring is settled below.
            model.lambda = shareWeight > 0 ? clamp(shareSum / shareWeight, 1e-9, 0.5) : lambda0;
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
            UEstimates.randomPairU(uc[c], exact[c], 1 / Math.max(1.0, withLevel[c]), model.u[c]);
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
        // Random pairs are almost all non-matches, but not all: when persons have several records and a field is
        // specific (an e-mail, a rare name), the matches among random pairs make up much of the agreement seen there.
        // So the level frequencies f of the pairs that have a level for comparison c are read as the mixture
        // f = lambda_c m + (1 - lambda_c) u and u is taken out of it, alternating with the prior until both settle.
        // lambda_c is the share of matches among those pairs (see matchesWithLevel), not the prior over all pairs:
        // records that hold a field are not a random half of the records a person has.
        Groups all = total > 0 ? Groups.of(combos, -1) : null;
        // records of one platform that share a name, per name column, for the two namesake estimates
        Map<Integer, Map<Long, List<Integer>>> sameName = new HashMap<>();
        if (model.nameComp >= 0) {
            int col = comps.get(model.nameComp).col;
            boolean email = false;
            for (int c = 0; c < nc; c++) {
                Comparison cmp = comps.get(c);
                // the first e-mail comparison (a record's main address), and the handle
                if (c == model.handleComp || (cmp.kind == FieldKind.EMAIL && !email)) {
                    email |= cmp.kind == FieldKind.EMAIL;
                    model.uNamesakes[c] = UEstimates.levelsAmongNamesakes(e, cmp,
                            sameName.computeIfAbsent(col, k -> UEstimates.sameNameSamePlatform(e, e.cols[k])));
                }
            }
        }
        UEstimates.Namesakes[] namesakes = new UEstimates.Namesakes[nc];
        for (int c = 0; c < nc; c++) {
            Comparison cmp = comps.get(c);
            if (UEstimates.comparesNames(cmp)) {
                namesakes[c] = UEstimates.exactAmongNamesakes(e, comps,
                        sameName.computeIfAbsent(cmp.col, k -> UEstimates.sameNameSamePlatform(e, e.cols[k])));
            }
        }
        double[][] freq = new double[nc][];
        double[] floor = new double[nc];
        for (int c = 0; c < nc; c++) {
            freq[c] = model.u[c].clone();
            double seen = 0;
            for (int l = 1; l < uc[c].length; l++) {
                seen += uc[c][l];
            }
            floor[c] = 0.5 / Math.max(1, seen);
        }
        for (int round = 0; round < 50; round++) {
            model.updateWeights();
            model.updateDerived();
            if (all == null) {
                break;
            }
            double next = model.scoringPrior(all, totalPairs, model.lambda);
            boolean settled = round > 0 && Math.abs(log2(next) - log2(model.lambda)) < 1e-4;
            model.lambda = next;
            if (settled) {
                break;
            }
            double[] matches = model.matchesWithLevel(all, model.lambda, freq);
            for (int c = 0; c < nc; c++) {
                double lambdaC = withLevel[c] > 0 ? clamp(matches[c] / withLevel[c], 1e-12, 0.5) : model.lambda;
                model.u[c] = UEstimates.unmix(freq[c], model.m[c], lambdaC, floor[c],
                        exact[c] >= 0 ? 1 / Math.max(1.0, withLevel[c]) : floor[c]);
                if (namesakes[c] != null) {
                    model.withNamesakes(c, namesakes[c], model.lambda, freq);
                }
            }
        }
        if (o.excludeBlockingFields() && total > 0) {
            // the share of matches among candidates that the scoring model implies
            model.lambdaCandidates = clamp(model.lambda * Math.max(1.0, totalPairs) / total, 1e-12, 1);
        }
        model.partners = 2 * model.lambda * Math.max(1.0, totalPairs) / Math.max(1, n);
        if (model.nameComp >= 0) {
            model.countNameTokens(e, sameName.computeIfAbsent(comps.get(model.nameComp).col,
                    k -> UEstimates.sameNameSamePlatform(e, e.cols[k])));
        }
        model.check();
        return model;
    }

    /**
     * Per comparison, the expected number of matches among the candidates that have a level for it (divided by the
     * pairs with a level, it is the share of matches there). Each pair is judged by the prior and all comparisons,
     * but comparison c itself weighs in no more than with u at its raw frequency {@code freq[c]}, before any matches
     * are taken out. Judged with its own unmixed weight, a comparison would vouch for itself: pairs that agree on a
     * shared household e-mail count as matches the stronger that agreement weighs, which lowers u, which raises the
     * weight, until u of the exact level falls to its floor. The raw frequency does not depend on u, so this loop
     * cannot run away, and it errs towards a higher u: the cautious side.
     */
    double[] matchesWithLevel(Groups g, double lambda, double[][] freq) {
        double prior = log2(lambda / (1 - lambda));
        int nc = comps.size();
        double[] out = new double[nc];
        double[] lw = new double[nc];
        for (int x = 0; x < g.size; x++) {
            long p = g.patterns[x];
            double s = prior;
            for (int c = 0; c < nc; c++) {
                lw[c] = levelWeight(p, c, level(p, c));
                s += lw[c];
            }
            for (int c = 0; c < nc; c++) {
                int l = level(p, c);
                if (l > 0) {
                    double cautious = Math.min(lw[c], log2(m[c][l] / freq[c][l]));
                    out[c] += g.counts[x] * probability(s - lw[c] + cautious);
                }
            }
        }
        return out;
    }

    /** The handle and e-mail weights when the names agree (see {@link #levelWeight}). */
    private void updateDerived() {
        if (nameComp < 0) {
            return;
        }
        if (handleComp >= 0) {
            int h = handleComp;
            derivedGivenName = Math.min(w[h][DERIVED], log2(m[h][DERIVED] / Math.max(u[h][DERIVED],
                    uTrained[h][DERIVED])));
        }
        for (int c = 0; c < comps.size(); c++) {
            if (uNamesakes[c] != null) {
                wGivenName[c] = new double[w[c].length];
                for (int l = 2; l < w[c].length; l++) {
                    wGivenName[c][l] = log2(m[c][l] / uNamesakes[c][l]);
                }
            }
        }
    }

    /**
     * Sets u of the exact level of comparison c from the namesake pairs, with the value in {@code u[c]} as a Beta
     * prior worth one expected agreement: (agree + 1) / (pairs + 1 / u). The agreeing pairs count each by its
     * posterior of being two persons, judged as in {@link #matchesWithLevel}. Few pairs leave u near the prior, many
     * let the namesakes speak, and u moves continuously between the two. The other levels keep their proportions.
     */
    void withNamesakes(int c, UEstimates.Namesakes ns, double lambda, double[][] freq) {
        double prior = log2(lambda / (1 - lambda));
        double agree = 0;
        for (int x = 0; x < ns.patterns().length; x++) {
            agree += ns.weights()[x] * (1 - probability(cautiousScore(ns.patterns()[x], c, prior, freq)));
        }
        double[] uc = u[c];
        double before = uc[1];
        double after = clamp((agree + 1) / (ns.pairs() + 1 / before), 1e-15, 0.5);
        uc[1] = after;
        for (int l = 2; l < uc.length; l++) {
            uc[l] = uc[l] / (1 - before) * (1 - after);
        }
    }

    /** The weight of a pattern with the prior, comparison c weighing no more than with u at its raw frequency. */
    private double cautiousScore(long p, int c, double prior, double[][] freq) {
        double s = prior;
        for (int k = 0; k < comps.size(); k++) {
            int l = level(p, k);
            double w = levelWeight(p, k, l);
            s += k == c && l > 0 ? Math.min(w, log2(m[k][l] / freq[k][l])) : w;
        }
        return s;
    }

    /**
     * The prior over all pairs that agrees with the scoring weights: the fixed point of lambda = (sum over
     * candidates of the posterior under lambda) / all pairs. Pairs outside the candidates are taken as non-matches.
     * The EM prior among candidates is fitted with u among candidates, which scoring does not use (it scores with
     * u from random pairs); carried over as is, it mis-states the prior by the ratio of the two u estimates.
     */
    double scoringPrior(Groups g, double totalPairs, double start) {
        double[] base = new double[g.size];
        for (int x = 0; x < g.size; x++) {
            double s = 0;
            for (int c = 0; c < comps.size(); c++) {
                int l = level(g.patterns[x], c);
                s += levelWeight(g.patterns[x], c, l);
            }
            base[x] = s;
        }
        double all = Math.max(1.0, totalPairs);
        double lam = clamp(start, 1e-12, 0.5);
        for (int it = 0; it < 200; it++) {
            double prior = log2(lam / (1 - lam));
            double expected = 0;
            for (int x = 0; x < g.size; x++) {
                expected += g.counts[x] * probability(prior + base[x]);
            }
            double next = clamp(expected / all, 1e-12, 0.5);
            if (Math.abs(log2(next) - log2(lam)) < 1e-6) {
                lam = next;
                break;
            }
            lam = next;
        }
        return lam;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
        }
        return b;
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

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
