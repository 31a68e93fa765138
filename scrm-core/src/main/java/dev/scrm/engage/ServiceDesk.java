package dev.scrm.engage;

import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.engage.internal.DeskEngine;
import dev.scrm.store.NotFoundException;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Social customer service: the unified inbox, triage, cases, routing, SLA clocks, policy-checked replies and
 * the customer timeline, on top of a {@link ScrmStore}. The front door of {@code dev.scrm.engage}.
 *
 * <p>{@link #ingest(Interaction)} takes every interaction a connector delivers. Inbound mentions, replies,
 * comments, direct messages, reviews and e-mails are threaded into {@link Conversation}s, triaged by the
 * {@link TriageClassifier}, and grouped into one {@link ServiceCase} per customer across channels: a new
 * message joins the sender's active case (the sender's {@link dev.scrm.core.Customer} when their identity
 * is linked, else their account), reopens its conversation's case when it comes within the reopen window
 * after resolution, or opens a new case, which the {@link RoutingPolicy} gives to a team and an agent.
 * Outbound messages that answer a case (replies made on the platform, or through {@link #reply(ReplyRequest)})
 * stop its response clocks, unless they are automated. Agents move cases through their life with
 * {@link #assign}, {@link #pending}, {@link #resume}, {@link #resolve}, {@link #reopen} and {@link #merge}.
 *
 * <p>Every change is appended to the store's audit log ({@link ServiceAuditActions}) with its actor and time
 * and reported to the {@link ServiceEventListener}s as a {@link ServiceEvent}. SLA near-breaches and breaches
 * are found when a case changes and by {@link #checkSlas()}, which the host calls periodically (every
 * minute, say) from its own scheduler; the desk owns no threads. Time comes from the injected {@link Clock};
 * message times come from the interactions.
 *
 * <p>State lives in memory; the store holds the interactions and the audit history. Thread-safe: every
 * method takes one lock, so calls are serialised; {@link ReplyChannel#send} runs outside it.
 *
 * <pre>{@code
 * ServiceDesk desk = ServiceDesk.builder(store)
 *         .clock(clock)
 *         .sla(SlaPolicy.builder(BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *                         .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build())
 *                 .target(SlaTarget.of(Priority.HIGH, Duration.ofHours(1), Duration.ofHours(2), Duration.ofDays(1)))
 *                 .build())
 *         .agent(Agent.of("ana", "care", 5))
 *         .listener(events::add)
 *         .build();
 * IngestResult r = desk.ingest(mention);
 * desk.reply(ReplyRequest.byAgent(r.caseId(), mention.id(), AgentId.of("ana"), Visibility.PUBLIC, "On it!"));
 * }</pre>
 */
public final class ServiceDesk {

    /** The default reopen window: a message within 7 days of resolution reopens its conversation's case. */
    public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(7);
    /** The default history window: complaints opened within 90 days count for escalation. */
    public static final Duration DEFAULT_HISTORY_WINDOW = Duration.ofDays(90);
    /** The default team, when no routing policy is set. */
    public static final TeamId DEFAULT_TEAM = TeamId.of("care");

    private final DeskEngine engine;

    private ServiceDesk(DeskEngine engine) {
        this.engine = engine;
    }

    /**
     * A builder for a desk on a store.
     *
     * @param store where interactions and audit events go
     * @return the builder
     */
    public static Builder builder(ScrmStore store) {
        return new Builder(Objects.requireNonNull(store, "store"));
    }

    /**
     * Takes one interaction into the inbox. Idempotent: an interaction id the desk has seen changes nothing.
     * The interaction is appended to the store.
     *
     * @param interaction the interaction, inbound or outbound
     * @return what happened to it
     */
    public IngestResult ingest(Interaction interaction) {
        return engine.ingest(interaction);
    }

    /**
     * Checks a reply against the platform's {@link ReplyPolicy}, sends it through the platform's
     * {@link ReplyChannel} and records it as an outbound interaction of the case. A human reply stops the
     * case's running first- or next-response clock; an automated one stops none.
     *
     * @param request the reply
     * @return the recorded outbound interaction
     * @throws ReplyNotAllowedException if the case is closed, the message answered is not in the case, no
     *     channel serves the platform or the platform's policy forbids the reply
     * @throws NotFoundException if the case is unknown
     */
    public Interaction reply(ReplyRequest request) {
        return engine.reply(request);
    }

    /**
     * Assigns an active case to an agent, whatever their capacity (a supervisor's decision).
     *
     * @param caseId the case
     * @param agent the agent, who must be registered
     * @param actor who assigns it, for example {@code agent:lead}
     * @return the case after the change
     * @throws NotFoundException if the case is unknown
     * @throws IllegalArgumentException if the agent is not registered or the actor is not a token
     * @throws CaseTransitionException if the case is not open or pending
     */
    public ServiceCase assign(CaseId caseId, AgentId agent, String actor) {
        return engine.assign(caseId, agent, actor);
    }

    /**
     * Sets an open case pending (waiting on the customer): its SLA clocks pause until the customer writes
     * or {@link #resume} is called.
     *
     * @param caseId the case
     * @param actor who
     * @return the case after the change
     * @throws NotFoundException if the case is unknown
     * @throws CaseTransitionException if the case is not open
     */
    public ServiceCase pending(CaseId caseId, String actor) {
        return engine.pending(caseId, actor);
    }

    /**
     * Resumes a pending case; its clocks run again.
     *
     * @param caseId the case
     * @param actor who
     * @return the case after the change
     * @throws NotFoundException if the case is unknown
     * @throws CaseTransitionException if the case is not pending
     */
    public ServiceCase resume(CaseId caseId, String actor) {
        return engine.resume(caseId, actor);
    }

    /**
     * Resolves an open or pending case: its clocks stop and its agent's capacity frees up.
     *
     * @param caseId the case
     * @param actor who
     * @return the case after the change
     * @throws NotFoundException if the case is unknown
     * @throws CaseTransitionException if the case is resolved or merged
     */
    public ServiceCase resolve(CaseId caseId, String actor) {
        return engine.resolve(caseId, actor);
    }

    /**
     * Reopens a resolved case: its resolution clock runs again and the next customer message starts a new
     * turn.
     *
     * @param caseId the case
     * @param actor who
     * @return the case after the change
     * @throws NotFoundException if the case is unknown
     * @throws CaseTransitionException if the case is not resolved
     */
    public ServiceCase reopen(CaseId caseId, String actor) {
        return engine.reopen(caseId, actor);
    }

    /**
     * Merges a duplicate case into an active one: the duplicate's conversations move to the target, the
     * duplicate becomes {@link CaseStatus#MERGED} and its clocks stop; the target keeps the higher priority.
     *
     * @param duplicate the duplicate
     * @param into the case that stays
     * @param actor who
     * @return the case that stays, after the change
     * @throws NotFoundException if a case is unknown
     * @throws IllegalArgumentException if both are the same case
     * @throws CaseTransitionException if the duplicate is already merged or the target is not active
     */
    public ServiceCase merge(CaseId duplicate, CaseId into, String actor) {
        return engine.merge(duplicate, into, actor);
    }

    /**
     * Adds an agent or replaces one (for example to change availability or capacity); waiting cases of their
     * teams are assigned at once when they become eligible.
     *
     * @param agent the agent
     */
    public void agent(Agent agent) {
        engine.agent(agent);
    }

    /**
     * The registered agents with the number of active cases each holds.
     *
     * @return agent to load, by agent id
     */
    public Map<Agent, Integer> agents() {
        return engine.agents();
    }

    /**
     * Emits every SLA near-breach and breach that has happened by the clock's now and was not yet reported.
     * Call it periodically.
     *
     * @return the events emitted by this call, in order
     */
    public List<ServiceEvent> checkSlas() {
        return engine.checkSlas();
    }

    /**
     * One case.
     *
     * @param caseId the id
     * @return the case, or empty when unknown
     */
    public Optional<ServiceCase> find(CaseId caseId) {
        return engine.find(caseId);
    }

    /**
     * Every case, in the order they were opened.
     *
     * @return the cases
     */
    public List<ServiceCase> cases() {
        return engine.cases();
    }

    /**
     * The active (open and pending) cases in working order: highest priority first, then the nearest running
     * SLA deadline, then the oldest.
     *
     * @return the cases
     */
    public List<ServiceCase> inbox() {
        return engine.inbox();
    }

    /**
     * One conversation.
     *
     * @param id the id
     * @return the conversation, or empty when unknown
     */
    public Optional<Conversation> conversation(ConversationId id) {
        return engine.conversation(id);
    }

    /**
     * The conversation an interaction was threaded into.
     *
     * @param interaction the interaction's id
     * @return the conversation, or empty when the interaction was not threaded
     */
    public Optional<Conversation> conversationOf(InteractionId interaction) {
        return engine.conversationOf(interaction);
    }

    /**
     * A customer's full history for a care employee: every interaction through every identity linked to
     * them, every reply to them, every change to their cases and every change to their customer record, in
     * order (see {@link TimelineEntry} for the order). Audit entries about appended interactions are left
     * out, since the interactions themselves are listed.
     *
     * @param customer the customer
     * @return the entries, empty for an unknown customer
     */
    public List<TimelineEntry> timeline(CustomerId customer) {
        return engine.timeline(customer);
    }

    /**
     * Builds a {@link ServiceDesk}. Setters validate at once; {@link #build()} may be called again and
     * leaves the builder unchanged. Not thread-safe.
     */
    public static final class Builder {
        private final ScrmStore store;
        private Clock clock = Clock.systemUTC();
        private TriageClassifier classifier;
        private RoutingPolicy routing = RoutingPolicy.singleTeam(RoutingPolicy.Strategy.LEAST_LOADED, DEFAULT_TEAM);
        private SlaPolicy sla = SlaPolicy.none();
        private final Map<dev.scrm.engage.AgentId, Agent> agents = new TreeMap<>();
        private final Map<Platform, ReplyChannel> channels = new LinkedHashMap<>();
        private final List<ServiceEventListener> listeners = new ArrayList<>();
        private Duration reopenWindow = DEFAULT_REOPEN_WINDOW;
        private Duration historyWindow = DEFAULT_HISTORY_WINDOW;

        private Builder(ScrmStore store) {
            this.store = store;
        }

        /**
         * Sets the clock for case changes and SLA checks (default the system UTC clock).
         *
         * @param value the clock for case changes and SLA checks (default the system UTC clock)
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the triage classifier.
         *
         * @param value the triage classifier (default {@link RuleBasedTriageClassifier#ofDefaults()})
         * @return this builder
         */
        public Builder classifier(TriageClassifier value) {
            this.classifier = Objects.requireNonNull(value, "classifier");
            return this;
        }

        /**
         * Sets the routing policy.
         *
         * @param value the routing policy (default: every case to team {@code care}, least loaded)
         * @return this builder
         */
        public Builder routing(RoutingPolicy value) {
            this.routing = Objects.requireNonNull(value, "routing");
            return this;
        }

        /**
         * Sets the SLA policy (default {@link SlaPolicy#none()}).
         *
         * @param value the SLA policy (default {@link SlaPolicy#none()})
         * @return this builder
         */
        public Builder sla(SlaPolicy value) {
            this.sla = Objects.requireNonNull(value, "sla");
            return this;
        }

        /**
         * Registers an agent.
         *
         * @param value the agent
         * @return this builder
         * @throws IllegalStateException if an agent with that id is already registered
         */
        public Builder agent(Agent value) {
            Objects.requireNonNull(value, "agent");
            if (agents.containsKey(value.id())) {
                throw new IllegalStateException("agent " + value.id() + " is already registered");
            }
            agents.put(value.id(), value);
            return this;
        }

        /**
         * Registers the reply channel of a platform (the platform its policy names).
         *
         * @param value the channel
         * @return this builder
         * @throws IllegalStateException if a channel for that platform is already registered
         */
        public Builder replyChannel(ReplyChannel value) {
            Objects.requireNonNull(value, "replyChannel");
            Platform p = Objects.requireNonNull(value.policy(), "replyChannel.policy()").platform();
            if (channels.containsKey(p)) {
                throw new IllegalStateException("a reply channel for platform '" + p + "' is already registered");
            }
            channels.put(p, value);
            return this;
        }

        /**
         * Adds a listener.
         *
         * @param value a listener, added
         * @return this builder
         */
        public Builder listener(ServiceEventListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Sets the reopen window.
         *
         * @param value how long after resolution a customer message reopens its conversation's case (default
         *     {@link ServiceDesk#DEFAULT_REOPEN_WINDOW}; zero never reopens, so a new case opens)
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder reopenWindow(Duration value) {
            if (Objects.requireNonNull(value, "reopenWindow").isNegative()) {
                throw new IllegalArgumentException("reopenWindow must not be negative");
            }
            this.reopenWindow = value;
            return this;
        }

        /**
         * Sets the history window for escalations.
         *
         * @param value how far back a customer's complaints count for escalation (default
         *     {@link ServiceDesk#DEFAULT_HISTORY_WINDOW})
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder historyWindow(Duration value) {
            if (Objects.requireNonNull(value, "historyWindow").isNegative()) {
                throw new IllegalArgumentException("historyWindow must not be negative");
            }
            this.historyWindow = value;
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return a new desk with an empty inbox
         */
        public ServiceDesk build() {
            TriageClassifier c = classifier != null ? classifier : RuleBasedTriageClassifier.ofDefaults();
            return new ServiceDesk(new DeskEngine(new DeskEngine.Config(store, clock, c, routing, sla,
                    List.copyOf(agents.values()), Map.copyOf(channels), List.copyOf(listeners), reopenWindow,
                    historyWindow)));
        }
    }
}
