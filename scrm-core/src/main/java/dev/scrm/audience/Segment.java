package dev.scrm.audience;

import java.util.Objects;

/**
 * A named, dynamic audience: the customers for whom a {@link Criterion} holds. An {@link Audience} keeps
 * each segment's membership up to date as interactions and profile changes arrive. Immutable and
 * thread-safe.
 *
 * @param id the segment's id
 * @param criterion who belongs
 */
public record Segment(SegmentId id, Criterion criterion) {

    /** Validates the parts. */
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(criterion, "criterion");
    }

    /**
     * A segment.
     *
     * @param id the id
     * @param criterion who belongs
     * @return the segment
     */
    public static Segment of(SegmentId id, Criterion criterion) {
        return new Segment(id, criterion);
    }

    /**
     * A segment whose criterion is given in the text form.
     *
     * @param id the id, a valid {@link SegmentId}
     * @param criterion the criterion's text
     * @return the segment
     * @throws IllegalArgumentException if the id is not valid
     * @throws dev.scrm.core.ValidationException if the criterion does not parse; the message names the segment
     */
    public static Segment parse(String id, String criterion) {
        SegmentId sid = SegmentId.of(id);
        return new Segment(sid, Criterion.parse(criterion, "segment " + sid));
    }
}
