package dev.scrm.engage;

import static dev.scrm.engage.Traffic.brandReply;
import static dev.scrm.engage.Traffic.inbound;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.engage.internal.DeskEngine;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.ScrmStore;
import dev.scrm.store.TestClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the case state machine and of customer timelines under random operation sequences. */
class CaseLifecycleProperties {

    static final Instant T0 = Instant.parse("2026-10-23T14:00:00Z");
    static final List<Platform> PLATFORMS = List.of(Platform.MASTODON, Platform.REDDIT, Platform.X);
    static final String[] TEXTS = {"Where is my order?", "My blender is broken, I want a refund", "Thanks, love it",
        "How much is the X200?", "crypto giveaway, free followers", "just saying hi", "URGENT: it caught fire"};

    /** One step of a random session. */
    record Op(int kind, int a, int b, int minutes) {
    }

    @Provide
    Arbitrary<List<Op>> sessions() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 600)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    static SlaPolicy sla() {
        BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)).build();
        return SlaPolicy.builder(cal)
                .target(SlaTarget.of(null, Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(24)))
                .target(SlaTarget.of(Priority.URGENT, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(4))
                        .withCalendar(BusinessCalendar.always(ZoneId.of("Europe/Berlin"))))
                .build();
    }

    /** A random session against a desk, checking after every step. */
    static final class Session {
        final TestClock clock = new TestClock(T0);
        final ScrmStore store = ScrmStore.inMemory(clock);
        final List<ServiceEvent> events = new ArrayList<>();
        final ServiceDesk desk = ServiceDesk.builder(store).clock(clock).sla(sla()).listener(events::add)
                .agent(Agent.of("ana", "care", 2)).agent(Agent.of("ben", "care", 3))
                .routing(RoutingPolicy.singleTeam(RoutingPolicy.Strategy.ROUND_ROBIN, TeamId.of("care"))).build();
        final List<Interaction> inbound = new ArrayList<>();
        final Set<CustomerId> linked = new HashSet<>();
        int ids;

        PlatformAccountId account(int person, int platform) {
            Platform p = PLATFORMS.get(platform % PLATFORMS.size());
            return PlatformAccountId.of(p, "u" + (person % 5));
        }

        void apply(Op op) {
            clock.advance(Duration.ofMinutes(op.minutes()));
            Instant now = clock.instant();
            List<ServiceCase> cases = desk.cases();
            ServiceCase pick = cases.isEmpty() ? null : cases.get(op.a() % cases.size());
            switch (op.kind()) {
                case 0, 1, 2 -> {
                    PlatformAccountId who = account(op.a(), op.b());
                    InteractionKind kind = switch (op.b() % 3) {
                        case 0 -> InteractionKind.MENTION;
                        case 1 -> InteractionKind.DIRECT_MESSAGE;
                        default -> InteractionKind.COMMENT;
                    };
                    Interaction in;
                    List<Interaction> mine = inbound.stream().filter(i -> i.author().equals(who)).toList();
                    if (!mine.isEmpty() && op.kind() == 2) {
                        in = Traffic.reply(mine.get(op.b() % mine.size()), "i" + (++ids), who, now, TEXTS[op.b() % 7]);
                    } else {
                        in = inbound(who.platform(), "i" + (++ids), kind, who, now, TEXTS[op.a() % 7]);
                    }
                    inbound.add(in);
                    desk.ingest(in);
                }
                case 3 -> {
                    if (!inbound.isEmpty()) {
                        Interaction parent = inbound.get(op.b() % inbound.size());
                        Interaction r = brandReply(parent, "o" + (++ids), now, op.b() % 4 == 0 ? null : "ana");
                        if (op.b() % 5 == 0) {
                            r = r.toBuilder().attribute("service.automated", "true").build();
                        }
                        desk.ingest(r);
                    }
                }
                case 4 -> transition(pick, () -> desk.pending(pick.id(), "agent:ana"),
                        pick != null && pick.status() == CaseStatus.OPEN);
                case 5 -> transition(pick, () -> desk.resume(pick.id(), "agent:ana"),
                        pick != null && pick.status() == CaseStatus.PENDING);
                case 6 -> transition(pick, () -> desk.resolve(pick.id(), "agent:ana"),
                        pick != null && pick.status().active());
                case 7 -> transition(pick, () -> desk.reopen(pick.id(), "agent:ana"),
                        pick != null && pick.status() == CaseStatus.RESOLVED);
                case 8 -> {
                    if (cases.size() >= 2) {
                        ServiceCase into = cases.get(op.b() % cases.size());
                        if (!into.id().equals(pick.id())) {
                            transition(pick, () -> desk.merge(pick.id(), into.id(), "agent:ana"),
                                    pick.status() != CaseStatus.MERGED && into.status().active());
                        }
                    }
                }
                case 9 -> desk.checkSlas();
                case 10 -> {
                    // link a person's identities to one customer, in the middle of the traffic
                    int person = op.a() % 5;
                    CustomerId c = CustomerId.of("c-" + person);
                    if (linked.add(c)) {
                        store.create(Customer.create(c, now), "test");
                    }
                    PlatformAccountId id = account(person, op.b());
                    if (store.findIdentity(id).isEmpty()) {
                        store.putIdentity(SocialIdentity.builder(id).observedAt(now).build(), "test");
                        store.link(id, c, new IdentityLink(LinkMethod.VERIFIED, 1.0, "oauth", now), "test");
                    }
                }
                default -> desk.agent(Agent.of("ben", "care", 1 + op.b() % 3).withAvailable(op.b() % 2 == 0));
            }
        }

        void transition(ServiceCase pick, Runnable action, boolean allowed) {
            if (pick == null) {
                return;
            }
            try {
                action.run();
                assertThat(allowed).as("operation on %s succeeded", pick.status()).isTrue();
            } catch (CaseTransitionException e) {
                assertThat(allowed).as("operation on %s refused", pick.status()).isFalse();
            }
        }

        void checkInvariants(Map<CaseId, CaseStatus> before) {
            List<ServiceCase> cases = desk.cases();
            Map<Agent, Integer> loads = desk.agents();
            Map<AgentId, Integer> expectedLoad = new HashMap<>();
            for (ServiceCase c : cases) {
                CaseStatus was = before.get(c.id());
                if (was != null && was != c.status()) {
                    assertThat(was.canMoveTo(c.status())).as("%s -> %s", was, c.status()).isTrue();
                }
                assertThat(c.status() == CaseStatus.MERGED).isEqualTo(c.mergedInto() != null);
                assertThat(c.status() == CaseStatus.RESOLVED).isEqualTo(c.resolvedAt() != null);
                if (c.status() != CaseStatus.OPEN) {
                    assertThat(c.deadlines()).as("only open cases have running clocks").isEmpty();
                }
                if (c.firstResponseAt() != null) {
                    assertThat(c.firstResponseAt()).isAfterOrEqualTo(c.openedAt());
                }
                if (c.status() != CaseStatus.MERGED) {
                    for (ConversationId conv : c.conversations()) {
                        assertThat(desk.conversation(conv).orElseThrow().caseId()).isEqualTo(c.id());
                    }
                }
                if (c.status().active() && c.assignee() != null) {
                    expectedLoad.merge(c.assignee(), 1, Integer::sum);
                }
            }
            loads.forEach((agent, load) -> {
                assertThat(load).as("load of %s", agent.id()).isEqualTo(expectedLoad.getOrDefault(agent.id(), 0));
            });
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).sequence()).isEqualTo(events.get(i - 1).sequence() + 1);
            }
        }
    }

    @Property(tries = 100)
    void caseTransitions_neverReachAnInvalidState(@ForAll("sessions") List<Op> ops) {
        Session s = new Session();
        for (Op op : ops) {
            Map<CaseId, CaseStatus> before = new HashMap<>();
            s.desk.cases().forEach(c -> before.put(c.id(), c.status()));
            s.apply(op);
            s.checkInvariants(before);
        }
        // every first response is reported once per case, and never for an automated reply
        Set<CaseId> first = new HashSet<>();
        for (ServiceEvent e : s.events) {
            if (e instanceof ServiceEvent.FirstResponse f) {
                assertThat(first.add(f.caseId())).isTrue();
            }
        }
    }

    @Property(tries = 150)
    void timeline_isCompleteAndOrdered_afterAnyInterleaving(@ForAll("sessions") List<Op> ops,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 50) Integer> extraLinks) {
        Session s = new Session();
        for (Op op : ops) {
            s.apply(op);
        }
        for (int person : extraLinks) {
            s.apply(new Op(10, person, person, 0));
        }
        for (CustomerId customer : s.linked) {
            List<TimelineEntry> timeline = s.desk.timeline(customer);
            assertThat(timeline).isSortedAccordingTo(DeskEngine.TIMELINE_ORDER);
            Set<PlatformAccountId> identities = s.store.find(customer).orElseThrow().identities();
            // every interaction through the customer's identities, and every reply in their cases, exactly once
            Set<InteractionId> expected = new HashSet<>();
            for (Interaction i : s.inbound) {
                if (identities.contains(i.author())) {
                    expected.add(i.id());
                }
            }
            Set<CaseId> theirCases = new HashSet<>();
            for (ServiceCase c : s.desk.cases()) {
                if (identities.contains(c.contact()) || customer.equals(c.customer())) {
                    theirCases.add(c.id());
                    for (ConversationId conv : c.conversations()) {
                        for (InteractionId i : s.desk.conversation(conv).orElseThrow().interactions()) {
                            Interaction stored = s.store.find(i).orElseThrow();
                            if (stored.direction() == Direction.OUTBOUND || identities.contains(stored.author())) {
                                expected.add(i);
                            }
                        }
                    }
                }
            }
            List<InteractionId> listed = timeline.stream().filter(TimelineEntry::isInteraction)
                    .map(e -> e.interaction().id()).toList();
            assertThat(listed).doesNotHaveDuplicates();
            assertThat(new HashSet<>(listed)).containsAll(expected);
            // every audit event about the customer or their cases, exactly once
            Set<Long> audits = new HashSet<>();
            for (AuditEvent e : s.store.audit().eventsOf(customer)) {
                if (!e.action().equals(AuditAction.INTERACTION_APPENDED)) {
                    audits.add(e.sequence());
                }
            }
            for (CaseId c : theirCases) {
                s.store.audit().eventsAbout(ServiceAuditActions.subject(c)).forEach(e -> audits.add(e.sequence()));
            }
            List<Long> listedAudits = timeline.stream().filter(e -> !e.isInteraction())
                    .map(e -> e.audit().sequence()).toList();
            assertThat(listedAudits).doesNotHaveDuplicates();
            assertThat(new HashSet<>(listedAudits)).isEqualTo(audits);
        }
    }
}
