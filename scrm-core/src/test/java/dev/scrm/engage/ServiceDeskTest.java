package dev.scrm.engage;

import static dev.scrm.engage.Traffic.brandReply;
import static dev.scrm.engage.Traffic.inbound;
import static dev.scrm.engage.Traffic.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.engage.IngestResult.Outcome;
import dev.scrm.engage.ReplyNotAllowedException.Reason;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.NotFoundException;
import dev.scrm.store.ScrmStore;
import dev.scrm.store.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServiceDeskTest {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final PlatformAccountId ANA_M = PlatformAccountId.of(Platform.MASTODON, "101");
    static final PlatformAccountId ANA_X = PlatformAccountId.of(Platform.X, "2001");
    static final PlatformAccountId BOB_M = PlatformAccountId.of(Platform.MASTODON, "102");

    final TestClock clock = new TestClock(T0);
    final ScrmStore store = ScrmStore.inMemory(clock);
    final List<ServiceEvent> events = new ArrayList<>();

    ServiceDesk.Builder desk() {
        return ServiceDesk.builder(store).clock(clock).listener(events::add)
                .agent(Agent.of("ana", "care", 2)).agent(Agent.of("ben", "care", 2));
    }

    void linkAna() {
        CustomerId c = CustomerId.of("c-ana");
        store.create(Customer.create(c, T0), "test");
        for (PlatformAccountId id : List.of(ANA_M, ANA_X)) {
            store.putIdentity(SocialIdentity.builder(id).observedAt(T0).build(), "test");
            store.link(id, c, new IdentityLink(LinkMethod.VERIFIED, 1.0, "oauth", T0), "test");
        }
    }

    <E extends ServiceEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void replies_threadIntoTheirConversation_andSiblingsOfOthersDoNot() {
        ServiceDesk d = desk().build();
        Interaction root = inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "Where is my order?");
        IngestResult r1 = d.ingest(root);
        assertThat(r1.outcome()).isEqualTo(Outcome.OPENED_CASE);
        IngestResult brand = d.ingest(brandReply(root, "2", T0.plusSeconds(60), "ana"));
        assertThat(brand.outcome()).isEqualTo(Outcome.RESPONSE);
        IngestResult r3 = d.ingest(reply(root, "3", ANA_M, T0.plusSeconds(120), "Thanks, any update?"));
        assertThat(r3.conversation()).isEqualTo(r1.conversation());
        // another person replying into Ana's thread gets their own conversation and case
        IngestResult bob = d.ingest(reply(root, "4", BOB_M, T0.plusSeconds(130), "Same problem here!"));
        assertThat(bob.conversation()).isNotEqualTo(r1.conversation());
        assertThat(bob.caseId()).isNotEqualTo(r1.caseId());
        assertThat(d.conversation(r1.conversation()).orElseThrow().interactions()).extracting(InteractionId::nativeId)
                .containsExactly("1", "2", "3");
    }

    @Test
    void sameCustomerOnTwoPlatforms_landsInOneCase() {
        linkAna();
        ServiceDesk d = desk().build();
        IngestResult m = d.ingest(inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0,
                "My blender is broken"));
        IngestResult x = d.ingest(inbound(Platform.X, "9", InteractionKind.DIRECT_MESSAGE, ANA_X,
                T0.plusSeconds(300), "Hello, it is about the blender"));
        assertThat(x.outcome()).isEqualTo(Outcome.ADDED_TO_CASE);
        assertThat(x.caseId()).isEqualTo(m.caseId());
        ServiceCase c = d.find(m.caseId()).orElseThrow();
        assertThat(c.conversations()).containsExactly(m.conversation(), x.conversation());
        assertThat(c.customer()).isEqualTo(CustomerId.of("c-ana"));
        assertThat(eventsOf(ServiceEvent.CaseOpened.class)).hasSize(1);
    }

    @Test
    void duplicatesAndNonServiceKinds_openNoCase() {
        ServiceDesk d = desk().build();
        Interaction m = inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "Where is my order?");
        d.ingest(m);
        assertThat(d.ingest(m).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(d.ingest(inbound(Platform.MASTODON, "2", InteractionKind.LIKE, BOB_M, T0, null)).outcome())
                .isEqualTo(Outcome.NOT_ACTIONABLE);
        assertThat(d.ingest(inbound(Platform.MASTODON, "3", InteractionKind.MENTION, BOB_M, T0,
                "crypto giveaway!! free followers, link in bio")).outcome()).isEqualTo(Outcome.SPAM);
        assertThat(d.cases()).hasSize(1);
        assertThat(store.interactionCount()).isEqualTo(3);
    }

    @Test
    void roundRobin_takesTurns_andQueuesWhenFull() {
        ServiceDesk d = desk().routing(RoutingPolicy.singleTeam(RoutingPolicy.Strategy.ROUND_ROBIN, TeamId.of("care")))
                .build();
        List<AgentId> assigned = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PlatformAccountId who = PlatformAccountId.of(Platform.MASTODON, "p" + i);
            IngestResult r = d.ingest(inbound(Platform.MASTODON, "m" + i, InteractionKind.MENTION, who,
                    T0.plusSeconds(i), "question " + i + "?"));
            assigned.add(d.find(r.caseId()).orElseThrow().assignee());
        }
        assertThat(assigned).containsExactly(AgentId.of("ana"), AgentId.of("ben"), AgentId.of("ana"),
                AgentId.of("ben"), null);
        ServiceCase waiting = d.cases().get(4);
        assertThat(waiting.team()).isEqualTo(TeamId.of("care"));
        // resolving one of ben's cases hands him the waiting case
        d.resolve(d.cases().get(1).id(), "agent:ben");
        assertThat(d.find(waiting.id()).orElseThrow().assignee()).isEqualTo(AgentId.of("ben"));
    }

    @Test
    void leastLoaded_prefersTheAgentWithMostRoom_andSkillsAreRequired() {
        ServiceDesk d = ServiceDesk.builder(store).clock(clock).listener(events::add)
                .agent(Agent.of("ana", "care", 4, "lang:en"))
                .agent(Agent.of("ben", "care", 1))
                .agent(Agent.of("cy", "billing", 3, "billing"))
                .routing(new RoutingPolicy(RoutingPolicy.Strategy.LEAST_LOADED,
                        List.of(RoutingRule.intents(TeamId.of("billing"), Intent.COMPLAINT).requiring("billing")),
                        TeamId.of("care")))
                .build();
        IngestResult q1 = d.ingest(inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "how do i pair it?"));
        IngestResult q2 = d.ingest(inbound(Platform.MASTODON, "2", InteractionKind.MENTION, BOB_M, T0, "how to clean it?"));
        IngestResult c1 = d.ingest(inbound(Platform.X, "3", InteractionKind.MENTION, ANA_X, T0, "I was charged twice!!"));
        // ana and ben both empty: the tie goes to the first in order; then ben (0/1) beats ana (1/4)
        assertThat(d.find(q1.caseId()).orElseThrow().assignee()).isEqualTo(AgentId.of("ana"));
        assertThat(d.find(q2.caseId()).orElseThrow().assignee()).isEqualTo(AgentId.of("ben"));
        ServiceCase billing = d.find(c1.caseId()).orElseThrow();
        assertThat(billing.team()).isEqualTo(TeamId.of("billing"));
        assertThat(billing.assignee()).isEqualTo(AgentId.of("cy"));
    }

    @Test
    void pending_pausesClocks_andCustomerAnswerResumes() {
        SlaPolicy sla = SlaPolicy.builder(BusinessCalendar.always(ZoneOffset.UTC))
                .target(SlaTarget.of(null, Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofHours(4)))
                .build();
        ServiceDesk d = desk().sla(sla).build();
        Interaction q = inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "Where is my order?");
        CaseId id = d.ingest(q).caseId();
        clock.set(T0.plusSeconds(600));
        d.ingest(brandReply(q, "2", T0.plusSeconds(600), "ana"));
        d.pending(id, "agent:ana");
        // three hours waiting on the customer do not count
        clock.set(T0.plusSeconds(600 + 3 * 3600));
        assertThat(d.checkSlas()).isEmpty();
        Instant answer = clock.instant();
        d.ingest(reply(q, "3", ANA_M, answer, "Order 123, thanks"));
        assertThat(d.find(id).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        clock.set(answer.plusSeconds(20 * 60));
        d.ingest(brandReply(q, "4", clock.instant(), "ana"));
        clock.set(answer.plusSeconds(30 * 60));
        ServiceEvent.CaseResolved resolved = (ServiceEvent.CaseResolved) events.stream()
                .filter(e -> e instanceof ServiceEvent.CaseResolved).findFirst().orElse(null);
        assertThat(resolved).isNull();
        d.resolve(id, "agent:ana");
        ServiceEvent.NextResponse nrt = eventsOf(ServiceEvent.NextResponse.class).get(0);
        assertThat(nrt.businessTime()).isEqualTo(Duration.ofMinutes(20));
        ServiceEvent.CaseResolved r = eventsOf(ServiceEvent.CaseResolved.class).get(0);
        assertThat(r.businessTime()).isEqualTo(Duration.ofMinutes(40));
        assertThat(r.wallClock()).isEqualTo(Duration.ofMinutes(10 + 180 + 30));
        assertThat(r.withinTarget()).isTrue();
        assertThat(eventsOf(ServiceEvent.SlaBreached.class)).isEmpty();
    }

    @Test
    void breaches_andNearBreaches_areEmittedOnceWithTheirDeadline() {
        SlaPolicy sla = SlaPolicy.builder(BusinessCalendar.always(ZoneOffset.UTC))
                .target(SlaTarget.of(null, Duration.ofMinutes(60), null, null)).nearBreachRatio(0.75).build();
        ServiceDesk d = desk().sla(sla).build();
        Interaction q = inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "Where is my order?");
        CaseId id = d.ingest(q).caseId();
        assertThat(d.find(id).orElseThrow().deadlines()).containsEntry(SlaMetric.FIRST_RESPONSE, T0.plusSeconds(3600));
        clock.set(T0.plusSeconds(50 * 60));
        assertThat(d.checkSlas()).singleElement().isInstanceOfSatisfying(ServiceEvent.SlaNearBreach.class,
                e -> assertThat(e.at()).isEqualTo(T0.plusSeconds(45 * 60)));
        clock.set(T0.plusSeconds(3600));
        assertThat(d.checkSlas()).isEmpty();
        clock.set(T0.plusSeconds(3601));
        assertThat(d.checkSlas()).singleElement().isInstanceOfSatisfying(ServiceEvent.SlaBreached.class,
                e -> assertThat(e.at()).isEqualTo(T0.plusSeconds(3600)));
        assertThat(d.checkSlas()).isEmpty();
        d.ingest(brandReply(q, "2", T0.plusSeconds(7200), "ana"));
        ServiceEvent.FirstResponse frt = eventsOf(ServiceEvent.FirstResponse.class).get(0);
        assertThat(frt.withinTarget()).isFalse();
        assertThat(frt.businessTime()).isEqualTo(Duration.ofHours(2));
        assertThat(frt.agent()).isEqualTo(AgentId.of("ana"));
        assertThat(store.audit().eventsAbout(ServiceAuditActions.subject(id))).extracting(AuditEvent::action)
                .contains(ServiceAuditActions.SLA_NEAR_BREACH, ServiceAuditActions.SLA_BREACHED);
    }

    static final class RecordingChannel implements ReplyChannel {
        final ReplyPolicy policy;
        final AtomicInteger sent = new AtomicInteger();
        final TestClock clock;

        RecordingChannel(ReplyPolicy policy, TestClock clock) {
            this.policy = policy;
            this.clock = clock;
        }

        @Override
        public ReplyPolicy policy() {
            return policy;
        }

        @Override
        public SentReply send(OutboundReply reply) {
            int n = sent.incrementAndGet();
            return new SentReply(dev.scrm.core.InteractionId.of(policy.platform(), "out-" + n), clock.instant(), null);
        }
    }

    @Test
    void replies_respectThePlatformPolicy() {
        // Messenger-like: private replies within 24 h, one private reply to a public comment within 7 days,
        // the brand may not start a conversation, public replies up to 280 characters
        ReplyPolicy meta = new ReplyPolicy(Platform.FACEBOOK, true, true, Duration.ofHours(24), true,
                Duration.ofDays(7), false, 280);
        RecordingChannel channel = new RecordingChannel(meta, clock);
        ServiceDesk d = desk().replyChannel(channel).build();
        PlatformAccountId fb = PlatformAccountId.of(Platform.FACEBOOK, "55");
        Interaction dm = inbound(Platform.FACEBOOK, "dm1", InteractionKind.DIRECT_MESSAGE, fb, T0, "Hi, my order?");
        CaseId id = d.ingest(dm).caseId();
        assertThatThrownBy(() -> d.reply(ReplyRequest.byAgent(id, dm.id(), AgentId.of("ana"), Visibility.PUBLIC, "x")))
                .isInstanceOfSatisfying(ReplyNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PRIVATE_CONVERSATION));
        assertThatThrownBy(() -> d.reply(ReplyRequest.byAgent(id, dm.id(), AgentId.of("ana"), Visibility.PRIVATE,
                "x".repeat(281)))).isInstanceOfSatisfying(ReplyNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
        clock.set(T0.plus(Duration.ofHours(25)));
        assertThatThrownBy(() -> d.reply(ReplyRequest.byAgent(id, dm.id(), AgentId.of("ana"), Visibility.PRIVATE,
                "Sorry for the wait"))).isInstanceOfSatisfying(ReplyNotAllowedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WINDOW_CLOSED);
                    assertThat(e.getMessage()).doesNotContain("Sorry").doesNotContain("55");
                });
        assertThat(channel.sent).hasValue(0);
        clock.set(T0.plus(Duration.ofHours(23)));
        Interaction sent = d.reply(ReplyRequest.byAgent(id, dm.id(), AgentId.of("ana"), Visibility.PRIVATE,
                "Your parcel ships today"));
        assertThat(sent.kind()).isEqualTo(InteractionKind.DIRECT_MESSAGE);
        assertThat(eventsOf(ServiceEvent.FirstResponse.class)).singleElement()
                .satisfies(e -> assertThat(e.wallClock()).isEqualTo(Duration.ofHours(23)));
        // a public comment may be answered privately within 7 days, not after
        Interaction comment = inbound(Platform.FACEBOOK, "c1", InteractionKind.COMMENT,
                PlatformAccountId.of(Platform.FACEBOOK, "77"), T0, "Is the shop open on Sunday?");
        CaseId other = d.ingest(comment).caseId();
        clock.set(T0.plus(Duration.ofDays(8)));
        assertThatThrownBy(() -> d.reply(ReplyRequest.byAgent(other, comment.id(), AgentId.of("ben"),
                Visibility.PRIVATE, "Yes"))).isInstanceOfSatisfying(ReplyNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WINDOW_CLOSED));
        d.reply(ReplyRequest.byAgent(other, comment.id(), AgentId.of("ben"), Visibility.PUBLIC, "Yes, 10 to 16"));
        // no channel for mastodon
        CaseId m = d.ingest(inbound(Platform.MASTODON, "9", InteractionKind.MENTION, ANA_M, T0, "hello?")).caseId();
        assertThatThrownBy(() -> d.reply(ReplyRequest.byAgent(m, InteractionId.of(Platform.MASTODON, "9"),
                AgentId.of("ana"), Visibility.PUBLIC, "hi"))).isInstanceOfSatisfying(ReplyNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_CHANNEL));
    }

    @Test
    void autoReplies_doNotCountAsFirstResponse() {
        RecordingChannel channel = new RecordingChannel(ReplyPolicy.permissive(Platform.MASTODON), clock);
        ServiceDesk d = desk().replyChannel(channel).build();
        Interaction q = inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "Where is my order?");
        CaseId id = d.ingest(q).caseId();
        clock.set(T0.plusSeconds(5));
        d.reply(ReplyRequest.automated(id, q.id(), Visibility.PUBLIC, "Thanks, an agent will answer soon."));
        assertThat(eventsOf(ServiceEvent.AutoReplySent.class)).hasSize(1);
        assertThat(eventsOf(ServiceEvent.FirstResponse.class)).isEmpty();
        assertThat(d.find(id).orElseThrow().firstResponseAt()).isNull();
        clock.set(T0.plusSeconds(900));
        d.reply(ReplyRequest.byAgent(id, q.id(), AgentId.of("ana"), Visibility.PUBLIC, "It ships today."));
        assertThat(eventsOf(ServiceEvent.FirstResponse.class)).singleElement()
                .satisfies(e -> assertThat(e.wallClock()).isEqualTo(Duration.ofSeconds(900)));
    }

    @Test
    void resolvedCase_reopensOnANewMessageWithinTheWindow_andNotAfter() {
        ServiceDesk d = desk().reopenWindow(Duration.ofDays(2)).build();
        Interaction q = inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "Where is my order?");
        CaseId id = d.ingest(q).caseId();
        d.ingest(brandReply(q, "2", T0.plusSeconds(60), "ana"));
        clock.set(T0.plusSeconds(120));
        d.resolve(id, "agent:ana");
        IngestResult again = d.ingest(reply(q, "3", ANA_M, T0.plus(Duration.ofDays(1)), "It did not arrive!"));
        assertThat(again.outcome()).isEqualTo(Outcome.REOPENED_CASE);
        ServiceCase c = d.find(id).orElseThrow();
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.reopenCount()).isEqualTo(1);
        assertThat(eventsOf(ServiceEvent.CustomerMessage.class)).last()
                .satisfies(e -> assertThat(e.newTurn()).isTrue());
        clock.set(T0.plus(Duration.ofDays(1)).plusSeconds(60));
        d.resolve(id, "agent:ana");
        IngestResult late = d.ingest(reply(q, "4", ANA_M, T0.plus(Duration.ofDays(4)), "Another thing?"));
        assertThat(late.outcome()).isEqualTo(Outcome.OPENED_CASE);
        assertThat(late.caseId()).isNotEqualTo(id);
    }

    @Test
    void merge_movesConversations_andRefusesInvalidTransitions() {
        ServiceDesk d = desk().build();
        CaseId a = d.ingest(inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "broken blender")).caseId();
        CaseId b = d.ingest(inbound(Platform.X, "2", InteractionKind.MENTION, ANA_X, T0, "blender broken!!")).caseId();
        assertThat(a).isNotEqualTo(b);
        ServiceCase merged = d.merge(b, a, "agent:ana");
        assertThat(merged.conversations()).hasSize(2);
        assertThat(d.find(b).orElseThrow().status()).isEqualTo(CaseStatus.MERGED);
        assertThat(d.find(b).orElseThrow().mergedInto()).isEqualTo(a);
        assertThatThrownBy(() -> d.resolve(b, "agent:ana")).isInstanceOfSatisfying(CaseTransitionException.class,
                e -> assertThat(e.status()).isEqualTo(CaseStatus.MERGED));
        assertThatThrownBy(() -> d.reopen(a, "agent:ana")).isInstanceOf(CaseTransitionException.class);
        assertThatThrownBy(() -> d.resume(a, "agent:ana")).isInstanceOf(CaseTransitionException.class);
        assertThatThrownBy(() -> d.merge(a, a, "agent:ana")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.resolve(CaseId.of("case-99"), "agent:ana")).isInstanceOf(NotFoundException.class);
        // ana's X message now follows into case a
        IngestResult more = d.ingest(reply(inbound(Platform.X, "2", InteractionKind.MENTION, ANA_X, T0, "x"), "3",
                ANA_X, T0.plusSeconds(60), "hello?"));
        assertThat(more.caseId()).isEqualTo(a);
    }

    @Test
    void timeline_listsInteractionsCaseChangesAndRepliesInOrder() {
        linkAna();
        ServiceDesk d = desk().build();
        Interaction q = inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0, "Where is my order?");
        clock.set(T0);
        CaseId id = d.ingest(q).caseId();
        clock.set(T0.plusSeconds(60));
        d.ingest(brandReply(q, "2", T0.plusSeconds(60), "ana"));
        clock.set(T0.plusSeconds(120));
        d.ingest(inbound(Platform.X, "3", InteractionKind.DIRECT_MESSAGE, ANA_X, T0.plusSeconds(120), "also DM"));
        clock.set(T0.plusSeconds(180));
        d.resolve(id, "agent:ana");
        List<TimelineEntry> t = d.timeline(CustomerId.of("c-ana"));
        assertThat(t).isSortedAccordingTo(dev.scrm.engage.internal.DeskEngine.TIMELINE_ORDER);
        assertThat(t.stream().filter(TimelineEntry::isInteraction).map(e -> e.interaction().id().nativeId()))
                .containsExactly("1", "2", "3");
        assertThat(t.stream().filter(e -> e.isInteraction() && e.interaction().id().nativeId().equals("3"))
                .findFirst().orElseThrow().via()).isEqualTo(ANA_X);
        assertThat(t.stream().filter(e -> !e.isInteraction()).map(e -> e.audit().action().name()))
                .contains("CUSTOMER_CREATED", "IDENTITY_LINKED", "CASE_OPENED", "CASE_ASSIGNED", "CASE_REPLIED",
                        "CASE_MESSAGE_ADDED", "CASE_RESOLVED");
    }

    @Test
    void casesFollowTheCustomer_whenAccountsAreLinkedOrCustomersMerged() {
        ServiceDesk d = desk().build();
        CaseId first = d.ingest(inbound(Platform.MASTODON, "1", InteractionKind.MENTION, ANA_M, T0,
                "My blender is broken")).caseId();
        // linked after the first message: the X message still lands in the same case
        linkAna();
        IngestResult x = d.ingest(inbound(Platform.X, "2", InteractionKind.MENTION, ANA_X, T0.plusSeconds(60),
                "hello? the blender"));
        assertThat(x.caseId()).isEqualTo(first);
        assertThat(d.find(first).orElseThrow().customer()).isEqualTo(CustomerId.of("c-ana"));
        // a duplicate customer record of Ana on Reddit, merged into c-ana: its account's case follows
        PlatformAccountId reddit = PlatformAccountId.of(Platform.REDDIT, "t2_ana");
        CustomerId dup = CustomerId.of("c-ana-2");
        store.create(Customer.create(dup, T0), "test");
        store.putIdentity(SocialIdentity.builder(reddit).observedAt(T0).build(), "test");
        store.link(reddit, dup, new IdentityLink(LinkMethod.DECLARED, 1.0, "form", T0), "test");
        d.resolve(first, "agent:ana");
        CaseId second = d.ingest(inbound(Platform.REDDIT, "3", InteractionKind.MENTION, reddit, T0.plusSeconds(120),
                "Refund please")).caseId();
        store.merge(CustomerId.of("c-ana"), dup, "agent:ana");
        IngestResult again = d.ingest(inbound(Platform.MASTODON, "4", InteractionKind.MENTION, ANA_M,
                T0.plusSeconds(180), "any news on the refund?"));
        assertThat(again.caseId()).isEqualTo(second);
        assertThat(d.find(second).orElseThrow().customer()).isEqualTo(CustomerId.of("c-ana"));
    }
}
