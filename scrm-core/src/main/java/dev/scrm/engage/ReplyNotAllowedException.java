package dev.scrm.engage;

import dev.scrm.core.ScrmException;
import java.util.Objects;

/**
 * A reply was refused before it was sent, because of the platform's reply rules or the case's state. The
 * message names the case, the platform and the reason, never the reply's text or the recipient.
 */
public final class ReplyNotAllowedException extends ScrmException {

    private static final long serialVersionUID = 1L;

    /** Why a reply was refused. */
    public enum Reason {
        /** No {@link ReplyChannel} is registered for the platform. */
        NO_CHANNEL,
        /** The case is resolved or merged. */
        CASE_CLOSED,
        /** The message answered does not belong to the case. */
        NOT_IN_CASE,
        /** The platform does not allow public replies. */
        PUBLIC_NOT_ALLOWED,
        /** A public reply cannot answer a private message. */
        PRIVATE_CONVERSATION,
        /** The platform does not allow private messages here. */
        PRIVATE_NOT_ALLOWED,
        /** The window for a private reply has closed. */
        WINDOW_CLOSED,
        /** The brand may not start a private conversation with this person. */
        CANNOT_INITIATE,
        /** The text is longer than the platform allows. */
        TOO_LONG
    }

    private final Reason reason;
    private final String platform;
    private final String caseId;

    /**
     * Creates the exception.
     *
     * @param reason why the reply was refused
     * @param caseId the case's id, or {@code null}
     * @param platform the platform's id
     * @param detail a non-personal explanation
     */
    public ReplyNotAllowedException(Reason reason, CaseId caseId, String platform, String detail) {
        super("reply on case " + caseId + " via " + platform + " not allowed (" + reason + "): " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.caseId = caseId == null ? null : caseId.value();
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /**
     * Why the reply was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The platform's id.
     *
     * @return the platform
     */
    public String platform() {
        return platform;
    }

    /**
     * The case's id, or {@code null} when the refusal came from a channel without one.
     *
     * @return the case id
     */
    public CaseId caseId() {
        return caseId == null ? null : CaseId.of(caseId);
    }
}
