package dev.scrm.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.KpiId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.Window;
import dev.scrm.engage.Agent;
import dev.scrm.engage.AgentId;
import dev.scrm.engage.CaseId;
import dev.scrm.engage.IngestResult;
import dev.scrm.engage.OutboundReply;
import dev.scrm.engage.ReplyChannel;
import dev.scrm.engage.ReplyPolicy;
import dev.scrm.engage.ReplyRequest;
import dev.scrm.engage.RoutingPolicy;
import dev.scrm.engage.SentReply;
import dev.scrm.engage.ServiceDesk;
import dev.scrm.engage.ServiceEvent;
import dev.scrm.engage.TeamId;
import dev.scrm.engage.Visibility;
import dev.scrm.store.ScrmStore;
import dev.scrm.testkit.connector.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A scripted service day (Tuesday 2026-11-24, times UTC) on Mastodon, X and Reddit, run through a real
 * {@link ServiceDesk} with the bridge as its listener; the {@code care.*} KPIs the engine computes are checked
 * against figures worked out by hand from the script.
 */
class ServiceEventBridgeTest {

    static final PlatformAccountId ANA = PlatformAccountId.of(Platform.MASTODON, "ana-m");
    static final PlatformAccountId CY = PlatformAccountId.of(Platform.X, "cy-x");
    static final PlatformAccountId SPAMMER = PlatformAccountId.of(Platform.MASTODON, "bot-m");
    static final PlatformAccountId DEE = PlatformAccountId.of(Platform.REDDIT, "t2_dee");
    static final PlatformAccountId BO = PlatformAccountId.of(Platform.REDDIT, "t2_bo");
    static final PlatformAccountId EVE = PlatformAccountId.of(Platform.MASTODON, "eve-m");
    static final PlatformAccountId FAY = PlatformAccountId.of(Platform.X, "fay-x");
    static final AgentId ALICE = AgentId.of("alice");
    static final AgentId BRUNO = AgentId.of("bruno");
    static final Window DAY = Window.of(Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z"));

    final ManualClock clock = ManualClock.at(Instant.parse("2026-11-24T08:00:00Z"));
    final MetricsEngine engine = MetricsEngine.builder().clock(clock).build();
    final List<ServiceEvent> events = new ArrayList<>();
    final Map<String, Interaction> messages = new HashMap<>();
    ServiceDesk desk;

    /** Posts every reply at the clock's time with the ids out-1, out-2, ... on its platform. */
    final class Channel implements ReplyChannel {
        final ReplyPolicy policy;
        int n;

        Channel(Platform platform) {
            this.policy = ReplyPolicy.permissive(platform);
        }

        @Override
        public ReplyPolicy policy() {
            return policy;
        }

        @Override
        public synchronized SentReply send(OutboundReply reply) {
            return new SentReply(InteractionId.of(policy.platform(), "out-" + (++n)), clock.instant(), null);
        }
    }

    void setUp() {
        ServiceEventBridge bridge = ServiceEventBridge.of(engine, "acme");
        desk = ServiceDesk.builder(ScrmStore.inMemory(clock)).clock(clock).listener(bridge).listener(events::add)
                .agent(Agent.of("alice", "care", 5)).agent(Agent.of("bruno", "care", 5))
                .routing(RoutingPolicy.singleTeam(RoutingPolicy.Strategy.ROUND_ROBIN, TeamId.of("care")))
                .replyChannel(new Channel(Platform.MASTODON)).replyChannel(new Channel(Platform.X))
                .replyChannel(new Channel(Platform.REDDIT)).build();
    }

    /** Moves the clock forward to a time of the script; the script never goes back. */
    void at(String utc) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(utc)));
    }

    IngestResult in(String utc, String id, InteractionKind kind, PlatformAccountId who, String text, String parent) {
        at(utc);
        Interaction.Builder b = Interaction.builder(InteractionId.of(who.platform(), id)).kind(kind)
                .direction(Direction.INBOUND).occurredAt(clock.instant()).author(who).text(text)
                .provenance(Provenance.of("connector:" + who.platform().id(), clock.instant()));
        if (parent != null) {
            b.inReplyTo(messages.get(parent).id());
        }
        Interaction i = b.build();
        messages.put(id, i);
        IngestResult r = desk.ingest(i);
        desk.checkSlas();
        return r;
    }

    void reply(String utc, String name, CaseId c, String to, AgentId agent) {
        at(utc);
        ReplyRequest request = agent == null
                ? ReplyRequest.automated(c, messages.get(to).id(), Visibility.PUBLIC, "Thanks, an agent will answer soon.")
                : ReplyRequest.byAgent(c, messages.get(to).id(), agent, Visibility.PUBLIC, "We are looking into it.");
        messages.put(name, desk.reply(request));
        desk.checkSlas();
    }

    double kpi(String id, String... parameters) {
        MetricQuery.Builder q = MetricQuery.builder(KpiId.parse(id), DAY).brand("acme");
        for (int i = 0; i < parameters.length; i += 2) {
            q.parameter(parameters[i], parameters[i + 1]);
        }
        return engine.explain(q.build()).value();
    }

    @Test
    void onEvent_scriptedDeskDay_givesHandComputedCareKpis() {
        setUp();
        // 09:00 Ana complains on Mastodon (case-1); 09:01 an automatic acknowledgement, not a response
        CaseId c1 = in("2026-11-24T09:00:00Z", "m1", InteractionKind.MENTION, ANA,
                "My blender arrived broken, I want a refund", null).caseId();
        reply("2026-11-24T09:01:00Z", "auto", c1, "m1", null);
        // 09:10 Cy asks on X (case-2); 09:20 a spam bot, which opens no case
        CaseId c2 = in("2026-11-24T09:10:00Z", "x2", InteractionKind.MENTION, CY,
                "How do I reset the timer on the X200?", null).caseId();
        IngestResult spam = in("2026-11-24T09:20:00Z", "m3", InteractionKind.MENTION, SPAMMER,
                "crypto giveaway!!! free followers, link in bio", null);
        // 09:30 alice answers Ana: first response 30 min
        reply("2026-11-24T09:30:00Z", "a1", c1, "m1", ALICE);
        // 09:40 Dee asks on Reddit (case-3); 09:50 answered: 10 min
        CaseId c3 = in("2026-11-24T09:40:00Z", "r4", InteractionKind.MENTION, DEE,
                "Is the shop open on Sunday?", null).caseId();
        reply("2026-11-24T09:50:00Z", "a2", c3, "r4", ALICE);
        // 10:00 Bo praises on Reddit (case-4); Ana answers alice: a new turn of case-1
        CaseId c4 = in("2026-11-24T10:00:00Z", "r5", InteractionKind.COMMENT, BO,
                "Thanks, love the new jug, amazing", null).caseId();
        in("2026-11-24T10:00:30Z", "m6", InteractionKind.REPLY, ANA, "Still broken, nothing changed", "a1");
        // 10:20 alice answers Ana again: next response 19 min 30 s; 10:30 case-1 resolved
        reply("2026-11-24T10:20:00Z", "a3", c1, "m6", ALICE);
        at("2026-11-24T10:30:00Z");
        desk.resolve(c1, "agent:alice");
        // 10:30 Eve asks on Mastodon (case-5) and never gets an answer
        CaseId c5 = in("2026-11-24T10:30:00Z", "m7", InteractionKind.MENTION, EVE,
                "Where can I find the manual for the X200?", null).caseId();
        // 11:00 Ana writes again: case-1 reopens, a new turn; 11:10 Cy answered: 120 min
        in("2026-11-24T11:00:00Z", "m8", InteractionKind.REPLY, ANA, "It broke again today", "a3");
        reply("2026-11-24T11:10:00Z", "a4", c2, "x2", BRUNO);
        // 11:15 alice answers Ana: next response 15 min
        reply("2026-11-24T11:15:00Z", "a5", c1, "m8", ALICE);
        // 12:00 Dee's case-3 is resolved: 140 min after it opened
        at("2026-11-24T12:00:00Z");
        desk.resolve(c3, "agent:alice");
        // 14:00 Bo answered: 240 min
        reply("2026-11-24T14:00:00Z", "a6", c4, "r5", BRUNO);
        // 16:50 Fay asks on X (case-6); 17:05 answered: 15 min
        CaseId c6 = in("2026-11-24T16:50:00Z", "x9", InteractionKind.MENTION, FAY,
                "Do you ship the X200 to Norway?", null).caseId();
        reply("2026-11-24T17:05:00Z", "a7", c6, "x9", BRUNO);
        at("2026-11-25T09:00:00Z");

        assertThat(spam.caseId()).isNull();
        assertThat(List.of(c1, c2, c3, c4, c5, c6)).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(events).filteredOn(ServiceEvent.CaseReopened.class::isInstance).singleElement()
                .satisfies(e -> assertThat(e.caseId()).isEqualTo(c1));
        assertThat(events).filteredOn(ServiceEvent.NextResponse.class::isInstance).hasSize(2);

        // first responses in minutes (wall clock): 10, 15, 30, 120, 240; case-5 unanswered
        // p50 (type 7) = 30 min; p90: h = 4 * 0.9 = 3.6 -> 120 + 0.6 * (240 - 120) = 192 min
        assertThat(kpi("care.first_response_time@1", "statistic", "p50")).isCloseTo(30 * 60, within(1e-6));
        assertThat(kpi("care.first_response_time@1", "statistic", "p90")).isCloseTo(192 * 60, within(1e-6));
        assertThat(kpi("care.first_response_time@1", "statistic", "mean")).isCloseTo(83 * 60, within(1e-6));
        // nearest rank: p90 = ceil(0.9 * 5) = 5th value
        assertThat(kpi("care.first_response_time@1", "statistic", "p90", "method", "NEAREST_RANK"))
                .isCloseTo(240 * 60, within(1e-6));
        // SLA 1 h: met 10, 15, 30; eligible the five answered plus case-5, unanswered past its deadline: 3 / 6
        assertThat(kpi("care.sla_attainment@1", "targetSeconds", "3600")).isCloseTo(0.5, within(1e-12));
        // SLA 2 h: 120 min is within (<=) the target: 4 / 6
        assertThat(kpi("care.sla_attainment@1", "targetSeconds", "7200")).isCloseTo(4.0 / 6, within(1e-12));
        // actionable inbound: case-1 three (all answered later), cases 2, 3, 4, 6 answered, case-5 not: 7 / 8;
        // the spam message opened no case and is not counted, the acknowledgement answers nothing
        assertThat(kpi("care.response_rate@1")).isCloseTo(7.0 / 8, within(1e-12));
        // next responses of case-1: 19.5 min and 15 min -> median 17.25 min
        assertThat(kpi("care.next_response_time@1", "statistic", "p50")).isCloseTo(17.25 * 60, within(1e-6));
        // resolution: case-3 after 140 min; case-1 was resolved, then reopened and is open again, so it has none
        assertThat(kpi("care.resolution_time@1", "statistic", "mean")).isCloseTo(140 * 60, within(1e-6));
    }

    @Test
    void toCareEvent_eachEventKind_mapsAsDocumented() {
        ServiceEventBridge bridge = ServiceEventBridge.of(engine);
        Instant t = Instant.parse("2026-11-24T09:00:00Z");
        CaseId c = CaseId.of("case-9");
        CareEvent opened = bridge.toCareEvent(new ServiceEvent.CaseOpened(1, t, c, null, Platform.X,
                dev.scrm.engage.Intent.SPAM, dev.scrm.engage.Priority.LOW)).orElseThrow();
        assertThat(opened.type()).isEqualTo(CareEventType.INBOUND);
        assertThat(opened.actionable()).isFalse();
        assertThat(opened.conversation()).isEqualTo(ConversationId.of("case-9"));
        CareEvent later = bridge.toCareEvent(new ServiceEvent.CustomerMessage(2, t.plusSeconds(5), c,
                InteractionId.of(Platform.X, "1"), dev.scrm.engage.ConversationId.of("conv-1"), false)).orElseThrow();
        assertThat(later.actionable()).isFalse();
        CareEvent first = bridge.toCareEvent(new ServiceEvent.FirstResponse(3, t.plusSeconds(60), c, Platform.X,
                dev.scrm.engage.Priority.LOW, null, BRUNO, java.time.Duration.ofMinutes(1),
                java.time.Duration.ofMinutes(1), null, true)).orElseThrow();
        assertThat(first.type()).isEqualTo(CareEventType.AGENT_REPLY);
        assertThat(first.agent()).isEqualTo("bruno");
        assertThat(bridge.toCareEvent(new ServiceEvent.AutoReplySent(4, t, c, InteractionId.of(Platform.X, "2")))
                .orElseThrow().type()).isEqualTo(CareEventType.AUTOMATED_REPLY);
        assertThat(bridge.toCareEvent(new ServiceEvent.CaseReopened(5, t, c, "system:inbox")).orElseThrow().type())
                .isEqualTo(CareEventType.REOPENED);
        assertThat(bridge.toCareEvent(new ServiceEvent.CasePending(6, t, c, "agent:bruno"))).isEmpty();
        assertThat(bridge.toCareEvent(new ServiceEvent.CaseAssigned(7, t, c, TeamId.of("care"), BRUNO, "system:router")))
                .isEmpty();
    }
}
