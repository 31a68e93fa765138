package dev.scrm.engage.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.SocialIdentity;
import dev.scrm.engage.Agent;
import dev.scrm.engage.AgentId;
import dev.scrm.engage.BusinessCalendar;
import dev.scrm.engage.CaseId;
import dev.scrm.engage.CaseStatus;
import dev.scrm.engage.Conversation;
import dev.scrm.engage.ConversationId;
import dev.scrm.engage.CustomerSignals;
import dev.scrm.engage.IngestResult;
import dev.scrm.engage.IngestResult.Outcome;
import dev.scrm.engage.Intent;
import dev.scrm.engage.OutboundReply;
import dev.scrm.engage.ReplyChannel;
import dev.scrm.engage.ReplyNotAllowedException;
import dev.scrm.engage.ReplyNotAllowedException.Reason;
import dev.scrm.engage.ReplyRequest;
import dev.scrm.engage.RoutingPolicy;
import dev.scrm.engage.SentReply;
import dev.scrm.engage.ServiceAuditActions;
import dev.scrm.engage.ServiceCase;
import dev.scrm.engage.ServiceEvent;
import dev.scrm.engage.ServiceEventListener;
import dev.scrm.engage.SlaPolicy;
import dev.scrm.engage.SlaTarget;
import dev.scrm.engage.TimelineEntry;
import dev.scrm.engage.Triage;
import dev.scrm.engage.TriageClassifier;
import dev.scrm.engage.TriageInput;
import dev.scrm.store.NotFoundException;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@link dev.scrm.engage.ServiceDesk}: it checks arguments, takes the lock, decides which case
 * an incoming message belongs to, sends replies and answers queries. The work is shared with package-private
 * collaborators: {@link Threads} (inbox threading), {@link Parties} (whom a case belongs to),
 * {@link CaseLifecycle} (the case state machine, SLA clocks and routing through {@link Router}), {@link Replies}
 * (reply rules), {@link Timeline} (timeline assembly) and {@link Outbox} (event delivery). None of them is
 * thread-safe: this engine's one lock guards all their state. Every public method takes the lock; listeners run
 * under it, after the operation's changes are complete.
 */
public final class DeskEngine {

    /** The interaction attribute naming the agent of an outbound reply. */
    public static final String AGENT_ATTRIBUTE = Replies.AGENT_ATTRIBUTE;
    /** The interaction attribute ({@code true}) marking an outbound reply as automated. */
    public static final String AUTOMATED_ATTRIBUTE = Replies.AUTOMATED_ATTRIBUTE;
    /** Time, then interactions before audit events, then interaction id or audit sequence. */
    public static final Comparator<TimelineEntry> TIMELINE_ORDER = Timeline.ORDER;

    /**
     * The desk's settings.
     *
     * @param store where interactions and audit events go
     * @param clock the clock
     * @param classifier the triage classifier
     * @param routing the routing policy
     * @param sla the SLA policy
     * @param agents the initial agents
     * @param channels reply channels by platform
     * @param listeners event listeners
     * @param reopenWindow how long after resolution a message reopens its conversation's case
     * @param historyWindow how far back complaints count for escalation
     */
    public record Config(ScrmStore store, Clock clock, TriageClassifier classifier, RoutingPolicy routing,
            SlaPolicy sla, List<Agent> agents, Map<Platform, ReplyChannel> channels,
            List<ServiceEventListener> listeners, Duration reopenWindow, Duration historyWindow) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Config config;
    private final ScrmStore store;
    private final Clock clock;
    private final Threads threads = new Threads();
    private final Parties parties = new Parties();
    private final Outbox outbox;
    private final CaseLifecycle lifecycle;

    /**
     * Creates an engine.
     *
     * @param config the settings
     */
    public DeskEngine(Config config) {
        this.config = config;
        this.store = config.store();
        this.clock = config.clock();
        this.outbox = new Outbox(config.listeners(), LoggerFactory.getLogger(DeskEngine.class));
        this.lifecycle = new CaseLifecycle(store, clock, config.sla(), config.routing(), config.agents(), parties,
                outbox);
    }

    // ---- ingest -----------------------------------------------------------------------------------------

    /**
     * Ingests one interaction.
     *
     * @param in the interaction
     * @return what happened
     */
    public IngestResult ingest(Interaction in) {
        Objects.requireNonNull(in, "interaction");
        lock.lock();
        try {
            return ingestLocked(in);
        } finally {
            flushAndUnlock();
        }
    }

    private IngestResult ingestLocked(Interaction in) {
        if (threads.seen(in.id())) {
            return new IngestResult(in.id(), Outcome.DUPLICATE, null, null, null);
        }
        store.append(in, actorOf(in));
        if (in.direction() == Direction.OUTBOUND) {
            return outbound(in);
        }
        if (!actionable(in.kind()) || in.author() == null) {
            threads.skip(in.id());
            return new IngestResult(in.id(), Outcome.NOT_ACTIONABLE, null, null, null);
        }
        ConvState conv = threads.inbound(in);
        Instant at = in.occurredAt();
        CaseState existing = conv.caseState;
        CustomerId customer = store.customerOf(in.author()).orElse(null);
        Object party = customer != null ? customer : in.author();
        parties.follow(in.author(), party);
        if (customer != null) {
            // the customer's other accounts may have written before they were linked (or merged) to it
            store.find(customer).ifPresent(c -> parties.followKnown(c.identities(), customer));
        }
        Triage triage = config.classifier().classify(new TriageInput(in, signals(in, party, at)));
        Objects.requireNonNull(triage, "classifier returned null");
        if (existing != null && existing.status.active()) {
            lifecycle.raisePriority(existing, triage.priority(), in.id());
            lifecycle.customerMessage(existing, conv, in, at);
            return new IngestResult(in.id(), Outcome.ADDED_TO_CASE, conv.id, existing.id, triage);
        }
        CaseState partyCase = parties.activeCase(party);
        if (triage.intent() == Intent.SPAM && partyCase == null) {
            return new IngestResult(in.id(), Outcome.SPAM, conv.id, null, triage);
        }
        if (partyCase != null) {
            lifecycle.attach(partyCase, conv);
            lifecycle.raisePriority(partyCase, triage.priority(), in.id());
            lifecycle.customerMessage(partyCase, conv, in, at);
            return new IngestResult(in.id(), Outcome.ADDED_TO_CASE, conv.id, partyCase.id, triage);
        }
        if (existing != null && existing.status == CaseStatus.RESOLVED && !config.reopenWindow().isZero()
                && Duration.between(existing.resolvedAt, at).compareTo(config.reopenWindow()) <= 0) {
            lifecycle.reopen(existing, CaseLifecycle.INBOX, at);
            lifecycle.raisePriority(existing, triage.priority(), in.id());
            lifecycle.customerMessage(existing, conv, in, at);
            return new IngestResult(in.id(), Outcome.REOPENED_CASE, conv.id, existing.id, triage);
        }
        CaseState c = lifecycle.open(in, conv, customer, party, triage, at);
        return new IngestResult(in.id(), Outcome.OPENED_CASE, conv.id, c.id, triage);
    }

    private IngestResult outbound(Interaction in) {
        ConvState conv = threads.outbound(in);
        if (conv == null) {
            return new IngestResult(in.id(), Outcome.UNTHREADED, null, null, null);
        }
        CaseState c = conv.caseState;
        boolean automated = "true".equals(in.attributes().get(AUTOMATED_ATTRIBUTE));
        if (c == null) {
            return new IngestResult(in.id(), Outcome.UNTHREADED, conv.id, null, null);
        }
        String agentAttr = in.attributes().get(AGENT_ATTRIBUTE);
        AgentId agent = agentAttr == null ? null : AgentId.of(agentAttr);
        Map<String, String> details = new TreeMap<>();
        details.put("interaction", in.id().toString());
        details.put("conversation", conv.id.value());
        details.put("visibility", Threads.visibilityOf(in.kind()).name());
        if (automated) {
            details.put("automated", "true");
        }
        if (agent != null) {
            details.put("agent", agent.value());
        }
        String actor = agent != null ? "agent:" + agent.value() : actorOf(in);
        lifecycle.audit(ServiceAuditActions.CASE_REPLIED, actor, c, details);
        if (automated) {
            outbox.add(new ServiceEvent.AutoReplySent(outbox.next(), in.occurredAt(), c.id, in.id()));
            return new IngestResult(in.id(), Outcome.AUTO_REPLY, conv.id, c.id, null);
        }
        if (c.status.active()) {
            lifecycle.humanResponse(c, agent, in.occurredAt());
        }
        return new IngestResult(in.id(), Outcome.RESPONSE, conv.id, c.id, null);
    }

    private static boolean actionable(InteractionKind kind) {
        return switch (kind) {
            case MENTION, REPLY, COMMENT, DIRECT_MESSAGE, REVIEW, EMAIL -> true;
            default -> false;
        };
    }

    private CustomerSignals signals(Interaction in, Object party, Instant at) {
        long followers = 0;
        boolean verified = false;
        Optional<SocialIdentity> identity = store.findIdentity(in.author());
        if (identity.isPresent()) {
            verified = identity.get().verified();
            if (identity.get().followerCounts() != null) {
                followers = identity.get().followerCounts().followers();
            }
        }
        List<CaseState> history = parties.history(party);
        int complaints = 0;
        Instant since = at.minus(config.historyWindow());
        for (CaseState c : history) {
            if (c.intent == Intent.COMPLAINT && !c.openedAt.isBefore(since)) {
                complaints++;
            }
        }
        return new CustomerSignals(followers, verified, history.size(), complaints);
    }

    // ---- case life cycle ------------------------------------------------------------------------------

    /**
     * Sets a case pending.
     *
     * @param id the case
     * @param actor who
     * @return the case after the change
     */
    public ServiceCase pending(CaseId id, String actor) {
        return mutate(id, actor, "set pending", c -> lifecycle.pending(c, actor));
    }

    /**
     * Resumes a pending case.
     *
     * @param id the case
     * @param actor who
     * @return the case after the change
     */
    public ServiceCase resume(CaseId id, String actor) {
        return mutate(id, actor, "resume", c -> lifecycle.resume(c, actor));
    }

    /**
     * Resolves a case.
     *
     * @param id the case
     * @param actor who
     * @return the case after the change
     */
    public ServiceCase resolve(CaseId id, String actor) {
        return mutate(id, actor, "resolve", c -> lifecycle.resolve(c, actor));
    }

    /**
     * Reopens a resolved case.
     *
     * @param id the case
     * @param actor who
     * @return the case after the change
     */
    public ServiceCase reopen(CaseId id, String actor) {
        return mutate(id, actor, "reopen", c -> lifecycle.reopen(c, actor));
    }

    /**
     * Merges a duplicate case into another.
     *
     * @param duplicate the duplicate
     * @param into the case that stays
     * @param actor who
     * @return the case that stays, after the change
     */
    public ServiceCase merge(CaseId duplicate, CaseId into, String actor) {
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(into, "into");
        if (duplicate.equals(into)) {
            throw new IllegalArgumentException("a case cannot be merged into itself");
        }
        Checks.actor(actor);
        lock.lock();
        try {
            CaseState d = lifecycle.require(duplicate);
            CaseState t = lifecycle.require(into);
            lifecycle.merge(d, t, actor);
            return t.snapshot();
        } finally {
            flushAndUnlock();
        }
    }

    // ---- routing --------------------------------------------------------------------------------------

    /**
     * Assigns a case to an agent.
     *
     * @param id the case
     * @param agent the agent
     * @param actor who
     * @return the case after the change
     */
    public ServiceCase assign(CaseId id, AgentId agent, String actor) {
        Objects.requireNonNull(agent, "agent");
        return mutate(id, actor, "assign", c -> lifecycle.assign(c, agent, actor));
    }

    /**
     * Adds or replaces an agent.
     *
     * @param agent the agent
     */
    public void agent(Agent agent) {
        Objects.requireNonNull(agent, "agent");
        lock.lock();
        try {
            lifecycle.agent(agent);
        } finally {
            flushAndUnlock();
        }
    }

    /**
     * The registered agents with their current load.
     *
     * @return agent to number of active cases
     */
    public Map<Agent, Integer> agents() {
        lock.lock();
        try {
            return lifecycle.agents();
        } finally {
            lock.unlock();
        }
    }

    // ---- SLA ------------------------------------------------------------------------------------------

    /**
     * Emits the near-breaches and breaches that have happened by now.
     *
     * @return the events emitted
     */
    public List<ServiceEvent> checkSlas() {
        lock.lock();
        try {
            Instant at = now();
            int before = outbox.mark();
            lifecycle.checkSlas(at);
            return outbox.since(before);
        } finally {
            flushAndUnlock();
        }
    }

    // ---- replies --------------------------------------------------------------------------------------

    /**
     * Checks and sends a reply, then records it.
     *
     * @param request the reply
     * @return the recorded outbound interaction
     */
    public Interaction reply(ReplyRequest request) {
        Objects.requireNonNull(request, "request");
        ReplyChannel channel;
        OutboundReply out;
        Interaction target;
        lock.lock();
        try {
            CaseState c = lifecycle.require(request.caseId());
            ConvState conv = threads.of(request.inReplyTo());
            if (conv == null || conv.caseState != c) {
                throw new ReplyNotAllowedException(Reason.NOT_IN_CASE, c.id, request.inReplyTo().platform().id(),
                        "the message answered is not part of the case");
            }
            Platform platform = conv.platform;
            if (!c.status.active()) {
                throw new ReplyNotAllowedException(Reason.CASE_CLOSED, c.id, platform.id(), "case is " + c.status);
            }
            channel = config.channels().get(platform);
            if (channel == null) {
                throw new ReplyNotAllowedException(Reason.NO_CHANNEL, c.id, platform.id(),
                        "no reply channel is registered for the platform");
            }
            target = store.find(request.inReplyTo()).orElseThrow(() -> new NotFoundException(
                    "interaction " + request.inReplyTo().platform() + " answered by case " + c.id + " is not stored"));
            Replies.check(channel.policy(), c, conv, target, request, now());
            out = new OutboundReply(request.inReplyTo(), conv.contact, target.conversationId(), request.visibility(),
                    request.text());
        } finally {
            lock.unlock();
        }
        SentReply sent = Objects.requireNonNull(channel.send(out), "reply channel returned null");
        Interaction reply = Replies.recordOf(request, sent, target, now());
        ingest(reply);
        return reply;
    }

    // ---- queries --------------------------------------------------------------------------------------

    /**
     * One case.
     *
     * @param id the id
     * @return the case, or empty
     */
    public Optional<ServiceCase> find(CaseId id) {
        Objects.requireNonNull(id, "id");
        lock.lock();
        try {
            CaseState c = lifecycle.find(id);
            return c == null ? Optional.empty() : Optional.of(c.snapshot());
        } finally {
            lock.unlock();
        }
    }

    /**
     * All cases in the order they were opened.
     *
     * @return the cases
     */
    public List<ServiceCase> cases() {
        lock.lock();
        try {
            List<ServiceCase> out = new ArrayList<>(lifecycle.all().size());
            lifecycle.all().forEach(c -> out.add(c.snapshot()));
            return out;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The active cases in working order.
     *
     * @return the cases
     */
    public List<ServiceCase> inbox() {
        lock.lock();
        try {
            List<CaseState> list = new ArrayList<>(lifecycle.active());
            Instant far = Instant.MAX;
            list.sort(Comparator.comparing((CaseState c) -> c.priority).reversed()
                    .thenComparing(c -> nearestDeadline(c, far))
                    .thenComparing(c -> c.openedAt)
                    .thenComparingLong(c -> c.number));
            List<ServiceCase> out = new ArrayList<>(list.size());
            list.forEach(c -> out.add(c.snapshot()));
            return out;
        } finally {
            lock.unlock();
        }
    }

    private static Instant nearestDeadline(CaseState c, Instant none) {
        Instant best = none;
        for (SlaClock k : c.clocks()) {
            if (k.running() && k.deadline() != null && k.deadline().isBefore(best)) {
                best = k.deadline();
            }
        }
        return best;
    }

    /**
     * One conversation.
     *
     * @param id the id
     * @return the conversation, or empty
     */
    public Optional<Conversation> conversation(ConversationId id) {
        Objects.requireNonNull(id, "id");
        lock.lock();
        try {
            ConvState c = threads.conversation(id);
            return c == null ? Optional.empty() : Optional.of(c.snapshot());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The conversation an interaction was threaded into.
     *
     * @param interaction the interaction
     * @return the conversation, or empty
     */
    public Optional<Conversation> conversationOf(InteractionId interaction) {
        Objects.requireNonNull(interaction, "interaction");
        lock.lock();
        try {
            ConvState c = threads.of(interaction);
            return c == null ? Optional.empty() : Optional.of(c.snapshot());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The customer's timeline.
     *
     * @param customer the customer
     * @return the entries in order
     */
    public List<TimelineEntry> timeline(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        lock.lock();
        try {
            return Timeline.of(customer, store, lifecycle.all(), threads);
        } finally {
            lock.unlock();
        }
    }

    // ---- plumbing -------------------------------------------------------------------------------------

    private interface Change {
        void apply(CaseState c);
    }

    private ServiceCase mutate(CaseId id, String actor, String operation, Change change) {
        Objects.requireNonNull(id, "id");
        Checks.actor(actor);
        lock.lock();
        try {
            CaseState c = lifecycle.require(id);
            change.apply(c);
            return c.snapshot();
        } finally {
            flushAndUnlock();
        }
    }

    private Instant now() {
        return clock.instant();
    }

    /** Delivers the events of the outermost operation, then releases the lock. */
    private void flushAndUnlock() {
        try {
            if (lock.getHoldCount() == 1) {
                outbox.deliver();
            }
        } finally {
            lock.unlock();
        }
    }

    private static String actorOf(Interaction in) {
        String source = in.provenance().source();
        return Checks.isActor(source) ? source : "system:ingest";
    }

    /**
     * The engine's clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The calendar of a case (for tests and tools).
     *
     * @param id the case
     * @return its SLA calendar
     */
    public BusinessCalendar calendarOf(CaseId id) {
        lock.lock();
        try {
            return lifecycle.require(id).calendar;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The SLA targets of a case.
     *
     * @param id the case
     * @return the targets, or empty
     */
    public Optional<SlaTarget> targetOf(CaseId id) {
        lock.lock();
        try {
            return Optional.ofNullable(lifecycle.require(id).target);
        } finally {
            lock.unlock();
        }
    }
}
