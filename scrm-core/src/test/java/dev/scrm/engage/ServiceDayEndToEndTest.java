package dev.scrm.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.FollowerCounts;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.SocialIdentity;
import dev.scrm.engage.IngestResult.Outcome;
import dev.scrm.store.ScrmStore;
import dev.scrm.store.TestClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A simulated service weekend on Mastodon, Reddit and X, from Friday 2026-10-23 to Monday 2026-10-26, across
 * the end of daylight-saving time in Berlin (Sunday 03:00 CEST becomes 02:00 CET). Every expected figure
 * below was computed by hand from the timeline in the comments; local times are Europe/Berlin.
 *
 * <p>Calendar: Monday to Friday 09:00-18:00, Saturday 10:00-14:00, Sunday closed. Targets (business time):
 * NORMAL first response 2 h, next response 4 h, resolution 24 h; HIGH 1 h, 2 h, 8 h; LOW first response
 * 8 h; URGENT first response 15 min and resolution 4 h around the clock.
 */
class ServiceDayEndToEndTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final PlatformAccountId ANA_M = PlatformAccountId.of(Platform.MASTODON, "ana-m");
    static final PlatformAccountId ANA_X = PlatformAccountId.of(Platform.X, "ana-x");
    static final PlatformAccountId BO_R = PlatformAccountId.of(Platform.REDDIT, "t2_bo");
    static final PlatformAccountId BO_M = PlatformAccountId.of(Platform.MASTODON, "bo-m");
    static final PlatformAccountId CY_X = PlatformAccountId.of(Platform.X, "cy-x");
    static final PlatformAccountId DEE_R = PlatformAccountId.of(Platform.REDDIT, "t2_dee");
    static final PlatformAccountId EVE_M = PlatformAccountId.of(Platform.MASTODON, "eve-m");
    static final PlatformAccountId FAY_X = PlatformAccountId.of(Platform.X, "fay-x");
    static final AgentId ALICE = AgentId.of("alice");
    static final AgentId BRUNO = AgentId.of("bruno");

    final TestClock clock = new TestClock(Instant.parse("2026-10-23T12:00:00Z"));
    final ScrmStore store = ScrmStore.inMemory(clock);
    final List<ServiceEvent> events = new ArrayList<>();
    final Map<String, Interaction> sent = new HashMap<>();
    ServiceDesk desk;

    static SlaPolicy policy() {
        BusinessCalendar office = BusinessCalendar.builder(BERLIN)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)).build();
        return SlaPolicy.builder(office)
                .target(SlaTarget.of(Priority.NORMAL, Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(24)))
                .target(SlaTarget.of(Priority.HIGH, Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(8)))
                .target(SlaTarget.of(Priority.LOW, Duration.ofHours(8), null, null))
                .target(SlaTarget.of(Priority.URGENT, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(4))
                        .withCalendar(BusinessCalendar.always(BERLIN)))
                .build();
    }

    /** A reply channel that posts with the ids {@code out-1}, {@code out-2}, ... per platform at the desk clock's time. */
    final class Channel implements ReplyChannel {
        final ReplyPolicy policy;
        int n;

        Channel(ReplyPolicy policy) {
            this.policy = policy;
        }

        @Override
        public ReplyPolicy policy() {
            return policy;
        }

        @Override
        public SentReply send(OutboundReply reply) {
            return new SentReply(InteractionId.of(policy.platform(), "out-" + (++n)), clock.instant(),
                    PlatformAccountId.of(policy.platform(), "brand"));
        }
    }

    void setUp() {
        // Ana and Bo are known customers with two linked accounts each; Fay is an unlinked influencer
        link("c-ana", ANA_M, ANA_X);
        link("c-bo", BO_R, BO_M);
        store.putIdentity(SocialIdentity.builder(FAY_X).followerCounts(new FollowerCounts(52_000, 300, clock.instant()))
                .observedAt(clock.instant()).build(), "test");
        desk = ServiceDesk.builder(store).clock(clock).sla(policy()).listener(events::add)
                .agent(Agent.of("alice", "care", 3)).agent(Agent.of("bruno", "care", 3))
                .routing(RoutingPolicy.singleTeam(RoutingPolicy.Strategy.ROUND_ROBIN, TeamId.of("care")))
                .replyChannel(new Channel(ReplyPolicy.permissive(Platform.MASTODON)))
                .replyChannel(new Channel(new ReplyPolicy(Platform.X, true, true, Duration.ofDays(1), false, null,
                        false, 280)))
                .build();
    }

    void link(String customer, PlatformAccountId... ids) {
        CustomerId c = CustomerId.of(customer);
        store.create(Customer.create(c, clock.instant()), "test");
        for (PlatformAccountId id : ids) {
            store.putIdentity(SocialIdentity.builder(id).observedAt(clock.instant()).build(), "test");
            store.link(id, c, new IdentityLink(LinkMethod.DECLARED, 1.0, "signup-form", clock.instant()), "test");
        }
    }

    /** Moves the clock to a UTC instant, then runs the periodic SLA check as a scheduler would. */
    void at(String utc) {
        clock.set(Instant.parse(utc));
    }

    IngestResult in(String utc, String id, InteractionKind kind, PlatformAccountId who, String text,
            Interaction parent, String dmConversation) {
        at(utc);
        Interaction.Builder b = Interaction.builder(InteractionId.of(who.platform(), id)).kind(kind)
                .direction(Direction.INBOUND).occurredAt(clock.instant()).author(who).text(text)
                .provenance(Provenance.of("connector:" + who.platform().id(), clock.instant()));
        if (parent != null) {
            b.inReplyTo(parent.id());
        }
        if (dmConversation != null) {
            b.conversationId(dmConversation);
        }
        Interaction i = b.build();
        sent.put(id, i);
        IngestResult r = desk.ingest(i);
        desk.checkSlas();
        return r;
    }

    Interaction agentReply(String utc, CaseId c, String to, AgentId agent, Visibility v) {
        at(utc);
        Interaction r = desk.reply(ReplyRequest.byAgent(c, sent.get(to).id(), agent, v, "Sorry about that, we are on it."));
        sent.put(r.id().nativeId() + "@" + r.id().platform(), r);
        desk.checkSlas();
        return r;
    }

    /** A reply an agent made in the platform's own app, delivered by the connector. */
    void nativeReply(String utc, String id, String to, AgentId agent) {
        at(utc);
        Interaction parent = sent.get(to);
        Interaction r = Interaction.builder(InteractionId.of(parent.id().platform(), id)).kind(InteractionKind.REPLY)
                .direction(Direction.OUTBOUND).occurredAt(clock.instant()).text("Thanks for asking!")
                .inReplyTo(parent.id()).attribute("service.agent", agent.value())
                .provenance(Provenance.of("connector:" + parent.id().platform().id(), clock.instant())).build();
        sent.put(id, r);
        assertThat(desk.ingest(r).outcome()).isEqualTo(Outcome.RESPONSE);
        desk.checkSlas();
    }

    @Test
    void aServiceWeekendAcrossDst_producesTheHandComputedCasesBreachesAndKpis() {
        setUp();
        // ---- Friday 23 October, CEST (UTC+2) ----
        // 16:00 Ana complains on Mastodon: case-1, COMPLAINT/HIGH, alice
        IngestResult c1 = in("2026-10-23T14:00:00Z", "m1", InteractionKind.MENTION, ANA_M,
                "My blender arrived broken, I want a refund", null, null);
        // 16:10 Cy asks on X: case-2, QUESTION/NORMAL, bruno
        IngestResult c2 = in("2026-10-23T14:10:00Z", "x2", InteractionKind.MENTION, CY_X,
                "How do I reset the timer on the X200?", null, null);
        // 16:20 a spam bot: no case
        IngestResult spam = in("2026-10-23T14:20:00Z", "m3", InteractionKind.MENTION, EVE_M,
                "crypto giveaway!!! free followers, link in bio", null, null);
        // 16:30 Ana follows up by direct message on X: same customer, so the same case
        IngestResult dm = in("2026-10-23T14:30:00Z", "x4", InteractionKind.DIRECT_MESSAGE, ANA_X,
                "Following up on the blender by DM", null, "dm-ana");
        // 16:40 an automated acknowledgement on Mastodon: not a first response
        at("2026-10-23T14:40:00Z");
        desk.reply(ReplyRequest.automated(c1.caseId(), sent.get("m1").id(), Visibility.PUBLIC,
                "Thanks! An agent will get back to you shortly."));
        // 16:45 alice answers on Mastodon: first response of case-1 after 45 min
        Interaction a6 = agentReply("2026-10-23T14:45:00Z", c1.caseId(), "m1", ALICE, Visibility.PUBLIC);
        sent.put("a6", a6);
        // 17:30 Bo praises on Reddit: case-3, PRAISE/LOW, alice
        IngestResult c3 = in("2026-10-23T15:30:00Z", "r7", InteractionKind.COMMENT, BO_R,
                "Thanks, love the new jug, amazing", null, null);
        // 17:50 Dee asks on Reddit: case-4, QUESTION/NORMAL, bruno
        IngestResult c4 = in("2026-10-23T15:50:00Z", "r8", InteractionKind.MENTION, DEE_R,
                "Is the shop open on Sunday?", null, null);
        // 17:55 Ana answers alice on Mastodon: a new turn of case-1, next-response clock (2 h) starts
        in("2026-10-23T15:55:00Z", "m9", InteractionKind.REPLY, ANA_M, "Still broken, nothing changed", a6, null);

        // ---- Saturday 24 October, CEST; open 10:00-14:00 ----
        // 10:05 bruno answers Dee in the Reddit app: first response 15 min of business time
        nativeReply("2026-10-24T08:05:00Z", "r10", "r8", BRUNO);
        // 10:30 the periodic check finds case-2's first response breached at 10:10
        at("2026-10-24T08:30:00Z");
        desk.checkSlas();
        // 11:00 Fay, an influencer, reports a fire hazard: case-5, URGENT, 15 min around the clock, alice
        IngestResult c5 = in("2026-10-24T09:00:00Z", "x12", InteractionKind.MENTION, FAY_X,
                "URGENT: your charger caught fire in my kitchen, this is dangerous", null, null);
        // 11:10 Ana nudges by DM: same turn, no new clock
        in("2026-10-24T09:10:00Z", "x13", InteractionKind.DIRECT_MESSAGE, ANA_X, "hello??", null, "dm-ana");
        // 11:20 alice answers Fay: 20 min, breached at 11:15
        agentReply("2026-10-24T09:20:00Z", c5.caseId(), "x12", ALICE, Visibility.PUBLIC);
        // 11:30 bruno answers Cy: 3 h 20 min of business time (1 h 50 Friday + 1 h 30 Saturday)
        Interaction b15 = agentReply("2026-10-24T09:30:00Z", c2.caseId(), "x2", BRUNO, Visibility.PUBLIC);
        sent.put("b15", b15);
        // 11:40 alice resolves Fay's case
        at("2026-10-24T09:40:00Z");
        desk.resolve(c5.caseId(), "agent:alice");
        // 12:00 alice answers Ana by DM: next response 2 h 05 (5 min Friday + 2 h Saturday), breached at 11:55
        Interaction a16 = agentReply("2026-10-24T10:00:00Z", c1.caseId(), "x13", ALICE, Visibility.PRIVATE);
        sent.put("a16", a16);
        // 12:30 waiting on Ana's address: pending, clocks pause
        at("2026-10-24T10:30:00Z");
        desk.pending(c1.caseId(), "agent:alice");

        // ---- Sunday 25 October: closed; at 03:00 CEST clocks go back to 02:00 CET ----
        // 02:30 CEST (the first of the two 02:30s) Cy asks again: a new turn of case-2
        in("2026-10-25T00:30:00Z", "x18", InteractionKind.REPLY, CY_X, "any update?", b15, null);
        // 15:00 CET Bo asks about prices on Mastodon: joins Bo's open case-3, priority LOW -> NORMAL
        IngestResult bo2 = in("2026-10-25T14:00:00Z", "m19", InteractionKind.MENTION, BO_M,
                "How much is the X200 pro?", null, null);

        // ---- Monday 26 October, CET (UTC+1); open 09:00-18:00 = 08:00-17:00 UTC ----
        // 09:10 Ana answers the DM: case-1 resumes, new turn
        IngestResult resumed = in("2026-10-26T08:10:00Z", "x20", InteractionKind.DIRECT_MESSAGE, ANA_X,
                "Address is the same as before", a16, "dm-ana");
        // 09:20 bruno answers Cy: next response 20 min of business time (Sunday closed)
        agentReply("2026-10-26T08:20:00Z", c2.caseId(), "x18", BRUNO, Visibility.PUBLIC);
        // 09:40 alice answers Ana by DM: next response 30 min
        agentReply("2026-10-26T08:40:00Z", c1.caseId(), "x20", ALICE, Visibility.PRIVATE);
        // 10:00 alice answers Bo on Mastodon: first response 5 h 30 (30 min Fri + 4 h Sat + 1 h Mon)
        agentReply("2026-10-26T09:00:00Z", c3.caseId(), "m19", ALICE, Visibility.PUBLIC);
        // 10:30 cases 1 and 4 are resolved
        at("2026-10-26T09:30:00Z");
        desk.resolve(c1.caseId(), "agent:alice");
        desk.resolve(c4.caseId(), "agent:bruno");
        at("2026-10-26T11:30:00Z");
        desk.checkSlas();

        // ---- conversations and cases ----
        assertThat(spam.outcome()).isEqualTo(Outcome.SPAM);
        assertThat(dm.caseId()).isEqualTo(c1.caseId());
        assertThat(bo2.caseId()).isEqualTo(c3.caseId());
        assertThat(resumed.outcome()).isEqualTo(Outcome.ADDED_TO_CASE);
        List<ServiceCase> cases = desk.cases();
        assertThat(cases).extracting(c -> c.id().value())
                .containsExactly("case-1", "case-2", "case-3", "case-4", "case-5");
        assertThat(cases).extracting(ServiceCase::intent).containsExactly(Intent.COMPLAINT, Intent.QUESTION,
                Intent.PRAISE, Intent.QUESTION, Intent.OTHER);
        assertThat(cases).extracting(ServiceCase::priority).containsExactly(Priority.HIGH, Priority.NORMAL,
                Priority.NORMAL, Priority.NORMAL, Priority.URGENT);
        assertThat(cases).extracting(ServiceCase::assignee).containsExactly(ALICE, BRUNO, ALICE, BRUNO, ALICE);
        assertThat(cases).extracting(ServiceCase::status).containsExactly(CaseStatus.RESOLVED, CaseStatus.OPEN,
                CaseStatus.OPEN, CaseStatus.RESOLVED, CaseStatus.RESOLVED);
        assertThat(cases.get(0).customer()).isEqualTo(CustomerId.of("c-ana"));
        assertThat(cases.get(0).conversations()).containsExactly(c1.conversation(), dm.conversation());
        assertThat(cases.get(2).conversations()).containsExactly(c3.conversation(), bo2.conversation());
        assertThat(desk.conversation(c1.conversation()).orElseThrow().interactions()).extracting(InteractionId::nativeId)
                .containsExactly("m1", "out-1", "out-2", "m9");
        assertThat(desk.conversation(dm.conversation()).orElseThrow().interactions()).extracting(InteractionId::nativeId)
                .containsExactly("x4", "x13", "out-3", "x20", "out-5");
        assertThat(desk.conversation(dm.conversation()).orElseThrow().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(desk.conversation(c2.conversation()).orElseThrow().interactions()).extracting(InteractionId::nativeId)
                .containsExactly("x2", "out-2", "x18", "out-4");
        assertThat(cases.get(4).reasons()).contains("rule:urgent-risk", "escalation:influencer");

        // ---- first responses: business minutes per case, hand-computed ----
        List<ServiceEvent.FirstResponse> frs = of(ServiceEvent.FirstResponse.class);
        Map<String, Long> frtBusiness = frs.stream().collect(Collectors.toMap(e -> e.caseId().value(),
                e -> e.businessTime().toMinutes()));
        assertThat(frtBusiness).containsExactlyInAnyOrderEntriesOf(Map.of(
                "case-1", 45L, "case-2", 200L, "case-3", 330L, "case-4", 15L, "case-5", 20L));
        Map<String, Long> frtWall = frs.stream().collect(Collectors.toMap(e -> e.caseId().value(),
                e -> e.wallClock().toMinutes()));
        // case-3: Friday 15:30Z to Monday 09:00Z is 65 h 30 min of wall-clock time, whatever the local clocks say
        assertThat(frtWall).containsExactlyInAnyOrderEntriesOf(Map.of(
                "case-1", 45L, "case-2", 1160L, "case-3", 3930L, "case-4", 975L, "case-5", 20L));
        assertThat(frs).filteredOn(e -> e.caseId().value().equals("case-4")).singleElement()
                .satisfies(e -> assertThat(e.agent()).isEqualTo(BRUNO));
        assertThat(of(ServiceEvent.AutoReplySent.class)).hasSize(1);

        // KPI: median and p90 (Hyndman-Fan type 7) of business FRT over [15, 20, 45, 200, 330] min
        List<Double> businessMinutes = frs.stream().map(e -> (double) e.businessTime().toMinutes()).toList();
        assertThat(percentile(businessMinutes, 0.5)).isCloseTo(45.0, within(1e-9));
        assertThat(percentile(businessMinutes, 0.9)).isCloseTo(278.0, within(1e-9));
        // wall clock: [20, 45, 975, 1160, 3930] -> median 975, p90 1160 + 0.6 * 2770 = 2822
        List<Double> wallMinutes = frs.stream().map(e -> (double) e.wallClock().toMinutes()).toList();
        assertThat(percentile(wallMinutes, 0.5)).isCloseTo(975.0, within(1e-9));
        assertThat(percentile(wallMinutes, 0.9)).isCloseTo(2822.0, within(1e-9));
        // SLA attainment of first response: 3 of 5 eligible (cases 2 and 5 breached) = 60 %
        assertThat(attainment(SlaMetric.FIRST_RESPONSE)).isCloseTo(60.0, within(1e-9));

        // ---- next responses: case-1 2 h 05 (breached), case-2 20 min, case-1 30 min ----
        assertThat(of(ServiceEvent.NextResponse.class)).extracting(e -> e.caseId().value() + "="
                + e.businessTime().toMinutes() + "/" + e.wallClock().toMinutes() + "/" + e.withinTarget())
                .containsExactly("case-1=125/1085/false", "case-2=20/1910/true", "case-1=30/30/true");
        assertThat(attainment(SlaMetric.NEXT_RESPONSE)).isCloseTo(200.0 / 3, within(1e-9));

        // ---- breaches and near-breaches, with the deadlines that passed ----
        assertThat(of(ServiceEvent.SlaBreached.class)).extracting(e -> e.caseId().value() + " " + e.metric() + " "
                + e.at()).containsExactlyInAnyOrder(
                        "case-2 FIRST_RESPONSE 2026-10-24T08:10:00Z",
                        "case-5 FIRST_RESPONSE 2026-10-24T09:15:00Z",
                        "case-1 NEXT_RESPONSE 2026-10-24T09:55:00Z");
        assertThat(of(ServiceEvent.SlaNearBreach.class)).extracting(e -> e.caseId().value() + " " + e.metric() + " "
                + e.at()).containsExactlyInAnyOrder(
                        "case-2 FIRST_RESPONSE 2026-10-23T15:46:00Z",
                        "case-5 FIRST_RESPONSE 2026-10-24T09:12:00Z",
                        "case-1 NEXT_RESPONSE 2026-10-24T09:31:00Z");

        // ---- resolutions: business time while open, pending excluded ----
        // case-1: Fri 2 h + Sat 10:00-12:30 + Mon 09:10-10:30 = 5 h 50; case-4: 10 min + 4 h + 1 h 30 = 5 h 40;
        // case-5: 40 min around the clock
        assertThat(of(ServiceEvent.CaseResolved.class)).extracting(e -> e.caseId().value() + "="
                + e.businessTime().toMinutes() + "/" + e.withinTarget())
                .containsExactly("case-5=40/true", "case-1=350/true", "case-4=340/true");
        assertThat(of(ServiceEvent.CasePending.class)).hasSize(1);
        assertThat(of(ServiceEvent.CaseResumed.class)).singleElement()
                .satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-10-26T08:10:00Z")));

        // ---- assignments came from the router, in turn ----
        assertThat(of(ServiceEvent.CaseAssigned.class)).extracting(e -> e.caseId().value() + ":" + e.agent())
                .containsExactly("case-1:alice", "case-2:bruno", "case-3:alice", "case-4:bruno", "case-5:alice");

        // ---- Ana's timeline: both channels, every reply and case change, in order ----
        List<TimelineEntry> timeline = desk.timeline(CustomerId.of("c-ana"));
        assertThat(timeline.stream().filter(TimelineEntry::isInteraction).map(e -> e.interaction().id().nativeId()))
                .containsExactly("m1", "x4", "out-1", "out-2", "m9", "x13", "out-3", "x20", "out-5");
        assertThat(timeline.stream().filter(TimelineEntry::isInteraction).map(TimelineEntry::via)
                .collect(Collectors.toSet())).isEqualTo(Set.of(ANA_M, ANA_X));
        assertThat(timeline.stream().filter(e -> !e.isInteraction()).map(e -> e.audit().action().name())
                .filter(a -> a.startsWith("CASE_"))).containsSubsequence("CASE_OPENED", "CASE_ASSIGNED",
                        "CASE_MESSAGE_ADDED", "CASE_REPLIED", "CASE_REPLIED", "CASE_PENDING", "CASE_RESUMED",
                        "CASE_REPLIED", "CASE_RESOLVED");
        assertThat(timeline).isSortedAccordingTo(dev.scrm.engage.internal.DeskEngine.TIMELINE_ORDER);
    }

    <E extends ServiceEvent> List<E> of(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * SLA attainment as kpi-formulas.md defines it: eligible = responded, or past the deadline without a
     * response; attained = responded within target.
     */
    double attainment(SlaMetric metric) {
        int eligible = 0;
        int attained = 0;
        java.util.Set<CaseId> responded = new java.util.HashSet<>();
        for (ServiceEvent e : events) {
            if (metric == SlaMetric.FIRST_RESPONSE && e instanceof ServiceEvent.FirstResponse f) {
                eligible++;
                responded.add(f.caseId());
                attained += f.withinTarget() ? 1 : 0;
            } else if (metric == SlaMetric.NEXT_RESPONSE && e instanceof ServiceEvent.NextResponse n) {
                eligible++;
                attained += n.withinTarget() ? 1 : 0;
            }
        }
        if (metric == SlaMetric.FIRST_RESPONSE) {
            for (ServiceEvent.SlaBreached b : of(ServiceEvent.SlaBreached.class)) {
                if (b.metric() == metric && !responded.contains(b.caseId())) {
                    eligible++;
                }
            }
        }
        return 100.0 * attained / eligible;
    }

    /** Percentile by linear interpolation between order statistics (Hyndman-Fan type 7). */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.size() - 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }
}
