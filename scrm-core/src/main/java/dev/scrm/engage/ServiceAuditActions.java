package dev.scrm.engage;

import dev.scrm.store.AuditAction;

/**
 * The {@link AuditAction}s the {@link ServiceDesk} appends, one per case change, each with the actor and
 * time and the case as subject ({@code case:<id>}). Details hold non-personal facts only: statuses,
 * intents, priorities, team and agent ids, conversation and interaction ids, SLA metrics.
 */
public final class ServiceAuditActions {

    /** A case was opened (details: intent, priority, platform, conversation, triage reasons). */
    public static final AuditAction CASE_OPENED = AuditAction.of("CASE_OPENED");
    /** A case was assigned to a team and possibly an agent. */
    public static final AuditAction CASE_ASSIGNED = AuditAction.of("CASE_ASSIGNED");
    /** A conversation joined a case (details: the conversation); its messages are interactions of the timeline. */
    public static final AuditAction CASE_MESSAGE_ADDED = AuditAction.of("CASE_MESSAGE_ADDED");
    /** A case's priority was raised by a later message. */
    public static final AuditAction CASE_PRIORITY_CHANGED = AuditAction.of("CASE_PRIORITY_CHANGED");
    /** The brand replied on a case (details: agent or automated, visibility, interaction). */
    public static final AuditAction CASE_REPLIED = AuditAction.of("CASE_REPLIED");
    /** A case now waits on the customer. */
    public static final AuditAction CASE_PENDING = AuditAction.of("CASE_PENDING");
    /** A pending case is open again. */
    public static final AuditAction CASE_RESUMED = AuditAction.of("CASE_RESUMED");
    /** A case was resolved. */
    public static final AuditAction CASE_RESOLVED = AuditAction.of("CASE_RESOLVED");
    /** A case was reopened. */
    public static final AuditAction CASE_REOPENED = AuditAction.of("CASE_REOPENED");
    /** A case was merged into another (appended for both cases). */
    public static final AuditAction CASE_MERGED = AuditAction.of("CASE_MERGED");
    /** An SLA clock of a case nearly breached. */
    public static final AuditAction SLA_NEAR_BREACH = AuditAction.of("SLA_NEAR_BREACH");
    /** An SLA clock of a case breached. */
    public static final AuditAction SLA_BREACHED = AuditAction.of("SLA_BREACHED");

    private ServiceAuditActions() {
    }

    /**
     * The audit subject of a case.
     *
     * @param caseId the case
     * @return {@code case:} followed by the id
     */
    public static String subject(CaseId caseId) {
        return "case:" + caseId.value();
    }
}
