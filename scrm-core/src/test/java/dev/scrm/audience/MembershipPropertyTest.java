package dev.scrm.audience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Consent;
import dev.scrm.core.ConsentDecision;
import dev.scrm.core.ConsentStatus;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.TestClock;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Incremental membership, stages and influence equal a from-scratch evaluation after any sequence of
 * changes, and exports never contain a customer without consent.
 */
class MembershipPropertyTest {

    @Provide
    Arbitrary<List<Generators.Op>> fixedClockOps() {
        return Generators.ops(false).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Generators.Op>> movingClockOps() {
        return Generators.ops(true).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Criterion>> segmentCriteria() {
        return Generators.criteria(2).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void membership_afterEveryChange_equalsFromScratch(@ForAll("fixedClockOps") List<Generators.Op> ops,
            @ForAll("segmentCriteria") List<Criterion> criteria) {
        run(ops, criteria, true);
    }

    @Property(tries = 120)
    void membership_afterReevaluate_equalsFromScratch_whenTimePasses(
            @ForAll("movingClockOps") List<Generators.Op> ops, @ForAll("segmentCriteria") List<Criterion> criteria) {
        run(ops, criteria, false);
    }

    private void run(List<Generators.Op> ops, List<Criterion> criteria, boolean checkEveryStep) {
        TestClock clock = new TestClock(Generators.T0);
        List<Segment> segments = segments(criteria);
        List<AudienceEvent> events = new ArrayList<>();
        Audience.Builder builder = Audience.builder().clock(clock).influence(MODEL).listener(events::add);
        segments.forEach(builder::segment);
        Audience audience = builder.build();
        Oracle oracle = new Oracle();
        Map<CustomerId, Set<SegmentId>> fromEvents = new HashMap<>();
        for (Generators.Op op : ops) {
            applyBoth(op, audience, oracle, clock);
            for (AudienceEvent e : events) {
                if (e instanceof AudienceEvent.SegmentEntered) {
                    assertThat(fromEvents.computeIfAbsent(e.customer(), k -> new TreeSet<>())
                            .add(((AudienceEvent.SegmentEntered) e).segment())).isTrue();
                } else if (e instanceof AudienceEvent.SegmentLeft) {
                    assertThat(fromEvents.computeIfAbsent(e.customer(), k -> new TreeSet<>())
                            .remove(((AudienceEvent.SegmentLeft) e).segment())).isTrue();
                }
            }
            events.clear();
            if (op instanceof Generators.Erase) {
                fromEvents.remove(Generators.customer(((Generators.Erase) op).customer()));
            } else if (op instanceof Generators.Forget) {
                fromEvents.remove(Generators.customer(((Generators.Forget) op).customer()));
            }
            if (checkEveryStep) {
                assertMatches(audience, oracle, segments, clock.instant(), fromEvents);
            }
        }
        audience.reevaluate();
        for (AudienceEvent e : events) {
            if (e instanceof AudienceEvent.SegmentEntered) {
                fromEvents.computeIfAbsent(e.customer(), k -> new TreeSet<>())
                        .add(((AudienceEvent.SegmentEntered) e).segment());
            } else if (e instanceof AudienceEvent.SegmentLeft) {
                fromEvents.get(e.customer()).remove(((AudienceEvent.SegmentLeft) e).segment());
            }
        }
        assertMatches(audience, oracle, segments, clock.instant(), fromEvents);

        // a fresh audience fed the final state in another order agrees on everything, influence included
        Audience.Builder fresh = Audience.builder().clock(clock).influence(MODEL);
        segments.forEach(fresh::segment);
        Audience scratch = fresh.build();
        List<Interaction> reversed = new ArrayList<>(oracle.interactions.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(scratch::apply);
        oracle.identities.values().forEach(scratch::apply);
        for (Customer c : oracle.customers.values()) {
            scratch.apply(c.withIdentities(new TreeSet<>(oracle.owned(c.id())), c.updatedAt()));
        }
        for (CustomerId id : oracle.customers.keySet()) {
            assertThat(scratch.segmentsOf(id)).isEqualTo(audience.segmentsOf(id));
            assertThat(scratch.stage(id)).isEqualTo(audience.stage(id));
            assertThat(scratch.influence(id).map(InfluenceScore::score))
                    .isEqualTo(audience.influence(id).map(InfluenceScore::score));
            assertThat(scratch.influence(id).map(InfluenceScore::raw))
                    .isEqualTo(audience.influence(id).map(InfluenceScore::raw));
            audience.influence(id).ifPresent(score -> assertThat(
                    new long[] {score.positiveAboutAuthor(), score.negativeAboutAuthor()})
                    .as("replies about %s", id).containsExactly(oracle.aboutAuthor(id, clock.instant(),
                            MODEL.window())));
        }
        assertThat(scratch.stageCounts()).isEqualTo(audience.stageCounts());
    }

    /** The default weights plus a sentiment term, so that it moves scores and ranks. */
    private static final InfluenceModel MODEL = InfluenceModel.ofDefaults().withSentimentWeight(0.7);

    private static List<Segment> segments(List<Criterion> criteria) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            out.add(Segment.of(SegmentId.of("s" + i), criteria.get(i)));
        }
        out.add(Segment.of(SegmentId.of("fans"), Criterion.inStage(AdvocacyStage.ENGAGED_FAN)
                .or(Criterion.inStage(AdvocacyStage.FOLLOWER))));
        return out;
    }

    static void applyBoth(Generators.Op op, Audience audience, Oracle oracle, TestClock clock) {
        if (op instanceof Generators.SetCustomer) {
            Customer c = ((Generators.SetCustomer) op).build(clock.instant());
            audience.apply(c);
            oracle.apply(c);
        } else if (op instanceof Generators.SetIdentity) {
            SocialIdentity s = ((Generators.SetIdentity) op).build();
            audience.apply(s);
            oracle.apply(s);
        } else if (op instanceof Generators.AddInteraction) {
            Interaction i = ((Generators.AddInteraction) op).build(clock.instant());
            audience.apply(i);
            oracle.apply(i);
        } else if (op instanceof Generators.Erase) {
            CustomerId id = Generators.customer(((Generators.Erase) op).customer());
            assertThat(audience.erase(id)).isEqualTo(oracle.customers.containsKey(id));
            oracle.erase(id);
        } else if (op instanceof Generators.Forget) {
            CustomerId id = Generators.customer(((Generators.Forget) op).customer());
            assertThat(audience.forget(id)).isEqualTo(oracle.customers.containsKey(id));
            oracle.forget(id);
        } else {
            clock.advance(java.time.Duration.ofMinutes(((Generators.Advance) op).minutes()));
        }
    }

    private static void assertMatches(Audience audience, Oracle oracle, List<Segment> segments, Instant now,
            Map<CustomerId, Set<SegmentId>> fromEvents) {
        assertThat(audience.customerCount()).isEqualTo(oracle.customers.size());
        for (CustomerId id : oracle.customers.keySet()) {
            AdvocacyStage stage = oracle.stage(id, AdvocacyLadder.ofDefaults(), now);
            assertThat(audience.stage(id)).as("stage of %s", id).contains(stage);
            Set<SegmentId> expected = new TreeSet<>();
            for (Segment s : segments) {
                if (oracle.test(s.criterion(), id, stage, now)) {
                    expected.add(s.id());
                }
            }
            assertThat(audience.segmentsOf(id)).as("segments of %s", id).isEqualTo(expected);
            assertThat(fromEvents.getOrDefault(id, Set.of())).as("segments of %s by events", id)
                    .isEqualTo(expected);
        }
        for (Segment s : segments) {
            long expected = oracle.customers.keySet().stream().filter(id -> audience.isMember(s.id(), id)).count();
            assertThat(audience.size(s.id())).isEqualTo(expected);
            assertThat(audience.members(s.id())).hasSize((int) expected);
        }
    }

    // ---- consent -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Map<String, ConsentStatus>>> consents() {
        return Arbitraries.maps(Arbitraries.of(Consent.MARKETING, Consent.PROFILING, "newsletter"),
                Arbitraries.of(ConsentStatus.class)).list().ofMinSize(0).ofMaxSize(30);
    }

    @Property(tries = 150)
    void export_neverContainsCustomerWithoutConsent(@ForAll("consents") List<Map<String, ConsentStatus>> people,
            @ForAll("purposes") String purpose, @ForAll boolean csv) {
        TestClock clock = new TestClock(Generators.T0);
        SegmentId everyone = SegmentId.of("everyone");
        Audience audience = Audience.builder().clock(clock)
                .segment(Segment.of(everyone, Criterion.hasAttribute("x").or(Criterion.hasAttribute("x").negate())))
                .build();
        Map<String, Boolean> allowed = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Consent consent = Consent.none();
            for (Map.Entry<String, ConsentStatus> e : people.get(i).entrySet()) {
                consent = consent.with(e.getKey(), new ConsentDecision(e.getValue(), Generators.T0, "test"));
            }
            Customer c = Customer.create(CustomerId.of("p" + i), Generators.T0).withConsent(consent, Generators.T0);
            audience.apply(c);
            allowed.put("p" + i, consent.allows(purpose));
        }
        StringWriter out = new StringWriter();
        ExportReceipt receipt = audience.export(ExportRequest.of(everyone, purpose,
                csv ? ExportFormat.CSV : ExportFormat.JSON_LINES), out);
        List<String> ids = new ArrayList<>();
        String[] lines = out.toString().split("\r?\n");
        for (int i = csv ? 1 : 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            ids.add(csv ? lines[i].split(",")[0] : lines[i].replaceAll(".*\"customer_id\":\"([^\"]+)\".*", "$1"));
        }
        assertThat(ids).allSatisfy(id -> assertThat(allowed.get(id)).as("consent of %s", id).isTrue());
        long expected = allowed.values().stream().filter(b -> b).count();
        assertThat(ids).hasSize((int) expected);
        assertThat(receipt.exported()).isEqualTo(expected);
        assertThat(receipt.withheld()).isEqualTo(people.size() - expected);
    }

    @Provide
    Arbitrary<String> purposes() {
        return Arbitraries.of(Consent.MARKETING, Consent.PROFILING, "newsletter", "unused");
    }

    // ---- text form ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Criterion> anyCriterion() {
        return Generators.criteria(3);
    }

    @Property(tries = 300)
    void text_roundTrips(@ForAll("anyCriterion") Criterion c) {
        assertThat(Criterion.parse(c.text())).isEqualTo(c);
    }


}
