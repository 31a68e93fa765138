package dev.scrm.identity.internal;

import java.util.List;

/**
 * Expectation-maximisation for the Fellegi-Sunter model: fits m, u and the share of matches to the counts of
 * comparison patterns, with SQUAREM acceleration. Stateless; each fit works on the arrays it is given.
 *
 * <p>m may carry a Dirichlet prior ({@link Model#mPrior}): pseudo-counts per level, added to the expected counts of
 * matches in every M-step (the fit is then the posterior mode, and the objective that SQUAREM guards is the
 * log-likelihood plus the prior's log-density). Without it, EM may empty the "else" level of a comparison: in a run
 * over pairs that share an e-mail address, pairs whose names differ (a household, or the same person under a
 * pseudonym) form a class of their own, EM calls that class the non-matches, and m of "else" falls to one pair in tens
 * of thousands, so that one disagreeing field outweighs an e-mail, a phone and a profile link together. The pairs the
 * deterministic rules link are matches known without scoring; how often their names, handles or e-mails disagree is
 * what m of each level should be near, so their level counts are the prior.
 */
final class EmFit {

    /**
     * EM also stops when an iteration raises the log-likelihood by no more than this share of it. Parameters the
     * data barely identify (the m of a level that matches seldom reach) can keep drifting by 1e-4 per iteration for
     * hundreds of iterations while the fit improves by one part in a hundred million per iteration (measured on
     * blocks of namesakes); this criterion ends those runs.
     */
    static final double LL_TOLERANCE = 1e-7;

    private EmFit() {
    }

    /**
     * EM over grouped patterns using the comparisons in {@code elig}: updates m (when {@code m} may move, that is
     * always except in the lambda-only fit) and u (when re-estimated) in place and returns lambda.
     *
     * <p>Plain EM converges linearly, and slowly where the classes overlap: in blocks of namesakes on social data a
     * run still gained one part in 20,000 of its log-likelihood per iteration after 200 iterations. Each cycle here
     * is the squared extrapolation of SQUAREM (Varadhan and Roland, 2008): two EM steps give the direction and its
     * curvature, the parameters jump along it, and one more EM step from there keeps them valid. A jump that lowers
     * the log-likelihood below the second plain step is dropped for that step, so the fit never does worse than
     * plain EM. The run stops when one EM step moves no probability by more than the tolerance, or when a cycle
     * raises the log-likelihood by no more than {@link #LL_TOLERANCE} of it; iterations count EM steps.
     */
    static double fit(Groups g, int elig, double[][] m, double[][] u, double lambda0, Model.Options o,
            Model report) {
        Em em = new Em(g, elig, m, u, report != null, o.reestimateU(), report == null ? null : report.mPrior);
        double[] theta = em.pack(lambda0);
        int steps = 0;
        boolean converged = false;
        double prevLl = Double.NaN;
        while (steps < o.maxIterations() && g.total > 0) {
            double[] t1 = em.step(theta);
            double ll0 = em.ll;
            steps++;
            double delta = maxDiff(theta, t1);
            boolean flat = !Double.isNaN(prevLl) && Math.abs(ll0 - prevLl) <= LL_TOLERANCE * Math.abs(ll0);
            prevLl = ll0;
            if (delta < o.tolerance() || flat) {
                theta = t1;
                converged = true;
                break;
            }
            if (steps >= o.maxIterations()) {
                theta = t1;
                break;
            }
            double[] t2 = em.step(t1);
            double ll1 = em.ll;
            steps++;
            double rr = 0;
            double vv = 0;
            double[] r = new double[theta.length];
            double[] v = new double[theta.length];
            for (int k = 0; k < theta.length; k++) {
                r[k] = t1[k] - theta[k];
                v[k] = t2[k] - t1[k] - r[k];
                rr += r[k] * r[k];
                vv += v[k] * v[k];
            }
            double alpha = vv > 0 ? -Math.sqrt(rr / vv) : -1;
            alpha = Math.max(-64, Math.min(-1, alpha));
            double[] jump = new double[theta.length];
            for (int k = 0; k < theta.length; k++) {
                jump[k] = theta[k] - 2 * alpha * r[k] + alpha * alpha * v[k];
            }
            em.project(jump);
            if (steps >= o.maxIterations()) {
                theta = t2;
                break;
            }
            double[] t3 = em.step(jump);
            steps++;
            // the log-likelihood at the jump against the one at t1; t2 is at least as good as t1
            theta = em.ll >= ll1 ? t3 : t2;
        }
        em.unpack(theta);
        if (report != null) {
            report.iterations = Math.max(report.iterations, steps);
            report.converged = report.iterations == 0 || converged && report.converged;
        }
        return theta[0];
    }

    /**
     * Ten pairs per free parameter of a training run. A run on fewer pairs than that does not identify its
     * parameters: on social data a key that produced 189 of 8.4 million candidates, fitted on some 60 parameters,
     * drifted along a ridge of the likelihood for hundreds of iterations and never converged. Such a run is skipped
     * when it also holds less than a thousandth of the candidates, so it would carry next to no weight in the
     * average; the other keys' runs still train its comparisons. On small data, where every run is small, all run.
     */
    static double minPairs(List<Comparison> comps, int elig, boolean reestimateU) {
        int free = 1;
        for (int c = 0; c < comps.size(); c++) {
            if ((elig & (1 << c)) != 0) {
                free += (comps.get(c).levels.length - 1) * (reestimateU ? 2 : 1);
            }
        }
        return Math.max(20, 10.0 * free);
    }

    private static double maxDiff(double[] a, double[] b) {
        double d = 0;
        for (int k = 0; k < a.length; k++) {
            d = Math.max(d, Math.abs(a[k] - b[k]));
        }
        return d;
    }

    /**
     * One EM fit's parameters as a flat vector (lambda, then m and u of the eligible comparisons' non-null levels)
     * and its EM step. Not thread-safe.
     */
    private static final class Em {
        final Groups g;
        final int elig;
        final double[][] m;
        final double[][] u;
        final boolean fitM;
        final boolean fitU;
        final double[][] prior;
        /** The log-likelihood at the parameters of the last {@link #step}, plus the log-density of the prior on m. */
        double ll;

        Em(Groups g, int elig, double[][] m, double[][] u, boolean fitM, boolean fitU, double[][] prior) {
            this.g = g;
            this.elig = elig;
            this.m = m;
            this.u = u;
            this.fitM = fitM;
            this.fitU = fitU;
            this.prior = fitM ? prior : null;
        }

        private boolean on(int c) {
            return (elig & (1 << c)) != 0;
        }

        double[] pack(double lambda) {
            int size = 1;
            for (int c = 0; c < m.length; c++) {
                if (on(c)) {
                    size += 2 * (m[c].length - 1);
                }
            }
            double[] t = new double[size];
            t[0] = lambda;
            int k = 1;
            for (int c = 0; c < m.length; c++) {
                if (on(c)) {
                    for (int l = 1; l < m[c].length; l++) {
                        t[k++] = m[c][l];
                        t[k++] = u[c][l];
                    }
                }
            }
            return t;
        }

        void unpack(double[] t) {
            int k = 1;
            for (int c = 0; c < m.length; c++) {
                if (on(c)) {
                    for (int l = 1; l < m[c].length; l++) {
                        m[c][l] = t[k++];
                        u[c][l] = t[k++];
                    }
                }
            }
        }

        /** Brings an extrapolated vector back to valid probabilities: clamped, each distribution summing to 1. */
        void project(double[] t) {
            t[0] = Model.clamp(t[0], 1e-9, 1 - 1e-9);
            int k = 1;
            for (int c = 0; c < m.length; c++) {
                if (!on(c)) {
                    continue;
                }
                int levels = m[c].length - 1;
                double sm = 0;
                double su = 0;
                for (int l = 0; l < levels; l++) {
                    t[k + 2 * l] = Model.clamp(t[k + 2 * l], 1e-6, 1 - 1e-6);
                    t[k + 2 * l + 1] = Model.clamp(t[k + 2 * l + 1], 1e-6, 1 - 1e-6);
                    sm += t[k + 2 * l];
                    su += t[k + 2 * l + 1];
                }
                for (int l = 0; l < levels; l++) {
                    t[k + 2 * l] /= sm;
                    t[k + 2 * l + 1] /= su;
                }
                k += 2 * levels;
            }
        }

        /** One EM step from the parameters t: sets {@link #ll} to the log-likelihood at t, returns the next ones. */
        double[] step(double[] t) {
            unpack(t);
            int nc = m.length;
            double lambda = t[0];
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
            double sum = 0;
            for (int x = 0; x < g.size; x++) {
                double lm = logLam;
                double lu = logNot;
                long p = g.patterns[x];
                for (int c = 0; c < nc; c++) {
                    int l = Model.level(p, c);
                    if (l > 0 && on(c)) {
                        lm += logM[c][l];
                        lu += logU[c][l];
                    }
                }
                double r = 1.0 / (1.0 + Math.exp(lu - lm));
                double cnt = g.counts[x];
                sum += cnt * (Math.max(lm, lu) + Math.log1p(Math.exp(-Math.abs(lm - lu))));
                lamNum += cnt * r;
                for (int c = 0; c < nc; c++) {
                    int l = Model.level(p, c);
                    if (l > 0 && on(c)) {
                        mn[c][l] += cnt * r;
                        un[c][l] += cnt * (1 - r);
                    }
                }
            }
            for (int c = 0; c < nc && prior != null; c++) {
                if (on(c) && prior[c] != null) {
                    for (int l = 1; l < prior[c].length; l++) {
                        sum += prior[c][l] * logM[c][l];
                        mn[c][l] += prior[c][l];
                    }
                }
            }
            ll = sum;
            for (int c = 0; c < nc; c++) {
                if (!on(c)) {
                    continue;
                }
                if (fitM) {
                    normalise(mn[c], m[c]);
                }
                if (fitU) {
                    normalise(un[c], u[c]);
                }
            }
            double[] next = pack(Model.clamp(lamNum / g.total, 1e-9, 1 - 1e-9));
            unpack(t);
            return next;
        }
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
            v = Model.clamp(v, 1e-6, 1 - 1e-6);
            delta = Math.max(delta, Math.abs(v - target[l]));
            target[l] = v;
        }
        return delta;
    }
}
