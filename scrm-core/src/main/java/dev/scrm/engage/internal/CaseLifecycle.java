package dev.scrm.engage.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.engage.Agent;
import dev.scrm.engage.AgentId;
import dev.scrm.engage.CaseId;
import dev.scrm.engage.CaseStatus;
import dev.scrm.engage.CaseTransitionException;
import dev.scrm.engage.Priority;
import dev.scrm.engage.RoutingPolicy;
import dev.scrm.engage.ServiceAuditActions;
import dev.scrm.engage.ServiceEvent;
import dev.scrm.engage.SlaMetric;
import dev.scrm.engage.SlaPolicy;
import dev.scrm.engage.TeamId;
import dev.scrm.engage.Triage;
import dev.scrm.store.AuditAction;
import dev.scrm.store.NotFoundException;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The case state machine: opens cases and moves them between open, pending, resolved and merged, starts, pauses
 * and stops their SLA clocks, routes them to agents, and records every step as an audit event and a service
 * event. It enforces which transitions are allowed ({@link CaseTransitionException}); the desk engine checks
 * arguments, takes the lock and decides which case an incoming message belongs to. Not thread-safe: the desk's
 * lock guards it.
 */
final class CaseLifecycle {

    /** The actor of assignments the router makes. */
    static final String ROUTER = "system:router";
    /** The actor of changes an incoming customer message causes. */
    static final String INBOX = "system:inbox";
    /** The actor of SLA warnings and breaches. */
    static final String SLA = "system:sla";

    /** Every case by id, in the order opened. */
    private final Map<CaseId, CaseState> cases = new LinkedHashMap<>();
    /** The open and pending cases, in the order opened (or reopened). */
    private final Set<CaseState> active = new LinkedHashSet<>();
    private long caseNumbers;
    private final ScrmStore store;
    private final Clock clock;
    private final SlaPolicy sla;
    private final Router router;
    private final Parties parties;
    private final Outbox outbox;

    CaseLifecycle(ScrmStore store, Clock clock, SlaPolicy sla, RoutingPolicy routing, List<Agent> agents,
            Parties parties, Outbox outbox) {
        this.store = store;
        this.clock = clock;
        this.sla = sla;
        this.router = new Router(routing, agents);
        this.parties = parties;
        this.outbox = outbox;
    }

    // ---- registry -------------------------------------------------------------------------------------

    /** The case, or {@code null}. */
    CaseState find(CaseId id) {
        return cases.get(id);
    }

    /** The case; fails when it is unknown. */
    CaseState require(CaseId id) {
        CaseState c = cases.get(Objects.requireNonNull(id, "id"));
        if (c == null) {
            throw new NotFoundException("case " + id + " is not known to the service desk");
        }
        return c;
    }

    /** Every case in the order opened (a live view). */
    Collection<CaseState> all() {
        return cases.values();
    }

    /** The open and pending cases (a live view). */
    Collection<CaseState> active() {
        return active;
    }

    // ---- opening and customer messages ----------------------------------------------------------------

    /** Opens a case for a message that no case took, starts its SLA clocks and routes it. */
    CaseState open(Interaction in, ConvState conv, CustomerId customer, Object party, Triage triage, Instant at) {
        long n = ++caseNumbers;
        CaseState c = new CaseState(CaseId.of("case-" + n), n, customer, party, in.author(), in.id().platform(),
                triage.intent(), triage.priority(), triage.reasons(), at);
        cases.put(c.id, c);
        active.add(c);
        parties.opened(c);
        attachQuietly(c, conv);
        c.target = sla.targetFor(c.priority, c.platform).orElse(null);
        c.calendar = c.target == null ? sla.calendar() : sla.calendarOf(c.target);
        c.frt = clock(c, SlaMetric.FIRST_RESPONSE, at);
        c.resolution = clock(c, SlaMetric.RESOLUTION, at);
        Map<String, String> details = new TreeMap<>();
        details.put("intent", c.intent.name());
        details.put("priority", c.priority.name());
        details.put("platform", c.platform.id());
        details.put("conversation", conv.id.value());
        details.put("interaction", in.id().toString());
        details.put("reasons", String.join(",", c.reasons));
        audit(ServiceAuditActions.CASE_OPENED, INBOX, c, details);
        emit(new ServiceEvent.CaseOpened(next(), at, c.id, customer, c.platform, c.intent, c.priority));
        route(c);
        return c;
    }

    private SlaClock clock(CaseState c, SlaMetric metric, Instant start) {
        return new SlaClock(metric, c.target == null ? null : c.target.target(metric), c.calendar,
                sla.nearBreachRatio(), start, true);
    }

    /** Adds a conversation to a case that did not have it. */
    void attach(CaseState c, ConvState conv) {
        if (conv.caseState == c) {
            return;
        }
        attachQuietly(c, conv);
        audit(ServiceAuditActions.CASE_MESSAGE_ADDED, INBOX, c, Map.of("conversation", conv.id.value()));
    }

    private static void attachQuietly(CaseState c, ConvState conv) {
        conv.caseState = c;
        c.conversations.add(conv);
    }

    /** Raises a case's priority (never lowers it). */
    void raisePriority(CaseState c, Priority p, Object cause) {
        if (p.compareTo(c.priority) <= 0) {
            return;
        }
        Priority before = c.priority;
        router.reprioritize(c, p);
        audit(ServiceAuditActions.CASE_PRIORITY_CHANGED, INBOX, c,
                Map.of("from", before.name(), "to", p.name(), "cause", cause.toString()));
    }

    /**
     * A customer message reached an active case: resumes it when pending, and after a response starts a new
     * turn with its next-response clock.
     */
    void customerMessage(CaseState c, ConvState conv, Interaction in, Instant at) {
        if (c.status == CaseStatus.PENDING) {
            resume(c, INBOX, at);
        }
        boolean newTurn = false;
        if (c.responded && c.frt == null) {
            c.responded = false;
            newTurn = true;
            if (c.nrt == null) {
                c.nrt = clock(c, SlaMetric.NEXT_RESPONSE, at);
            }
        }
        emit(new ServiceEvent.CustomerMessage(next(), at, c.id, in.id(), conv.id, newTurn));
    }

    /** A person answered an active case: stops the running first- or next-response clock. */
    void humanResponse(CaseState c, AgentId agent, Instant at) {
        checkClocks(c, at);
        if (c.frt != null) {
            SlaClock k = c.frt;
            Duration business = k.stop(at);
            c.frt = null;
            c.firstResponseAt = at;
            emit(new ServiceEvent.FirstResponse(next(), at, c.id, c.platform, c.priority, c.team, agent,
                    nonNegative(Duration.between(k.startedAt, at)), business, k.target,
                    k.target == null || business.compareTo(k.target) <= 0));
        } else if (c.nrt != null) {
            SlaClock k = c.nrt;
            Duration business = k.stop(at);
            c.nrt = null;
            emit(new ServiceEvent.NextResponse(next(), at, c.id, c.platform, c.priority, c.team, agent,
                    nonNegative(Duration.between(k.startedAt, at)), business, k.target,
                    k.target == null || business.compareTo(k.target) <= 0));
        }
        c.responded = true;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    // ---- transitions ----------------------------------------------------------------------------------

    /** Sets an open case pending, pausing its clocks. */
    void pending(CaseState c, String actor) {
        if (c.status != CaseStatus.OPEN) {
            throw new CaseTransitionException(c.id, c.status, "set pending");
        }
        Instant at = now();
        checkClocks(c, at);
        c.status = CaseStatus.PENDING;
        for (SlaClock k : c.clocks()) {
            k.pause(at);
        }
        audit(ServiceAuditActions.CASE_PENDING, actor, c, Map.of());
        emit(new ServiceEvent.CasePending(next(), at, c.id, actor));
    }

    /** Resumes a pending case. */
    void resume(CaseState c, String actor) {
        if (c.status != CaseStatus.PENDING) {
            throw new CaseTransitionException(c.id, c.status, "resume");
        }
        resume(c, actor, now());
    }

    private void resume(CaseState c, String actor, Instant at) {
        c.status = CaseStatus.OPEN;
        for (SlaClock k : c.clocks()) {
            k.resume(at);
        }
        audit(ServiceAuditActions.CASE_RESUMED, actor, c, Map.of());
        emit(new ServiceEvent.CaseResumed(next(), at, c.id, actor));
    }

    /** Resolves an active case, stopping its clocks and freeing its agent for queued cases. */
    void resolve(CaseState c, String actor) {
        if (!c.status.active()) {
            throw new CaseTransitionException(c.id, c.status, "resolve");
        }
        Instant at = now();
        checkClocks(c, at);
        c.frt = null;
        c.nrt = null;
        Duration business = c.resolution.stop(at);
        Duration target = c.resolution.target;
        c.status = CaseStatus.RESOLVED;
        c.resolvedAt = at;
        deactivate(c);
        audit(ServiceAuditActions.CASE_RESOLVED, actor, c, Map.of());
        emit(new ServiceEvent.CaseResolved(next(), at, c.id, actor, nonNegative(Duration.between(c.openedAt, at)),
                business, target, target == null || business.compareTo(target) <= 0));
        drainTeamsOf(c.assignee);
    }

    /** Reopens a resolved case. */
    void reopen(CaseState c, String actor) {
        if (c.status != CaseStatus.RESOLVED) {
            throw new CaseTransitionException(c.id, c.status, "reopen");
        }
        reopen(c, actor, now());
    }

    /**
     * Reopens a resolved case at a given time: its resolution clock runs again, and it goes back to its agent, or
     * through routing when that agent is gone.
     */
    void reopen(CaseState c, String actor, Instant at) {
        c.status = CaseStatus.OPEN;
        c.resolvedAt = null;
        c.reopenCount++;
        c.resolution.resume(at);
        c.responded = true;
        active.add(c);
        parties.reopened(c);
        audit(ServiceAuditActions.CASE_REOPENED, actor, c, Map.of("reopenCount", Integer.toString(c.reopenCount)));
        emit(new ServiceEvent.CaseReopened(next(), at, c.id, actor));
        if (!router.restore(c)) {
            c.assignee = null;
            route(c);
        }
    }

    /** Merges a duplicate case into an active one, which takes its conversations and at least its priority. */
    void merge(CaseState d, CaseState t, String actor) {
        if (d.status == CaseStatus.MERGED) {
            throw new CaseTransitionException(d.id, d.status, "merge");
        }
        if (!t.status.active()) {
            throw new CaseTransitionException(t.id, t.status, "absorb a duplicate");
        }
        Instant at = now();
        checkClocks(d, at);
        boolean wasActive = d.status.active();
        d.frt = null;
        d.nrt = null;
        if (d.resolution.running()) {
            d.resolution.stop(at);
        }
        d.status = CaseStatus.MERGED;
        d.mergedInto = t.id;
        d.resolvedAt = null;
        if (wasActive) {
            deactivate(d);
        }
        for (ConvState conv : d.conversations) {
            attachQuietly(t, conv);
        }
        if (d.priority.compareTo(t.priority) > 0) {
            raisePriority(t, d.priority, d.id);
        }
        audit(ServiceAuditActions.CASE_MERGED, actor, d, Map.of("into", t.id.value()));
        audit(ServiceAuditActions.CASE_MERGED, actor, t, Map.of("from", d.id.value()));
        emit(new ServiceEvent.CaseMerged(next(), at, d.id, t.id, actor));
        if (wasActive) {
            drainTeamsOf(d.assignee);
        }
    }

    private void deactivate(CaseState c) {
        active.remove(c);
        parties.closed(c);
        router.release(c);
    }

    // ---- routing --------------------------------------------------------------------------------------

    private void route(CaseState c) {
        router.chooseTeam(c);
        Router.AgentState a = router.pick(c.team, c.requiredSkills);
        if (a != null) {
            assignTo(c, a, ROUTER);
        } else {
            router.enqueue(c);
            audit(ServiceAuditActions.CASE_ASSIGNED, ROUTER, c, Map.of("team", c.team.value(), "queued", "true"));
            emit(new ServiceEvent.CaseAssigned(next(), now(), c.id, c.team, null, ROUTER));
        }
    }

    /** Assigns an active case to a registered agent. */
    void assign(CaseState c, AgentId agent, String actor) {
        if (!c.status.active()) {
            throw new CaseTransitionException(c.id, c.status, "be assigned");
        }
        Router.AgentState a = router.agent(agent);
        if (a == null) {
            throw new IllegalArgumentException("agent " + agent + " is not registered");
        }
        if (agent.equals(c.assignee)) {
            return;
        }
        assignTo(c, a, actor);
    }

    private void assignTo(CaseState c, Router.AgentState a, String actor) {
        Router.AgentState previous = router.assign(c, a);
        audit(ServiceAuditActions.CASE_ASSIGNED, actor, c, Map.of("team", c.team.value(), "agent", a.agent.id().value()));
        emit(new ServiceEvent.CaseAssigned(next(), now(), c.id, c.team, c.assignee, actor));
        if (previous != null && previous != a) {
            drainTeamsOf(previous.agent.id());
        }
    }

    /** Adds or replaces an agent, then offers it its teams' queued cases. */
    void agent(Agent agent) {
        router.put(agent);
        for (TeamId t : agent.teams()) {
            drain(t);
        }
    }

    /** The registered agents in id order with their load. */
    Map<Agent, Integer> agents() {
        return router.loads();
    }

    private void drainTeamsOf(AgentId agent) {
        for (TeamId t : router.teamsOf(agent)) {
            drain(t);
        }
    }

    /** Offers each queued case of the team, in queue order, to the agents who can take it now. */
    private void drain(TeamId team) {
        for (CaseState c : router.queued(team)) {
            Router.AgentState a = router.pick(team, c.requiredSkills);
            if (a != null) {
                assignTo(c, a, ROUTER);
            }
        }
    }

    // ---- SLA ------------------------------------------------------------------------------------------

    /** Raises the near-breaches and breaches of every active case that have happened by {@code at}. */
    void checkSlas(Instant at) {
        for (CaseState c : new ArrayList<>(active)) {
            checkClocks(c, at);
        }
    }

    private void checkClocks(CaseState c, Instant at) {
        for (SlaClock k : c.clocks()) {
            if (!k.running() || k.target == null) {
                continue;
            }
            if (!k.nearEmitted && !at.isBefore(k.nearAt()) && k.nearAt(at)) {
                k.nearEmitted = true;
                audit(ServiceAuditActions.SLA_NEAR_BREACH, SLA, c, Map.of("metric", k.metric.name()));
                emit(new ServiceEvent.SlaNearBreach(next(), k.nearAt(), c.id, k.metric, k.deadline(), k.target));
            }
            if (!k.breachEmitted && at.isAfter(k.deadline()) && k.breachedAt(at)) {
                k.breachEmitted = true;
                audit(ServiceAuditActions.SLA_BREACHED, SLA, c, Map.of("metric", k.metric.name()));
                emit(new ServiceEvent.SlaBreached(next(), k.deadline(), c.id, k.metric, k.target, c.team, c.assignee));
            }
        }
    }

    // ---- records --------------------------------------------------------------------------------------

    /** Appends an audit event about a case. */
    void audit(AuditAction action, String actor, CaseState c, Map<String, String> details) {
        store.audit().append(action, actor, c.customer, ServiceAuditActions.subject(c.id), details);
    }

    private Instant now() {
        return clock.instant();
    }

    private long next() {
        return outbox.next();
    }

    private void emit(ServiceEvent e) {
        outbox.add(e);
    }
}
