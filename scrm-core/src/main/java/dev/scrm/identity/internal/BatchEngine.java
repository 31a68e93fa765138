package dev.scrm.identity.internal;

import dev.scrm.core.Platform;
import dev.scrm.identity.BlockingReport;
import dev.scrm.identity.ComparisonWeights;
import dev.scrm.identity.FieldContribution;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.LinkMode;
import dev.scrm.identity.MatchExplanation;
import dev.scrm.identity.ModelReport;
import dev.scrm.identity.RecordRef;
import dev.scrm.identity.ResolverConfig;
import dev.scrm.identity.ScoredPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch pipeline: normalise, block, compare, train, score, cluster. One instance per run; not
 * thread-safe while running, and its result is read-only afterwards.
 */
public final class BatchEngine {

    /** The version of the scoring model, written into explanations and links. */
    public static final String MODEL_VERSION = "fellegi_sunter@1";

    private static final Logger LOG = LoggerFactory.getLogger(BatchEngine.class);

    /** A progress callback: stage name and a fraction done. */
    public interface Progress {
        void update(String stage, double done);
    }

    private final IdentitySchema schema;
    private final ResolverConfig config;

    public BatchEngine(IdentitySchema schema, ResolverConfig config) {
        this.schema = schema;
        this.config = config;
    }

    /** The result of a run: read-only and thread-safe. */
    public static final class Result {
        final Encoded e;
        final Model model;
        final List<BlockKey> keys;
        final long[] cands;
        final long[] patterns;
        final float[] weights;
        final byte[] rule;
        final byte[] decision;
        final int[] cluster;
        final int clusterCount;
        final BlockingReport blocking;
        final Map<String, Long> timings;
        final double autoLink;
        private volatile Map<RecordRef, Integer> index;

        Result(Encoded e, Model model, List<BlockKey> keys, long[] cands, long[] patterns, float[] weights, byte[] rule,
                byte[] decision, int[] cluster, int clusterCount, BlockingReport blocking, Map<String, Long> timings,
                double autoLink) {
            this.e = e;
            this.model = model;
            this.keys = keys;
            this.cands = cands;
            this.patterns = patterns;
            this.weights = weights;
            this.rule = rule;
            this.decision = decision;
            this.cluster = cluster;
            this.clusterCount = clusterCount;
            this.blocking = blocking;
            this.timings = timings;
            this.autoLink = autoLink;
        }

        public Encoded encoded() {
            return e;
        }

        public Model model() {
            return model;
        }

        public int size() {
            return e.size();
        }

        public RecordRef ref(int i) {
            return e.refs[i];
        }

        public int candidateCount() {
            return cands.length;
        }

        public int left(int x) {
            return PairTable.left(cands[x]);
        }

        public int right(int x) {
            return PairTable.right(cands[x]);
        }

        public double weight(int x) {
            return rule[x] >= 0 ? Double.POSITIVE_INFINITY : weights[x];
        }

        /** Compares and scores candidate x again from the encoded records (for throughput measurements). */
        public double rescore(int x) {
            int i = PairTable.left(cands[x]);
            int j = PairTable.right(cands[x]);
            long p = Model.pattern(model.comps, e, i, j);
            return model.score(e, p, i);
        }

        public double scoreWeight(int x) {
            return weights[x];
        }

        public double probability(int x) {
            return rule[x] >= 0 ? 1.0 : Model.probability(weights[x]);
        }

        public String rule(int x) {
            return rule[x] >= 0 ? Rules.NAMES.get(rule[x]) : null;
        }

        public ScoredPair.Decision decision(int x) {
            return decisionOf(decision[x]);
        }

        public int cluster(int record) {
            return cluster[record];
        }

        public int clusterCount() {
            return clusterCount;
        }

        public BlockingReport blocking() {
            return blocking;
        }

        public Map<String, Long> timings() {
            return timings;
        }

        public ModelReport modelReport() {
            return report(model);
        }

        public int indexOf(RecordRef ref) {
            Map<RecordRef, Integer> m = index;
            if (m == null) {
                m = new HashMap<>(e.size() * 2);
                for (int i = 0; i < e.size(); i++) {
                    m.put(e.refs[i], i);
                }
                index = m;
            }
            Integer i = m.get(ref);
            return i == null ? -1 : i;
        }

        /** The candidate index of a pair, or -1. */
        public int candidateOf(int i, int j) {
            long key = i < j ? ((long) i << 24 | j) << 16 : ((long) j << 24 | i) << 16;
            int lo = 0;
            int hi = cands.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                long v = cands[mid] & ~0xffffL;
                if (v < key) {
                    lo = mid + 1;
                } else if (v > key) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        public MatchExplanation explain(int i, int j) {
            int x = candidateOf(i, j);
            ScoredPair.Decision d = x < 0 ? ScoredPair.Decision.NO_LINK : decision(x);
            return BatchEngine.explain(e, model, i, j, d, autoLink);
        }
    }

    static ScoredPair.Decision decisionOf(byte b) {
        return switch (b) {
            case Clusterer.LINK -> ScoredPair.Decision.AUTO_LINK;
            case Clusterer.RULE -> ScoredPair.Decision.RULE_LINK;
            case Clusterer.SUGGEST -> ScoredPair.Decision.REVIEW;
            case Clusterer.CONFLICT -> ScoredPair.Decision.CONFLICT;
            case Clusterer.POLICY -> ScoredPair.Decision.CONSENT_REQUIRED;
            default -> ScoredPair.Decision.NO_LINK;
        };
    }

    /** Explains a pair under a model. */
    public static MatchExplanation explain(Encoded e, Model model, int i, int j, ScoredPair.Decision d,
            double autoLink) {
        long p = Model.pattern(model.comps, e, i, j);
        List<FieldContribution> parts = new ArrayList<>();
        double total = model.priorWeight();
        for (int c = 0; c < model.comps.size(); c++) {
            int l = Model.level(p, c);
            double w = model.levelWeight(p, c, l);
            double tf = model.tfAdjustment(e, c, l, i);
            total += w + tf;
            parts.add(new FieldContribution(model.comps.get(c).name, model.comps.get(c).levels[l], w, tf));
        }
        int r = Rules.fire(e, i, j);
        return new MatchExplanation(e.refs[i], e.refs[j], r >= 0 ? Rules.NAMES.get(r) : null, model.priorWeight(),
                parts, total, Model.probability(total), autoLink, d, MODEL_VERSION);
    }

    static ModelReport report(Model model) {
        List<ComparisonWeights> cw = new ArrayList<>();
        for (int c = 0; c < model.comps.size(); c++) {
            Comparison cmp = model.comps.get(c);
            List<String> lv = new ArrayList<>();
            List<Double> m = new ArrayList<>();
            List<Double> u = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (int l = 1; l < cmp.levels.length; l++) {
                lv.add(cmp.levels[l]);
                m.add(model.m[c][l]);
                u.add(model.u[c][l]);
                w.add(model.w[c][l]);
            }
            cw.add(new ComparisonWeights(cmp.name, lv, m, u, w));
        }
        return new ModelReport(MODEL_VERSION, model.lambda, cw, model.iterations, model.converged, model.warnings);
    }

    /** Runs the pipeline over the records. */
    public Result run(List<IdentityRecord> records, Progress progress) {
        Map<String, Long> t = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Encoded e = new Encoded(schema, config.defaultRegion());
        progress.update("normalise", 0);
        e.addAll(records, config.executor(), config.parallelism());
        long t1 = System.nanoTime();
        t.put("normalise_ms", (t1 - t0) / 1_000_000);
        progress.update("block", 0);
        boolean linkOnly = config.mode() == LinkMode.LINK_ONLY;
        List<BlockKey> keys = BlockKey.forSchema(e);
        Blocker.Stats stats = new Blocker.Stats();
        long[] cands = new Blocker(e, keys, config.maxBlockSize(), linkOnly).run(stats, config.executor());
        long t2 = System.nanoTime();
        t.put("block_ms", (t2 - t1) / 1_000_000);
        List<Comparison> comps = Comparison.forSchema(e);
        long[] patterns = new long[cands.length];
        byte[] rule = new byte[cands.length];
        progress.update("compare", 0);
        parallel(cands.length, config.executor(), config.parallelism(), x -> {
            int i = PairTable.left(cands[x]);
            int j = PairTable.right(cands[x]);
            patterns[x] = Model.pattern(comps, e, i, j);
            rule[x] = (byte) Rules.fire(e, i, j);
        });
        long rulePairs = 0;
        for (byte b : rule) {
            if (b >= 0) {
                rulePairs++;
            }
        }
        long t3 = System.nanoTime();
        t.put("compare_ms", (t3 - t2) / 1_000_000);
        long n = e.size();
        long total;
        if (linkOnly) {
            long[] perSource = new long[e.sources.size()];
            for (int i = 0; i < n; i++) {
                perSource[e.source[i]]++;
            }
            long sum = 0;
            long sq = 0;
            for (long s : perSource) {
                sum += s;
                sq += s * s;
            }
            total = (sum * sum - sq) / 2;
        } else {
            total = n * (n - 1) / 2;
        }
        progress.update("train", 0);
        Model model = Model.train(e, comps, keys, cands, patterns, linkOnly, rulePairs,
                rulePairs > 0 ? Rules.levelCounts(e, comps, cands, patterns, rule) : null, total,
                new Model.Options(config.randomPairs(), config.seed(), config.maxIterations(), Model.DEFAULT_TOLERANCE, true, true,
                        config.executor(), config.parallelism()));
        for (String w : model.warnings) {
            LOG.debug("model warning: {}", w);
        }
        long t4 = System.nanoTime();
        t.put("train_ms", (t4 - t3) / 1_000_000);
        progress.update("score", 0);
        float[] weights = new float[cands.length];
        parallel(cands.length, config.executor(), config.parallelism(),
                x -> weights[x] = (float) model.score(e, patterns[x], PairTable.left(cands[x])));
        long t5 = System.nanoTime();
        t.put("score_ms", (t5 - t4) / 1_000_000);
        progress.update("cluster", 0);
        Clusterer cl = new Clusterer(e);
        boolean[] needsConsent = new boolean[Math.max(1, e.platforms.size())];
        for (int p = 0; p < e.platforms.size(); p++) {
            needsConsent[p] = config.linkPolicy().requiresConsent(Platform.of(e.platforms.value(p)));
        }
        Clusterer.Gate gate = (i, j) -> gateAllows(e, needsConsent, i, j);
        byte[] decision = cl.run(cands, weights, rule, logit(config.autoLinkThreshold()),
                logit(config.reviewThreshold()), config.oneToOne(), config.onePerPlatform(), config.maxClusterSize(),
                gate);
        int[] cluster = labelClusters(e, cl);
        int clusterCount = 0;
        for (int c : cluster) {
            clusterCount = Math.max(clusterCount, c + 1);
        }
        long t6 = System.nanoTime();
        t.put("cluster_ms", (t6 - t5) / 1_000_000);
        Map<String, Long> perKey = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            perKey.put(keys.get(k).name, stats.pairsPerKey[k]);
        }
        BlockingReport br = new BlockingReport(cands.length, total, stats.largestBlock, stats.cappedBlocks,
                stats.droppedBlocks, perKey);
        progress.update("done", 1);
        // the patterns are not kept: explanations and rescoring compare the records again
        return new Result(e, model, keys, cands, null, weights, rule, decision, cluster, clusterCount, br, t,
                config.autoLinkThreshold());
    }

    static boolean gateAllows(Encoded e, boolean[] needsConsent, int i, int j) {
        int pi = e.accountPlatform[i];
        int pj = e.accountPlatform[j];
        if (pi >= 0 && pi != pj && !e.consent[i] && needsConsent[pi]) {
            return false;
        }
        return !(pj >= 0 && pj != pi && !e.consent[j] && needsConsent[pj]);
    }

    /** Dense cluster labels, numbered by each cluster's smallest record reference, so load order does not matter. */
    static int[] labelClusters(Encoded e, Clusterer cl) {
        int n = e.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> e.refs[a].compareTo(e.refs[b]));
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        int[] rootLabel = new int[n];
        java.util.Arrays.fill(rootLabel, -1);
        int next = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int r = cl.find(i);
            if (rootLabel[r] < 0) {
                rootLabel[r] = next++;
            }
            label[i] = rootLabel[r];
        }
        return label;
    }

    static double logit(double p) {
        return Model.log2(p / (1 - p));
    }

    /** Items per claim in {@link #parallel}. */
    static final int GRAIN = 2048;

    /**
     * Runs body over [0, count) on parallelism tasks, which claim runs of {@link #GRAIN} items until none are left.
     * Small claims balance the load, and the inner loop ends often enough that the JIT sees it end before it
     * compiles the loop: a loop compiled as never ending is thrown away when it first ends, and the comparison code
     * inlined into it is compiled again.
     */
    static void parallel(int count, Executor executor, int parallelism, IntConsumer body) {
        int claims = (count + GRAIN - 1) / GRAIN;
        int tasks = Math.max(1, Math.min(parallelism, claims));
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<?>[] fs = new CompletableFuture<?>[tasks];
        for (int t = 0; t < tasks; t++) {
            fs[t] = CompletableFuture.runAsync(() -> {
                for (int c = next.getAndIncrement(); c < claims; c = next.getAndIncrement()) {
                    int hi = Math.min(count, (c + 1) * GRAIN);
                    for (int x = c * GRAIN; x < hi; x++) {
                        body.accept(x);
                    }
                }
            }, executor);
        }
        CompletableFuture.allOf(fs).join();
    }
}
