package dev.scrm.identity;

import java.util.Map;
import java.util.Objects;

/**
 * What blocking produced: candidate pairs, the reduction ratio, the largest block and how many blocks hit the
 * cap. With ground truth, {@link #pairsCompleteness(long, long)} gives the recall ceiling. Immutable and
 * thread-safe.
 *
 * @param candidatePairs distinct candidate pairs
 * @param totalPairs all pairs the mode could compare
 * @param largestBlock the largest block seen (before sub-blocking)
 * @param cappedBlocks blocks larger than the cap, sub-blocked
 * @param droppedBlocks (sub-)blocks still too large after sub-blocking, not compared
 * @param pairsPerKey pairs emitted per blocking key (a pair found by two keys counts twice)
 */
public record BlockingReport(long candidatePairs, long totalPairs, int largestBlock, int cappedBlocks,
        int droppedBlocks, Map<String, Long> pairsPerKey) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if the map is null
     */
    public BlockingReport {
        pairsPerKey = Map.copyOf(Objects.requireNonNull(pairsPerKey, "pairsPerKey"));
    }

    /**
     * The reduction ratio: 1 - candidates / all pairs.
     *
     * @return the ratio, 1 when there are no pairs
     */
    public double reductionRatio() {
        return totalPairs == 0 ? 1.0 : 1.0 - (double) candidatePairs / totalPairs;
    }

    /**
     * Pairs completeness, the recall ceiling: true pairs among candidates over all true pairs.
     *
     * @param trueCandidates true pairs that are candidates
     * @param truePairs all true pairs
     * @return the ceiling, 1 when there are no true pairs
     */
    public static double pairsCompleteness(long trueCandidates, long truePairs) {
        return truePairs == 0 ? 1.0 : (double) trueCandidates / truePairs;
    }
}
