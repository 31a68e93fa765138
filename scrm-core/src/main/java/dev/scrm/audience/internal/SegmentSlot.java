package dev.scrm.audience.internal;

import dev.scrm.audience.Segment;
import java.util.BitSet;

/**
 * One defined segment: its definition, compiled predicate and members by customer index. Guarded by the
 * engine's lock; not thread-safe.
 */
final class SegmentSlot {
    final Segment segment;
    final Predicates.Pred predicate;
    /** Whether membership can change with time alone, so {@code reevaluate} must test it again. */
    final boolean timeDependent;
    final BitSet members;
    long size;

    SegmentSlot(Segment segment, Predicates.Pred predicate, boolean timeDependent, BitSet members, long size) {
        this.segment = segment;
        this.predicate = predicate;
        this.timeDependent = timeDependent;
        this.members = members;
        this.size = size;
    }
}
