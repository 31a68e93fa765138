package dev.scrm.identity;

/**
 * The identifier of one merge made by an {@link IncrementalResolver}, used to undo it with
 * {@link IncrementalResolver#unmerge(MergeId)}. Immutable and thread-safe.
 *
 * @param sequence the merge's position, from 1, in the resolver's history
 */
public record MergeId(long sequence) implements Comparable<MergeId> {

    /**
     * Validates the sequence.
     *
     * @throws IllegalArgumentException if it is below 1
     */
    public MergeId {
        if (sequence < 1) {
            throw new IllegalArgumentException("merge sequence must be >= 1, was " + sequence);
        }
    }

    @Override
    public int compareTo(MergeId o) {
        return Long.compare(sequence, o.sequence);
    }

    @Override
    public String toString() {
        return "merge-" + sequence;
    }
}
