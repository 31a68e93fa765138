package dev.scrm.metrics;

import dev.scrm.engage.AgentId;
import dev.scrm.engage.CaseId;
import dev.scrm.engage.Intent;
import dev.scrm.engage.ServiceEvent;
import dev.scrm.engage.ServiceEventListener;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Feeds the {@code care.*} KPIs of a {@link MetricsEngine} from the events of a
 * {@link dev.scrm.engage.ServiceDesk}: register it with
 * {@link dev.scrm.engage.ServiceDesk.Builder#listener(ServiceEventListener)}.
 *
 * <p>A desk case is one KPI conversation ({@link CaseId} value to {@link ConversationId}). The mapping:
 * <ul>
 * <li>{@link ServiceEvent.CaseOpened} (the case's first message) and {@link ServiceEvent.CustomerMessage}
 * (every later one) become {@link CareEventType#INBOUND}; they are actionable unless the case was triaged as
 * {@link Intent#SPAM};</li>
 * <li>{@link ServiceEvent.FirstResponse} and {@link ServiceEvent.NextResponse} become
 * {@link CareEventType#AGENT_REPLY} with the agent's id when known;</li>
 * <li>{@link ServiceEvent.AutoReplySent} becomes {@link CareEventType#AUTOMATED_REPLY};</li>
 * <li>{@link ServiceEvent.CaseResolved} becomes {@link CareEventType#RESOLVED} and
 * {@link ServiceEvent.CaseReopened} {@link CareEventType#REOPENED};</li>
 * <li>assignments, pending and resumed periods, merges and SLA warnings carry nothing the {@code care.*}
 * KPIs read and are ignored. After a merge the target case's later events go to the target's conversation;
 * the duplicate keeps what it had.</li>
 * </ul>
 *
 * <p>The desk emits a response event only for the human reply that answers a customer turn, so a second
 * agent reply within the same turn adds nothing here; that is also what the KPIs count.
 *
 * <p><b>Definitions.</b> The desk and the engine measure differently, and each KPI keeps its own definition:
 * {@code care.first_response_time@1} is wall-clock time from the case's first message; the desk's
 * {@link ServiceEvent.FirstResponse#businessTime()} is business time under the case's SLA calendar, not
 * counting pending periods. {@code care.first_response_time.business_hours@1} uses the engine's own
 * {@link BusinessCalendar} (see {@link MetricsEngine.Builder#businessCalendar(BusinessCalendar)}) and does
 * not know about pending periods. {@code care.sla_attainment@1} compares the wall-clock first response with
 * one target (its {@code targetSeconds} parameter) for every conversation; the desk's per-priority,
 * business-hours attainment is {@link ServiceEvent.FirstResponse#withinTarget()}. Two events of one case
 * with the same type and instant are one event to the engine, which de-duplicates.
 *
 * <p>Thread-safe, cheap and non-blocking, as a {@link ServiceEventListener} must be. It never throws for an
 * event it does not map. It remembers one flag per case (whether it is actionable), so its memory grows with
 * the number of cases, like the engine's own per-conversation events.
 */
public final class ServiceEventBridge implements ServiceEventListener {

    private final MetricsEngine engine;
    private final String brand;
    private final ConcurrentMap<CaseId, Boolean> actionable = new ConcurrentHashMap<>();

    private ServiceEventBridge(MetricsEngine engine, String brand) {
        this.engine = engine;
        this.brand = brand;
    }

    /**
     * A bridge whose events carry no brand.
     *
     * @param engine the engine to feed
     * @return the bridge
     * @throws NullPointerException if the engine is null
     */
    public static ServiceEventBridge of(MetricsEngine engine) {
        return new ServiceEventBridge(Objects.requireNonNull(engine, "engine"), null);
    }

    /**
     * A bridge whose events are the given brand's, so brand-filtered queries see them.
     *
     * @param engine the engine to feed
     * @param brand the brand the desk serves
     * @return the bridge
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the brand is blank
     */
    public static ServiceEventBridge of(MetricsEngine engine, String brand) {
        Objects.requireNonNull(brand, "brand");
        if (brand.isBlank()) {
            throw new IllegalArgumentException("brand must not be blank");
        }
        return new ServiceEventBridge(Objects.requireNonNull(engine, "engine"), brand);
    }

    @Override
    public void onEvent(ServiceEvent event) {
        Objects.requireNonNull(event, "event");
        toCareEvent(event).ifPresent(engine::ingest);
    }

    /**
     * The care event a service event maps to, without ingesting it; also records the case's triage for the
     * case's later messages.
     *
     * @param event the service event
     * @return the care event, or empty when the event has no {@code care.*} meaning
     * @throws NullPointerException if the event is null
     */
    public Optional<CareEvent> toCareEvent(ServiceEvent event) {
        Objects.requireNonNull(event, "event");
        ConversationId conversation = ConversationId.of(event.caseId().value());
        if (event instanceof ServiceEvent.CaseOpened o) {
            boolean act = o.intent() != Intent.SPAM;
            actionable.put(o.caseId(), act);
            return Optional.of(new CareEvent(conversation, CareEventType.INBOUND, o.at(), brand, null, act));
        }
        if (event instanceof ServiceEvent.CustomerMessage m) {
            boolean act = actionable.getOrDefault(m.caseId(), Boolean.TRUE);
            return Optional.of(new CareEvent(conversation, CareEventType.INBOUND, m.at(), brand, null, act));
        }
        if (event instanceof ServiceEvent.FirstResponse f) {
            return Optional.of(reply(conversation, f.at(), f.agent()));
        }
        if (event instanceof ServiceEvent.NextResponse n) {
            return Optional.of(reply(conversation, n.at(), n.agent()));
        }
        if (event instanceof ServiceEvent.AutoReplySent a) {
            return Optional.of(new CareEvent(conversation, CareEventType.AUTOMATED_REPLY, a.at(), brand, null, false));
        }
        if (event instanceof ServiceEvent.CaseResolved r) {
            return Optional.of(new CareEvent(conversation, CareEventType.RESOLVED, r.at(), brand, null, false));
        }
        if (event instanceof ServiceEvent.CaseReopened r) {
            return Optional.of(new CareEvent(conversation, CareEventType.REOPENED, r.at(), brand, null, false));
        }
        return Optional.empty();
    }

    private CareEvent reply(ConversationId conversation, Instant at, AgentId agent) {
        return new CareEvent(conversation, CareEventType.AGENT_REPLY, at, brand, agent == null ? null : agent.value(),
                false);
    }
}
