package dev.scrm.engage;

import dev.scrm.core.CustomerId;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a case, as the {@link ServiceDesk} reports it to {@link ServiceEventListener}s:
 * the raw material of service KPIs (first and next response times, resolution times, SLA attainment).
 *
 * <p>Events are numbered from 1 in the order the desk emitted them; {@code at} is when the fact happened
 * (for a breach, the deadline that passed), so a breach found by a later {@link ServiceDesk#checkSlas()}
 * carries the deadline, not the check time. Durations are wall-clock time and business time under the
 * case's SLA calendar. Only human responses are {@link FirstResponse}s and {@link NextResponse}s; automated
 * replies are {@link AutoReplySent}. All events are immutable and thread-safe, and carry no personal data.
 */
public sealed interface ServiceEvent {

    /**
     * The event's position in the desk's event stream, from 1.
     *
     * @return the sequence
     */
    long sequence();

    /**
     * When it happened.
     *
     * @return the instant
     */
    Instant at();

    /**
     * The case it is about.
     *
     * @return the case id
     */
    CaseId caseId();

    /**
     * A case was opened by an inbound message.
     *
     * @param sequence the sequence
     * @param at the first message's time
     * @param caseId the case
     * @param customer the customer, or {@code null} when the sender is not linked to one
     * @param platform the platform of the first message
     * @param intent the triaged intent
     * @param priority the triaged priority
     */
    record CaseOpened(long sequence, Instant at, CaseId caseId, CustomerId customer, Platform platform,
            Intent intent, Priority priority) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public CaseOpened {
            check(at, caseId);
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(priority, "priority");
        }
    }

    /**
     * A case was given to a team, and to an agent when one was eligible.
     *
     * @param sequence the sequence
     * @param at when
     * @param caseId the case
     * @param team the team
     * @param agent the agent, or {@code null} while the case waits in the team's queue
     * @param actor who assigned it ({@code system:router} for the router)
     */
    record CaseAssigned(long sequence, Instant at, CaseId caseId, TeamId team, AgentId agent, String actor)
            implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public CaseAssigned {
            check(at, caseId);
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * A customer message joined a case.
     *
     * @param sequence the sequence
     * @param at the message's time
     * @param caseId the case
     * @param interaction the message
     * @param conversation its conversation
     * @param newTurn whether it starts a new customer turn (the first message after a response), which
     *     starts the next-response clock
     */
    record CustomerMessage(long sequence, Instant at, CaseId caseId, InteractionId interaction,
            ConversationId conversation, boolean newTurn) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public CustomerMessage {
            check(at, caseId);
            Objects.requireNonNull(interaction, "interaction");
            Objects.requireNonNull(conversation, "conversation");
        }
    }

    /**
     * The first human response of a case.
     *
     * @param sequence the sequence
     * @param at the response's time
     * @param caseId the case
     * @param platform the platform of the case's first message
     * @param priority the case's priority
     * @param team the case's team, or {@code null}
     * @param agent the responding agent, or {@code null} when not known (a reply made on the platform)
     * @param wallClock the time since the case's first message
     * @param businessTime the same in business time, not counting pending periods
     * @param target the first-response target, or {@code null} when there is none
     * @param withinTarget whether the business time is within the target (true when there is none)
     */
    record FirstResponse(long sequence, Instant at, CaseId caseId, Platform platform, Priority priority,
            TeamId team, AgentId agent, Duration wallClock, Duration businessTime, Duration target,
            boolean withinTarget) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public FirstResponse {
            check(at, caseId);
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(wallClock, "wallClock");
            Objects.requireNonNull(businessTime, "businessTime");
        }
    }

    /**
     * A human response to a later customer turn.
     *
     * @param sequence the sequence
     * @param at the response's time
     * @param caseId the case
     * @param platform the platform of the case's first message
     * @param priority the case's priority
     * @param team the case's team, or {@code null}
     * @param agent the responding agent, or {@code null} when not known
     * @param wallClock the time since the turn's first message
     * @param businessTime the same in business time, not counting pending periods
     * @param target the next-response target, or {@code null}
     * @param withinTarget whether the business time is within the target (true when there is none)
     */
    record NextResponse(long sequence, Instant at, CaseId caseId, Platform platform, Priority priority,
            TeamId team, AgentId agent, Duration wallClock, Duration businessTime, Duration target,
            boolean withinTarget) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public NextResponse {
            check(at, caseId);
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(wallClock, "wallClock");
            Objects.requireNonNull(businessTime, "businessTime");
        }
    }

    /**
     * An automated reply (acknowledgement, bot answer) was sent; it stops no SLA clock.
     *
     * @param sequence the sequence
     * @param at when it was sent
     * @param caseId the case
     * @param interaction the reply
     */
    record AutoReplySent(long sequence, Instant at, CaseId caseId, InteractionId interaction)
            implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public AutoReplySent {
            check(at, caseId);
            Objects.requireNonNull(interaction, "interaction");
        }
    }

    /**
     * A case now waits on the customer; its SLA clocks pause.
     *
     * @param sequence the sequence
     * @param at when
     * @param caseId the case
     * @param actor who set it pending
     */
    record CasePending(long sequence, Instant at, CaseId caseId, String actor) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public CasePending {
            check(at, caseId);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * A pending case is open again (the customer answered or an agent resumed it); its clocks run again.
     *
     * @param sequence the sequence
     * @param at when
     * @param caseId the case
     * @param actor who resumed it
     */
    record CaseResumed(long sequence, Instant at, CaseId caseId, String actor) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public CaseResumed {
            check(at, caseId);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * A case was resolved.
     *
     * @param sequence the sequence
     * @param at when
     * @param caseId the case
     * @param actor who resolved it
     * @param wallClock the time since the case was opened
     * @param businessTime the business time the case was open, summed over its open intervals and not
     *     counting pending periods
     * @param target the resolution target, or {@code null}
     * @param withinTarget whether the business time is within the target (true when there is none)
     */
    record CaseResolved(long sequence, Instant at, CaseId caseId, String actor, Duration wallClock,
            Duration businessTime, Duration target, boolean withinTarget) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public CaseResolved {
            check(at, caseId);
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(wallClock, "wallClock");
            Objects.requireNonNull(businessTime, "businessTime");
        }
    }

    /**
     * A resolved case was reopened.
     *
     * @param sequence the sequence
     * @param at when
     * @param caseId the case
     * @param actor who reopened it ({@code system:inbox} when a new customer message did)
     */
    record CaseReopened(long sequence, Instant at, CaseId caseId, String actor) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public CaseReopened {
            check(at, caseId);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * A duplicate case was merged into another one; its conversations now belong to the target.
     *
     * @param sequence the sequence
     * @param at when
     * @param caseId the duplicate, now {@link CaseStatus#MERGED}
     * @param into the case it was merged into
     * @param actor who merged them
     */
    record CaseMerged(long sequence, Instant at, CaseId caseId, CaseId into, String actor) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public CaseMerged {
            check(at, caseId);
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * An SLA clock passed its near-breach point (the policy's ratio of its target).
     *
     * @param sequence the sequence
     * @param at the near-breach point
     * @param caseId the case
     * @param metric the clock
     * @param deadline when it will breach if it keeps running
     * @param target the target
     */
    record SlaNearBreach(long sequence, Instant at, CaseId caseId, SlaMetric metric, Instant deadline,
            Duration target) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a field is null
         */
        public SlaNearBreach {
            check(at, caseId);
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * An SLA clock passed its target.
     *
     * @param sequence the sequence
     * @param at the deadline that passed
     * @param caseId the case
     * @param metric the clock
     * @param target the target
     * @param team the case's team at the time, or {@code null}
     * @param agent the case's agent at the time, or {@code null}
     */
    record SlaBreached(long sequence, Instant at, CaseId caseId, SlaMetric metric, Duration target, TeamId team,
            AgentId agent) implements ServiceEvent {
        /**
         * Validates the event.
         *
         * @throws NullPointerException if a required field is null
         */
        public SlaBreached {
            check(at, caseId);
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(target, "target");
        }
    }

    private static void check(Instant at, CaseId caseId) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(caseId, "caseId");
    }
}
