package dev.scrm.engage;

/**
 * Where a {@link ServiceCase} is in its life.
 *
 * <p>The allowed transitions are: {@code OPEN → PENDING} (waiting on the customer), {@code PENDING → OPEN}
 * (the customer answered, or an agent resumed it), {@code OPEN|PENDING → RESOLVED},
 * {@code RESOLVED → OPEN} (reopened) and {@code OPEN|PENDING|RESOLVED → MERGED} (a duplicate folded into
 * another case). {@code MERGED} is final. Assignment does not change the status.
 */
public enum CaseStatus {
    /** Waiting on the brand: SLA clocks run. */
    OPEN,
    /** Waiting on the customer: SLA clocks are paused. */
    PENDING,
    /** Done; a new message may reopen it. */
    RESOLVED,
    /** Folded into another case as a duplicate; final. */
    MERGED;

    /**
     * Whether the case still needs work (open or pending).
     *
     * @return true for {@link #OPEN} and {@link #PENDING}
     */
    public boolean active() {
        return this == OPEN || this == PENDING;
    }

    /**
     * Whether a case may move from this status to another one.
     *
     * @param to the target status
     * @return true when the transition is allowed
     */
    public boolean canMoveTo(CaseStatus to) {
        java.util.Objects.requireNonNull(to, "to");
        return switch (this) {
            case OPEN -> to == PENDING || to == RESOLVED || to == MERGED;
            case PENDING -> to == OPEN || to == RESOLVED || to == MERGED;
            case RESOLVED -> to == OPEN || to == MERGED;
            case MERGED -> false;
        };
    }
}
