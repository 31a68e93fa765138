package dev.scrm.identity;

import dev.scrm.identity.internal.BatchEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The outcome of {@link IdentityResolver#resolve}: every record's cluster, the scored candidate pairs and the
 * decisions taken, explanations, and the blocking and model reports. Read-only and thread-safe.
 *
 * <p>Cluster numbers are dense, start at 0 and are ordered by each cluster's smallest {@link RecordRef}, so the
 * same input in any order gives the same numbering. They are not customer ids: see {@link IncrementalResolver}.
 */
public final class Resolution {

    private final IdentitySchema schema;
    private final ResolverConfig config;
    private final BatchEngine.Result result;

    Resolution(IdentitySchema schema, ResolverConfig config, BatchEngine.Result result) {
        this.schema = schema;
        this.config = config;
        this.result = result;
    }

    /**
     * Compares and scores one candidate pair again, from the normalised records and the trained model. For
     * throughput measurements; the result equals the pair's stored match weight (for pairs no rule linked).
     *
     * @param candidate the candidate's position, 0 to {@link #candidateCount()} - 1
     * @return the match weight
     * @throws IndexOutOfBoundsException if there is no such candidate
     */
    public double rescore(int candidate) {
        Objects.checkIndex(candidate, result.candidateCount());
        return result.rescore(candidate);
    }

    BatchEngine.Result result() {
        return result;
    }

    IdentitySchema schema() {
        return schema;
    }

    ResolverConfig config() {
        return config;
    }

    /**
     * How many records were resolved.
     *
     * @return the record count
     */
    public int recordCount() {
        return result.size();
    }

    /**
     * The record at an input position.
     *
     * @param index the 0-based position in the input list
     * @return its reference
     * @throws IndexOutOfBoundsException if there is no such position
     */
    public RecordRef record(int index) {
        Objects.checkIndex(index, result.size());
        return result.ref(index);
    }

    /**
     * The cluster number of the record at an input position.
     *
     * @param index the 0-based position in the input list
     * @return the cluster number
     * @throws IndexOutOfBoundsException if there is no such position
     */
    public int clusterOf(int index) {
        Objects.checkIndex(index, result.size());
        return result.cluster(index);
    }

    /**
     * The cluster number of a record.
     *
     * @param ref the record
     * @return the cluster number, or empty if the record was not resolved here
     */
    public Optional<Integer> clusterOf(RecordRef ref) {
        int i = result.indexOf(Objects.requireNonNull(ref, "ref"));
        return i < 0 ? Optional.empty() : Optional.of(result.cluster(i));
    }

    /**
     * How many clusters there are.
     *
     * @return the cluster count
     */
    public int clusterCount() {
        return result.clusterCount();
    }

    /**
     * The clusters, in cluster-number order, each as its records in input order.
     *
     * @return the clusters
     */
    public List<List<RecordRef>> clusters() {
        List<List<RecordRef>> out = new ArrayList<>(result.clusterCount());
        for (int c = 0; c < result.clusterCount(); c++) {
            out.add(new ArrayList<>(2));
        }
        for (int i = 0; i < result.size(); i++) {
            out.get(result.cluster(i)).add(result.ref(i));
        }
        List<List<RecordRef>> frozen = new ArrayList<>(out.size());
        for (List<RecordRef> c : out) {
            frozen.add(List.copyOf(c));
        }
        return List.copyOf(frozen);
    }

    /**
     * How many candidate pairs were scored.
     *
     * @return the candidate count
     */
    public int candidateCount() {
        return result.candidateCount();
    }

    /**
     * How many candidate pairs ended in each decision, without building the pairs: cheaper than counting with
     * {@link #forEachPair} when there are millions of candidates.
     *
     * @return per decision (every one present, zero included) the number of candidate pairs
     */
    public Map<ScoredPair.Decision, Long> decisionCounts() {
        long[] counts = new long[ScoredPair.Decision.values().length];
        for (int x = 0; x < result.candidateCount(); x++) {
            counts[result.decision(x).ordinal()]++;
        }
        Map<ScoredPair.Decision, Long> out = new EnumMap<>(ScoredPair.Decision.class);
        for (ScoredPair.Decision d : ScoredPair.Decision.values()) {
            out.put(d, counts[d.ordinal()]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Visits every scored candidate pair, in a fixed order.
     *
     * @param visitor receives each pair, on the calling thread
     */
    public void forEachPair(Consumer<ScoredPair> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        for (int x = 0; x < result.candidateCount(); x++) {
            visitor.accept(pair(x));
        }
    }

    /**
     * The linked pairs (by a rule or a score).
     *
     * @return the links
     */
    public List<ScoredPair> links() {
        List<ScoredPair> out = new ArrayList<>();
        forEachPair(p -> {
            if (p.linked()) {
                out.add(p);
            }
        });
        return List.copyOf(out);
    }

    /**
     * The pairs for human review: in the review band, refused by a guard, or held back for consent; strongest
     * first.
     *
     * @return the suggestions
     */
    public List<ScoredPair> suggestions() {
        List<ScoredPair> out = new ArrayList<>();
        forEachPair(p -> {
            switch (p.decision()) {
                case REVIEW, CONFLICT, CONSENT_REQUIRED -> out.add(p);
                default -> {
                }
            }
        });
        out.sort((a, b) -> Double.compare(b.matchWeight(), a.matchWeight()));
        return List.copyOf(out);
    }

    private ScoredPair pair(int x) {
        return new ScoredPair(result.ref(result.left(x)), result.ref(result.right(x)), result.probability(x),
                result.weight(x), result.rule(x), result.decision(x));
    }

    /**
     * Explains any pair of resolved records, candidate or not.
     *
     * @param a one record
     * @param b the other
     * @return the explanation
     * @throws IllegalArgumentException if a record was not resolved here or both are the same
     */
    public MatchExplanation explain(RecordRef a, RecordRef b) {
        int i = result.indexOf(Objects.requireNonNull(a, "a"));
        int j = result.indexOf(Objects.requireNonNull(b, "b"));
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("record was not part of this resolution");
        }
        if (i == j) {
            throw new IllegalArgumentException("cannot explain a record against itself");
        }
        return result.explain(i, j);
    }

    /**
     * The explanations of every link and review pair that involves a record, strongest first.
     *
     * @param ref the record
     * @return the explanations, empty if it took part in none
     * @throws IllegalArgumentException if the record was not resolved here
     */
    public List<MatchExplanation> explain(RecordRef ref) {
        int i = result.indexOf(Objects.requireNonNull(ref, "ref"));
        if (i < 0) {
            throw new IllegalArgumentException("record was not part of this resolution");
        }
        List<MatchExplanation> out = new ArrayList<>();
        for (int x = 0; x < result.candidateCount(); x++) {
            if ((result.left(x) == i || result.right(x) == i) && result.decision(x) != ScoredPair.Decision.NO_LINK) {
                int other = result.left(x) == i ? result.right(x) : result.left(x);
                out.add(result.explain(i, other));
            }
        }
        out.sort((p, q) -> Double.compare(q.totalWeight(), p.totalWeight()));
        return List.copyOf(out);
    }

    /**
     * What blocking produced.
     *
     * @return the blocking report
     */
    public BlockingReport blocking() {
        return result.blocking();
    }

    /**
     * What the model learnt.
     *
     * @return the model report
     */
    public ModelReport model() {
        return result.modelReport();
    }

    /**
     * Milliseconds spent per stage ({@code normalise_ms}, {@code block_ms}, {@code compare_ms}, {@code train_ms},
     * {@code score_ms}, {@code cluster_ms}).
     *
     * @return the timings, in stage order
     */
    public Map<String, Long> timings() {
        return result.timings();
    }
}
