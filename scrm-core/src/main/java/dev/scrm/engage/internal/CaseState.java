package dev.scrm.engage.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.engage.AgentId;
import dev.scrm.engage.BusinessCalendar;
import dev.scrm.engage.CaseId;
import dev.scrm.engage.CaseStatus;
import dev.scrm.engage.ConversationId;
import dev.scrm.engage.Intent;
import dev.scrm.engage.Priority;
import dev.scrm.engage.ServiceCase;
import dev.scrm.engage.SlaMetric;
import dev.scrm.engage.SlaTarget;
import dev.scrm.engage.TeamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mutable state of one case, guarded by the desk's lock. */
final class CaseState {

    final CaseId id;
    final long number;
    CustomerId customer;
    Object party;
    final PlatformAccountId contact;
    final Platform platform;
    CaseStatus status = CaseStatus.OPEN;
    final Intent intent;
    Priority priority;
    final List<String> reasons;
    TeamId team;
    AgentId assignee;
    Set<String> requiredSkills = Set.of();
    final java.util.LinkedHashSet<ConvState> conversations = new java.util.LinkedHashSet<>();
    final Instant openedAt;
    Instant firstResponseAt;
    Instant resolvedAt;
    CaseId mergedInto;
    int reopenCount;
    SlaTarget target;
    BusinessCalendar calendar;
    SlaClock frt;
    SlaClock nrt;
    SlaClock resolution;
    boolean responded;
    boolean queued;

    CaseState(CaseId id, long number, CustomerId customer, Object party, PlatformAccountId contact,
            Platform platform, Intent intent, Priority priority, List<String> reasons, Instant openedAt) {
        this.id = id;
        this.number = number;
        this.customer = customer;
        this.party = party;
        this.contact = contact;
        this.platform = platform;
        this.intent = intent;
        this.priority = priority;
        this.reasons = List.copyOf(reasons);
        this.openedAt = openedAt;
    }

    List<SlaClock> clocks() {
        List<SlaClock> out = new ArrayList<>(3);
        if (frt != null) {
            out.add(frt);
        }
        if (nrt != null) {
            out.add(nrt);
        }
        if (resolution != null) {
            out.add(resolution);
        }
        return out;
    }

    ServiceCase snapshot() {
        Map<SlaMetric, Instant> deadlines = new EnumMap<>(SlaMetric.class);
        for (SlaClock c : clocks()) {
            if (c.running() && c.deadline() != null) {
                deadlines.put(c.metric, c.deadline());
            }
        }
        List<ConversationId> convs = new ArrayList<>(conversations.size());
        for (ConvState c : conversations) {
            convs.add(c.id);
        }
        return new ServiceCase(id, customer, contact, platform, status, intent, priority, reasons, team, assignee,
                convs, openedAt, firstResponseAt, resolvedAt, mergedInto, reopenCount, deadlines);
    }
}
