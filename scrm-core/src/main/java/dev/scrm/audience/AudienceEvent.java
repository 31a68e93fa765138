package dev.scrm.audience;

import dev.scrm.core.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that changed in an {@link Audience}: a customer entered or left a segment, or moved to another
 * advocacy stage. Delivered to {@link AudienceListener}s in the order the changes were made; {@code at} is
 * the audience clock's time of the change. Immutable and thread-safe.
 */
public sealed interface AudienceEvent permits AudienceEvent.SegmentEntered, AudienceEvent.SegmentLeft,
        AudienceEvent.StageChanged {

    /**
     * The customer the event is about.
     *
     * @return the customer
     */
    CustomerId customer();

    /**
     * When the change was made, by the audience's clock.
     *
     * @return the time
     */
    Instant at();

    /**
     * A customer became a member of a segment.
     *
     * @param segment the segment
     * @param customer the customer
     * @param at when
     */
    record SegmentEntered(SegmentId segment, CustomerId customer, Instant at) implements AudienceEvent {
        /** Validates the parts. */
        public SegmentEntered {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A customer stopped being a member of a segment.
     *
     * @param segment the segment
     * @param customer the customer
     * @param at when
     */
    record SegmentLeft(SegmentId segment, CustomerId customer, Instant at) implements AudienceEvent {
        /** Validates the parts. */
        public SegmentLeft {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A customer moved from one advocacy stage to another.
     *
     * @param customer the customer
     * @param from the stage before
     * @param to the stage now, different from {@code from}
     * @param at when
     */
    record StageChanged(CustomerId customer, AdvocacyStage from, AdvocacyStage to, Instant at)
            implements AudienceEvent {
        /**
         * Validates the parts.
         *
         * @throws IllegalArgumentException if the stages are equal
         */
        public StageChanged {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            if (from == to) {
                throw new IllegalArgumentException("a stage change needs two different stages");
            }
        }
    }
}
