package dev.scrm.engage;

import dev.scrm.core.ScrmException;
import java.util.Objects;

/**
 * An operation is not allowed in the case's current status, for example resolving a merged case or
 * reopening an open one. Nothing was changed. See {@link CaseStatus} for the allowed transitions.
 */
public final class CaseTransitionException extends ScrmException {

    private static final long serialVersionUID = 1L;

    private final String caseId;
    private final CaseStatus status;
    private final String operation;

    /**
     * Creates the exception.
     *
     * @param caseId the case
     * @param status its status
     * @param operation the refused operation, for example {@code resolve}
     */
    public CaseTransitionException(CaseId caseId, CaseStatus status, String operation) {
        super("case " + Objects.requireNonNull(caseId, "caseId") + " cannot " + operation + " while "
                + Objects.requireNonNull(status, "status"));
        this.caseId = caseId.value();
        this.status = status;
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    /**
     * The case.
     *
     * @return its id
     */
    public CaseId caseId() {
        return CaseId.of(caseId);
    }

    /**
     * The case's status when the operation was refused.
     *
     * @return the status
     */
    public CaseStatus status() {
        return status;
    }

    /**
     * The refused operation.
     *
     * @return its name
     */
    public String operation() {
        return operation;
    }
}
