package dev.scrm.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.scrm.core.AttributeValue;
import dev.scrm.core.Consent;
import dev.scrm.core.ConsentDecision;
import dev.scrm.core.ConsentStatus;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.Engagement;
import dev.scrm.core.EngagementType;
import dev.scrm.core.FollowerCounts;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.Metric;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.ScrmJson;
import dev.scrm.core.Sentiment;
import dev.scrm.core.SocialIdentity;
import dev.scrm.core.ValidationException;
import dev.scrm.core.Window;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.ScrmStore;
import dev.scrm.store.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AudienceTest {

    static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    final TestClock clock = new TestClock(T0);
    final List<AudienceEvent> events = new ArrayList<>();
    int seq;

    static PlatformAccountId masto(String id) {
        return PlatformAccountId.of(Platform.MASTODON, id);
    }

    Customer customer(String id, PlatformAccountId... identities) {
        return Customer.create(CustomerId.of(id), T0).withIdentities(new TreeSet<>(List.of(identities)), T0);
    }

    static Customer with(Customer c, String attr, String value) {
        return c.withAttribute(attr, AttributeValue.of(value, Provenance.of("import:crm.csv", T0)), T0);
    }

    static Customer consent(Customer c, String purpose, ConsentStatus status) {
        return c.withConsent(c.consent().with(purpose, new ConsentDecision(status, T0, "web-form")), T0);
    }

    Interaction.Builder event(PlatformAccountId author, InteractionKind kind) {
        return Interaction.builder(InteractionId.of(author.platform(), "e" + (++seq))).kind(kind)
                .occurredAt(clock.instant()).author(author).provenance(Provenance.of("test", clock.instant()));
    }

    Interaction post(PlatformAccountId author, InteractionId id) {
        return Interaction.builder(id).kind(InteractionKind.COMMENT).occurredAt(clock.instant()).author(author)
                .provenance(Provenance.of("test", clock.instant())).build();
    }

    static Sentiment sentiment(double compound) {
        return new Sentiment(compound, 0.3, 0.4, 0.3, "vader", "3.3.2");
    }

    static SocialIdentity identity(PlatformAccountId id, long followers) {
        return SocialIdentity.builder(id).followerCounts(new FollowerCounts(followers, 1, T0)).observedAt(T0).build();
    }

    @Nested
    class Segments {

        @Test
        void apply_interactionCrossesThreshold_emitsEnteredThenLeftWhenWindowPasses() {
            SegmentId active = SegmentId.of("active_acme");
            Audience a = Audience.builder().clock(clock).listener(events::add)
                    .segment(Segment.parse("active_acme", "count(brand=acme, within=7d) >= 2")).build();
            PlatformAccountId u = masto("1");
            a.apply(customer("c1", u));
            a.apply(event(u, InteractionKind.MENTION).brand("ACME").build());
            assertThat(a.isMember(active, CustomerId.of("c1"))).isFalse();
            a.apply(event(u, InteractionKind.REPLY).brand("acme").build());
            assertThat(a.isMember(active, CustomerId.of("c1"))).isTrue();
            assertThat(events).contains(new AudienceEvent.SegmentEntered(active, CustomerId.of("c1"), T0));

            clock.advance(Duration.ofDays(8));
            assertThat(a.isMember(active, CustomerId.of("c1"))).as("not re-evaluated yet").isTrue();
            a.reevaluate();
            assertThat(a.isMember(active, CustomerId.of("c1"))).isFalse();
            assertThat(events.get(events.size() - 1)).isEqualTo(
                    new AudienceEvent.SegmentLeft(active, CustomerId.of("c1"), T0.plus(Duration.ofDays(8))));
        }

        @Test
        void apply_historyBeforeLink_countsOnceLinked_andMovesWithIdentity() {
            Audience a = Audience.builder().clock(clock)
                    .segment(Segment.parse("buyers", "spend() >= 30 and platform(crm)")).build();
            PlatformAccountId shop = PlatformAccountId.of(Platform.CRM, "order-account-7");
            a.apply(event(shop, InteractionKind.PURCHASE).attribute("amount", "19.99").build());
            a.apply(event(shop, InteractionKind.PURCHASE).attribute("amount", "10.01").build());
            a.apply(customer("c1", shop));
            assertThat(a.members(SegmentId.of("buyers"))).containsExactly(CustomerId.of("c1"));

            a.apply(customer("c2", shop));
            assertThat(a.members(SegmentId.of("buyers"))).containsExactly(CustomerId.of("c2"));
            assertThat(a.segmentsOf(CustomerId.of("c1"))).isEmpty();
        }

        @Test
        void apply_sameInteractionTwice_countsOnce_andFresherCopyReplacesIt() {
            Audience a = Audience.builder().clock(clock)
                    .segment(Segment.parse("two", "count() >= 2"))
                    .segment(Segment.parse("liked", "count(sentiment=positive) >= 1")).build();
            PlatformAccountId u = masto("1");
            a.apply(customer("c1", u));
            Interaction first = event(u, InteractionKind.MENTION).build();
            a.apply(first);
            a.apply(first);
            assertThat(a.size(SegmentId.of("two"))).isZero();
            a.apply(first.withSentiment(sentiment(0.6)));
            assertThat(a.size(SegmentId.of("two"))).isZero();
            assertThat(a.size(SegmentId.of("liked"))).isEqualTo(1);
        }

        @Test
        void apply_purchaseWithBadAmount_throwsValidationNamingField() {
            Audience a = Audience.builder().clock(clock).build();
            Interaction bad = event(masto("1"), InteractionKind.PURCHASE).attribute("amount", "12,50 EUR").build();
            assertThatThrownBy(() -> a.apply(bad)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("interaction.attributes.amount").hasMessageNotContaining("12,50");
        }

        @Test
        void define_existingCustomers_evaluatesAndEmits_removeStopsTracking() {
            Audience a = Audience.builder().clock(clock).listener(events::add).build();
            a.apply(with(customer("c1"), "income_band", "High"));
            a.apply(with(customer("c2"), "income_band", "low"));
            a.define(Segment.parse("affluent", "attr(income_band) in (high, very_high)"));
            assertThat(a.members(SegmentId.of("affluent"))).containsExactly(CustomerId.of("c1"));
            assertThat(events).containsExactly(
                    new AudienceEvent.SegmentEntered(SegmentId.of("affluent"), CustomerId.of("c1"), T0));
            assertThat(a.remove(SegmentId.of("affluent"))).isTrue();
            assertThat(a.segments()).isEmpty();
            assertThatThrownBy(() -> a.size(SegmentId.of("affluent"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("affluent");
        }

        @Test
        void identitiesAndDemographics_criteria() {
            Audience a = Audience.builder().clock(clock)
                    .segment(Segment.parse("target", "followers >= 1000 and verified and attr(age) >= 30"
                            + " and not consent(marketing)"))
                    .build();
            PlatformAccountId u = masto("1");
            a.apply(SocialIdentity.builder(u).followerCounts(new FollowerCounts(1500, 3, T0)).verified(true)
                    .observedAt(T0).build());
            a.apply(with(customer("c1", u), "age", "42"));
            assertThat(a.size(SegmentId.of("target"))).isEqualTo(1);
            a.apply(consent(with(customer("c1", u), "age", "42"), Consent.MARKETING, ConsentStatus.GRANTED));
            assertThat(a.size(SegmentId.of("target"))).isZero();
        }

        @Test
        void erase_forgetsCustomerAndTheirHistory() {
            Audience a = Audience.builder().clock(clock)
                    .segment(Segment.parse("any", "count() >= 1")).build();
            PlatformAccountId u = masto("1");
            a.apply(customer("c1", u));
            a.apply(event(u, InteractionKind.LIKE).build());
            assertThat(a.erase(CustomerId.of("c1"))).isTrue();
            assertThat(a.erase(CustomerId.of("c1"))).isFalse();
            assertThat(a.size(SegmentId.of("any"))).isZero();
            assertThat(a.customerCount()).isZero();
            a.apply(customer("c1", u));
            assertThat(a.size(SegmentId.of("any"))).as("history was erased").isZero();
        }

        @Test
        void forget_afterMerge_keepsHistoryForTheSurvivor() {
            Audience a = Audience.builder().clock(clock)
                    .segment(Segment.parse("two", "count() >= 2")).build();
            PlatformAccountId u1 = masto("1");
            PlatformAccountId u2 = masto("2");
            a.apply(customer("c1", u1));
            a.apply(customer("c2", u2));
            a.apply(event(u1, InteractionKind.LIKE).build());
            a.apply(event(u2, InteractionKind.LIKE).build());
            assertThat(a.size(SegmentId.of("two"))).isZero();
            a.apply(customer("c1", u1, u2));
            assertThat(a.forget(CustomerId.of("c2"))).isTrue();
            assertThat(a.members(SegmentId.of("two"))).containsExactly(CustomerId.of("c1"));
            assertThat(a.customerCount()).isEqualTo(1);
        }

        @Test
        void listenerThatThrows_doesNotStopOthers() {
            List<AudienceEvent> seen = new ArrayList<>();
            Audience a = Audience.builder().clock(clock)
                    .listener(e -> {
                        throw new IllegalStateException("boom");
                    })
                    .listener(seen::add)
                    .segment(Segment.parse("all", "not has(nothing)")).build();
            a.apply(customer("c1"));
            assertThat(seen).hasSize(1);
        }

        @Test
        void audit_recordsEntriesAndStageChanges_withoutPersonalData() {
            ScrmStore store = ScrmStore.inMemory(clock);
            Audience a = Audience.builder().clock(clock).audit(store.audit(), "audience")
                    .segment(Segment.parse("fans", "count(kind=like) >= 1")).build();
            PlatformAccountId u = masto("1");
            a.apply(customer("c1", u));
            a.apply(event(u, InteractionKind.LIKE).build());
            List<AuditEvent> log = store.audit().eventsOf(CustomerId.of("c1"));
            assertThat(log).extracting(e -> e.action().name())
                    .containsExactly("STAGE_CHANGED", "SEGMENT_ENTERED");
            assertThat(log.get(0).details()).containsEntry("from", "unaware").containsEntry("to", "casual_participant");
            assertThat(log.get(1).details()).containsExactly(Map.entry("segment", "fans"));
        }

        @Test
        void loadFrom_store_evaluatesEveryone() {
            ScrmStore store = ScrmStore.inMemory(clock);
            PlatformAccountId u = masto("1");
            store.putIdentity(identity(u, 12), "test");
            store.create(Customer.create(CustomerId.of("c1"), T0), "test");
            store.link(u, CustomerId.of("c1"), new IdentityLink(LinkMethod.VERIFIED, 1.0, "test", T0), "test");
            store.append(event(u, InteractionKind.FOLLOW).build(), "test");
            Audience a = Audience.builder().clock(clock).listener(events::add)
                    .segment(Segment.parse("followers", "follows")).build();
            a.loadFrom(store);
            assertThat(a.members(SegmentId.of("followers"))).containsExactly(CustomerId.of("c1"));
            assertThat(a.stage(CustomerId.of("c1"))).contains(AdvocacyStage.FOLLOWER);
            assertThat(events).hasSize(2);
        }
    }

    @Nested
    class Ladder {

        @Test
        void defaultLadder_walksTheJourney_andCountsStagesOverTime() {
            Audience a = Audience.builder().clock(clock).listener(events::add).build();
            PlatformAccountId u = masto("1");
            CustomerId c1 = CustomerId.of("c1");
            a.apply(customer("c1", u));
            a.apply(customer("c2"));
            assertThat(a.stage(c1)).contains(AdvocacyStage.UNAWARE);

            clock.advance(Duration.ofHours(1));
            a.apply(event(u, InteractionKind.MENTION).build());
            assertThat(a.stage(c1)).contains(AdvocacyStage.CASUAL_PARTICIPANT);
            clock.advance(Duration.ofHours(1));
            a.apply(event(u, InteractionKind.FOLLOW).build());
            assertThat(a.stage(c1)).contains(AdvocacyStage.FOLLOWER);
            a.apply(event(u, InteractionKind.LIKE).build());
            a.apply(event(u, InteractionKind.COMMENT).build());
            assertThat(a.stage(c1)).contains(AdvocacyStage.ENGAGED_FAN);
            clock.advance(Duration.ofHours(1));
            a.apply(event(PlatformAccountId.of(Platform.CRM, "shop-1"), InteractionKind.PURCHASE)
                    .attribute("amount", "49.90").build());
            a.apply(customer("c1", u, PlatformAccountId.of(Platform.CRM, "shop-1")));
            assertThat(a.stage(c1)).contains(AdvocacyStage.CUSTOMER);
            a.apply(event(u, InteractionKind.REVIEW).sentiment(sentiment(0.8)).build());
            a.apply(event(u, InteractionKind.SHARE).sentiment(sentiment(0.4)).build());
            assertThat(a.stage(c1)).contains(AdvocacyStage.ADVOCATE);
            clock.advance(Duration.ofHours(1));
            a.apply(event(u, InteractionKind.REPLY).sentiment(sentiment(-0.9)).build());
            a.apply(event(u, InteractionKind.DIRECT_MESSAGE).sentiment(sentiment(-0.8)).build());
            assertThat(a.stage(c1)).contains(AdvocacyStage.DETRACTOR);

            assertThat(events).filteredOn(e -> e instanceof AudienceEvent.StageChanged)
                    .extracting(e -> ((AudienceEvent.StageChanged) e).to())
                    .containsExactly(AdvocacyStage.CASUAL_PARTICIPANT, AdvocacyStage.FOLLOWER,
                            AdvocacyStage.ENGAGED_FAN, AdvocacyStage.CUSTOMER, AdvocacyStage.ADVOCATE,
                            AdvocacyStage.DETRACTOR);
            assertThat(a.stageCounts()).containsEntry(AdvocacyStage.DETRACTOR, 1L)
                    .containsEntry(AdvocacyStage.UNAWARE, 1L);

            List<Metric> series = a.stageMetrics(Window.of(T0, T0.plus(Duration.ofHours(4))), Duration.ofHours(1),
                    ZoneOffset.UTC);
            assertThat(series).hasSize(4 * AdvocacyStage.values().length);
            assertThat(series).allSatisfy(m -> assertThat(m.kpi()).isEqualTo(Audience.STAGE_COUNT_KPI));
            assertThat(valueAt(series, T0, "unaware")).isEqualTo(2.0);
            // each bucket reports the count at its end: changes made exactly at the end belong to the next one
            assertThat(valueAt(series, T0.plus(Duration.ofHours(1)), "casual_participant")).isEqualTo(1.0);
            assertThat(valueAt(series, T0.plus(Duration.ofHours(1)), "follower")).isZero();
            assertThat(valueAt(series, T0.plus(Duration.ofHours(2)), "engaged_fan")).isEqualTo(1.0);
            assertThat(valueAt(series, T0.plus(Duration.ofHours(3)), "advocate")).isEqualTo(1.0);
            assertThat(valueAt(series, T0.plus(Duration.ofHours(3)), "unaware")).isEqualTo(1.0);
            assertThat(a.stageCounts(T0.plus(Duration.ofHours(10)))).isEqualTo(a.stageCounts());
        }

        private double valueAt(List<Metric> series, Instant bucketStart, String stage) {
            return series.stream().filter(m -> m.window().start().equals(bucketStart)
                    && m.dimensions().get("stage").equals(stage)).findFirst().orElseThrow().value();
        }

        @Test
        void customLadder_fromText_andRulesMayNotUseStage() {
            AdvocacyLadder ladder = AdvocacyLadder.builder()
                    .rule(AdvocacyStage.CUSTOMER, "spend() > 0")
                    .rule(AdvocacyStage.FOLLOWER, "followers >= 0 and count(kind=follow) >= 1").build();
            assertThat(ladder.rules()).hasSize(2);
            assertThatThrownBy(() -> AdvocacyLadder.builder().rule(AdvocacyStage.ADVOCATE, "stage = customer"))
                    .isInstanceOf(IllegalArgumentException.class);
            Audience a = Audience.builder().clock(clock).ladder(ladder).build();
            PlatformAccountId u = masto("9");
            a.apply(customer("c9", u));
            a.apply(event(u, InteractionKind.FOLLOW).build());
            assertThat(a.stage(CustomerId.of("c9"))).contains(AdvocacyStage.FOLLOWER);
        }
    }

    @Nested
    class Influence {

        /** The formula sheet's golden authors A to D: (F, median E, amplifications). */
        Audience goldenPopulation() {
            Audience a = Audience.builder().clock(clock).build();
            author(a, "a", 99, new long[][] {{9, 0}});
            author(a, "b", 999, new long[][] {{90, 9}});
            author(a, "c", 9_999, new long[][] {{0, 99}});
            author(a, "d", 999_999, new long[][] {{999, 0}, {0, 999}, {0, 9_000}});
            return a;
        }

        /** posts: {likes, shares}; E = likes + shares, amplification = shares. */
        void author(Audience a, String name, long followers, long[][] posts) {
            PlatformAccountId u = masto(name);
            a.apply(identity(u, followers));
            a.apply(customer(name, u));
            for (long[] p : posts) {
                a.apply(event(u, InteractionKind.MENTION)
                        .engagement(new Engagement(Map.of(EngagementType.LIKES, p[0], EngagementType.SHARES, p[1])))
                        .build());
            }
        }

        @Test
        void goldenCases_reproduceTheFormulaSheet() {
            Audience a = goldenPopulation();
            InfluenceScore sa = a.influence(CustomerId.of("a")).orElseThrow();
            assertThat(sa.raw()).isCloseTo(1.1, within(1e-9));
            assertThat(sa.followersContribution()).isCloseTo(0.8, within(1e-9));
            assertThat(sa.engagementContribution()).isCloseTo(0.3, within(1e-9));
            assertThat(sa.amplificationContribution()).isCloseTo(0.0, within(1e-9));
            assertThat(sa.score()).isEqualTo(12.5);
            assertThat(sa.population()).isEqualTo(4);
            assertThat(sa.smallPopulation()).isTrue();
            assertThat(a.influence(CustomerId.of("b")).orElseThrow().raw()).isCloseTo(2.1, within(1e-9));
            assertThat(a.influence(CustomerId.of("b")).orElseThrow().score()).isEqualTo(37.5);
            assertThat(a.influence(CustomerId.of("c")).orElseThrow().raw()).isCloseTo(2.8, within(1e-9));
            assertThat(a.influence(CustomerId.of("c")).orElseThrow().score()).isEqualTo(62.5);
            InfluenceScore sd = a.influence(CustomerId.of("d")).orElseThrow();
            assertThat(sd.raw()).isCloseTo(4.5, within(1e-9));
            assertThat(sd.medianEngagement()).isEqualTo(999.0);
            assertThat(sd.amplifications()).isEqualTo(9_999);
            assertThat(sd.posts()).isEqualTo(3);
            assertThat(sd.score()).isEqualTo(87.5);
            assertThat(a.topInfluencers(2)).extracting(InfluenceScore::customer)
                    .containsExactly(CustomerId.of("d"), CustomerId.of("c"));
        }

        @Test
        void goldenCases_haveNoSentimentTerm_byDefault() {
            Audience a = goldenPopulation();
            PlatformAccountId post = masto("a");
            InteractionId parent = InteractionId.of(post.platform(), "a-post");
            a.apply(post(post, parent));
            a.apply(event(masto("b"), InteractionKind.REPLY).inReplyTo(parent).sentiment(sentiment(-0.9)).build());
            InfluenceScore sa = a.influence(CustomerId.of("a")).orElseThrow();
            assertThat(sa.negativeAboutAuthor()).isEqualTo(1);
            assertThat(sa.netSentimentAboutAuthor()).hasValue(-1.0);
            assertThat(sa.sentimentContribution()).isZero();
            assertThat(sa.score()).isEqualTo(12.5);
            assertThat(a.influence(CustomerId.of("b")).orElseThrow().netSentimentAboutAuthor()).isEmpty();
        }

        /**
         * The golden authors, a's post being the one replied to, and d = 6. Replies to it: b +0.6 and c +0.05 (positive at the threshold), d −0.3 (negative); left out:
         * a's own −0.9, an outsider's neutral 0.04, a bot's −0.8, the brand's outbound −0.7, one 91 days old.
         * P = 2, N = 1, NS = 1/3, d·NS = 2, raw(a) = 1.1 + 2 = 3.1, between c (2.8) and d (4.5).
         */
        @Test
        void sentimentAboutAuthor_handComputed_withWeight() {
            Audience a = Audience.builder().clock(clock)
                    .influence(InfluenceModel.ofDefaults().withSentimentWeight(6.0)).build();
            PlatformAccountId ua = masto("a");
            InteractionId parent = InteractionId.of(ua.platform(), "a-post");
            // one reply arrives before the post it answers
            a.apply(event(masto("b"), InteractionKind.REPLY).inReplyTo(parent).sentiment(sentiment(0.6)).build());
            author(a, "a", 99, new long[0][]);
            author(a, "b", 999, new long[][] {{90, 9}});
            author(a, "c", 9_999, new long[][] {{0, 99}});
            author(a, "d", 999_999, new long[][] {{999, 0}, {0, 999}, {0, 9_000}});
            a.apply(Interaction.builder(parent).kind(InteractionKind.POST).occurredAt(clock.instant()).author(ua)
                    .engagement(new Engagement(Map.of(EngagementType.LIKES, 9L)))
                    .provenance(Provenance.of("test", clock.instant())).build());
            assertThat(a.influence(CustomerId.of("a")).orElseThrow().positiveAboutAuthor()).isEqualTo(1);
            a.apply(event(masto("c"), InteractionKind.REPLY).inReplyTo(parent).sentiment(sentiment(0.05)).build());
            a.apply(event(masto("d"), InteractionKind.REPLY).inReplyTo(parent).sentiment(sentiment(-0.3)).build());
            // a's own reply is one of a's posts (E = 9 keeps the median at 9), not sentiment about a
            a.apply(event(ua, InteractionKind.REPLY).inReplyTo(parent).sentiment(sentiment(-0.9))
                    .engagement(new Engagement(Map.of(EngagementType.LIKES, 9L))).build());
            a.apply(event(masto("outsider"), InteractionKind.REPLY).inReplyTo(parent).sentiment(sentiment(0.04))
                    .build());
            PlatformAccountId bot = masto("bot");
            a.apply(SocialIdentity.builder(bot).attribute("bot", "true").observedAt(T0).build());
            a.apply(event(bot, InteractionKind.REPLY).inReplyTo(parent).sentiment(sentiment(-0.8)).build());
            a.apply(event(masto("brand"), InteractionKind.REPLY).direction(Direction.OUTBOUND).inReplyTo(parent)
                    .sentiment(sentiment(-0.7)).build());
            a.apply(event(masto("e"), InteractionKind.REPLY).inReplyTo(parent).sentiment(sentiment(-0.6))
                    .occurredAt(T0.minus(Duration.ofDays(91))).build());

            InfluenceScore sa = a.influence(CustomerId.of("a")).orElseThrow();
            assertThat(sa.positiveAboutAuthor()).isEqualTo(2);
            assertThat(sa.negativeAboutAuthor()).isEqualTo(1);
            assertThat(sa.netSentimentAboutAuthor().orElseThrow()).isCloseTo(1.0 / 3.0, within(1e-12));
            assertThat(sa.sentimentContribution()).isCloseTo(2.0, within(1e-9));
            assertThat(sa.raw()).isCloseTo(3.1, within(1e-9));
            assertThat(sa.raw()).isCloseTo(sa.followersContribution() + sa.engagementContribution()
                    + sa.amplificationContribution() + sa.sentimentContribution(), within(1e-12));
            assertThat(sa.score()).isEqualTo(62.5);
            assertThat(a.influence(CustomerId.of("c")).orElseThrow().score()).isEqualTo(37.5);
            assertThat(a.influence(CustomerId.of("b")).orElseThrow().score()).isEqualTo(12.5);

            // the replies leave the window as time passes
            clock.advance(Duration.ofDays(91));
            a.apply(event(ua, InteractionKind.POST).build());
            InfluenceScore later = a.influence(CustomerId.of("a")).orElseThrow();
            assertThat(later.netSentimentAboutAuthor()).isEmpty();
            assertThat(later.sentimentContribution()).isZero();
        }

        @Test
        void tie_bothGetMidRank() {
            Audience a = Audience.builder().clock(clock).build();
            author(a, "a", 99, new long[][] {{9, 0}});
            author(a, "b", 999, new long[][] {{90, 9}});
            author(a, "c", 9_999, new long[][] {{0, 99}});
            author(a, "e", 9_999, new long[][] {{0, 99}});
            assertThat(a.influence(CustomerId.of("c")).orElseThrow().score()).isEqualTo(75.0);
            assertThat(a.influence(CustomerId.of("e")).orElseThrow().score()).isEqualTo(75.0);
        }

        @Test
        void incrementalUpdate_movesRanks_andInactiveOrBotsAreOutside() {
            Audience a = goldenPopulation();
            PlatformAccountId ua = masto("a");
            a.apply(identity(ua, 1_000_000_000));
            a.apply(event(ua, InteractionKind.POST)
                    .engagement(new Engagement(Map.of(EngagementType.SHARES, 10_000L))).build());
            assertThat(a.influence(CustomerId.of("a")).orElseThrow().score()).isEqualTo(87.5);
            assertThat(a.influence(CustomerId.of("d")).orElseThrow().score()).isEqualTo(62.5);

            PlatformAccountId bot = masto("bot");
            a.apply(SocialIdentity.builder(bot).attribute("bot", "true")
                    .followerCounts(new FollowerCounts(10, 0, T0)).observedAt(T0).build());
            a.apply(customer("bot", bot));
            a.apply(event(bot, InteractionKind.MENTION).build());
            assertThat(a.influence(CustomerId.of("bot"))).isEmpty();
            assertThat(a.influencePopulation()).isEqualTo(4);

            clock.advance(Duration.ofDays(91));
            a.reevaluate();
            assertThat(a.influencePopulation()).isZero();
            assertThat(a.influence(CustomerId.of("a"))).isEmpty();
        }
    }

    @Nested
    class MappingAndExport {

        Audience population() {
            Audience a = Audience.builder().clock(clock)
                    .segment(Segment.parse("target", "attr(income_band) = high and consent(marketing)")).build();
            String[][] rows = {
                {"c1", "Ljubljana", "high", "welding; design", "granted"},
                {"c2", "ljubljana ", "high", "design", "denied"},
                {"c3", "Maribor", "high", "", "granted"},
                {"c4", "Maribor", "low", "welding", "granted"},
                {"c5", "Koper", "low", "design", "granted"},
            };
            for (String[] r : rows) {
                Customer c = with(with(customer(r[0]), "locality", r[1]), "income_band", r[2]);
                if (!r[3].isEmpty()) {
                    c = with(c, "skills", r[3]);
                }
                c = consent(c, Consent.MARKETING, ConsentStatus.valueOf(r[4].toUpperCase(java.util.Locale.ROOT)));
                a.apply(c);
            }
            return a;
        }

        @Test
        void map_groupsByLocality_withIndexAndFolding() {
            Audience a = population();
            SocialMap map = a.map(SocialMapping.by("locality"));
            assertThat(map.total().customers()).isEqualTo(5);
            assertThat(map.total().segmentMembers()).containsEntry(SegmentId.of("target"), 2L);
            assertThat(map.groups()).extracting(g -> g.key().get("locality"))
                    .containsExactly("ljubljana", "maribor", "koper");
            SocialGroup lj = map.groups().get(0);
            assertThat(lj.customers()).isEqualTo(2);
            assertThat(lj.segmentMembers()).containsEntry(SegmentId.of("target"), 1L);
            assertThat(map.index(lj, SegmentId.of("target")).getAsDouble()).isCloseTo(125.0, within(1e-9));
            assertThat(map.ranked(SegmentId.of("target"))).extracting(g -> g.key().get("locality"))
                    .containsExactly("ljubljana", "maribor");
            assertThat(lj.stages()).containsEntry(AdvocacyStage.UNAWARE, 2L);

            SocialMap folded = a.map(SocialMapping.by("locality").withMinGroupSize(2));
            assertThat(folded.groups()).extracting(g -> g.key().get("locality"))
                    .containsExactly("ljubljana", "maribor", SocialMap.OTHER);
        }

        @Test
        void map_multiValuedAndTwoAttributes() {
            Audience a = population();
            SocialMap map = a.map(SocialMapping.by("skills", "income_band").withMultiValued("skills", ";"));
            assertThat(map.groups()).extracting(g -> g.key().get("skills") + "/" + g.key().get("income_band"))
                    .containsExactlyInAnyOrder("design/high", "design/low", "welding/high", "welding/low",
                            SocialMap.UNKNOWN + "/high");
            assertThat(map.groups().stream().filter(g -> g.key().get("skills").equals("design")
                    && g.key().get("income_band").equals("high")).findFirst().orElseThrow().customers()).isEqualTo(2);
        }

        @Test
        void export_csv_onlyConsentedMembers_quotedAndFormulaSafe() {
            Audience a = population();
            a.apply(consent(with(with(with(customer("c0"), "income_band", "high"), "full_name", "=HYPERLINK(x)"),
                    "note", "a, \"b\""), Consent.MARKETING, ConsentStatus.GRANTED));
            StringBuilder out = new StringBuilder();
            ExportReceipt r = a.export(ExportRequest.of(SegmentId.of("target"), Consent.MARKETING, ExportFormat.CSV,
                    "full_name", "locality", "note"), out);
            assertThat(r.exported()).isEqualTo(3);
            assertThat(r.withheld()).isZero();
            assertThat(out.toString()).isEqualTo("customer_id,stage,full_name,locality,note\r\n"
                    + "c0,unaware,'=HYPERLINK(x),,\"a, \"\"b\"\"\"\r\n"
                    + "c1,unaware,,Ljubljana,\r\n"
                    + "c3,unaware,,Maribor,\r\n");
        }

        @Test
        void export_jsonLines_forAnotherPurpose_withholdsThoseWithoutIt() throws Exception {
            Audience a = population();
            StringBuilder out = new StringBuilder();
            ExportReceipt r = a.export(ExportRequest.of(SegmentId.of("target"), Consent.PROFILING,
                    ExportFormat.JSON_LINES, "locality"), out);
            assertThat(r.exported()).isZero();
            assertThat(r.withheld()).isEqualTo(2);
            assertThat(out.toString()).isEmpty();

            Audience b = population();
            b.apply(consent(with(with(customer("c1"), "locality", "Ljubljana"), "income_band", "high"),
                    Consent.MARKETING, ConsentStatus.GRANTED));
            StringBuilder lines = new StringBuilder();
            b.export(ExportRequest.of(SegmentId.of("target"), Consent.MARKETING, ExportFormat.JSON_LINES, "locality",
                    "missing"), lines);
            String[] parsed = lines.toString().split("\n");
            assertThat(parsed).hasSize(2);
            @SuppressWarnings("unchecked")
            Map<String, Object> first = ScrmJson.mapper().readValue(parsed[0], Map.class);
            assertThat(first).containsEntry("customer_id", "c1").containsEntry("stage", "unaware")
                    .containsEntry("attributes", Map.of("locality", "Ljubljana"));
        }

        @Test
        void exportRequest_rejectsReservedOrRepeatedColumns() {
            assertThatThrownBy(() -> ExportRequest.of(SegmentId.of("s"), "marketing", ExportFormat.CSV, "stage"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ExportRequest.of(SegmentId.of("s"), "marketing", ExportFormat.CSV, "a", "a"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class TextForm {

        @Test
        void parse_fullExample() {
            Criterion c = Criterion.parse("attr(income_band) in (\"high\", very_high) AND platform(Mastodon)\n"
                    + "  and followers >= 1000 and count(kind=mention|share, brand=acme, within=30d) >= 3"
                    + " and not consent(marketing) or stage = advocate");
            assertThat(c).isEqualTo(Criterion.any(Criterion.all(
                    Criterion.attributeIn("income_band", "high", "very_high"),
                    Criterion.onPlatform(Platform.MASTODON),
                    Criterion.followers(Comparison.GE, 1000),
                    Criterion.count(HistoryFilter.of(InteractionKind.MENTION, InteractionKind.SHARE).withBrand("acme")
                            .withWithin(Duration.ofDays(30)), Comparison.GE, 3),
                    Criterion.consents("marketing").negate()), Criterion.inStage(AdvocacyStage.ADVOCATE)));
            assertThat(Criterion.parse(c.text())).isEqualTo(c);
        }

        @Test
        void parse_filtersAndNumbers() {
            Criterion c = Criterion.parse("sentiment(direction=inbound, sentiment=negative, platform=bluesky,"
                    + " campaign=\"Spring 26\", within=P2DT3H) <= -0.25 and spend(within=52w) > 100.5");
            assertThat(c).isEqualTo(Criterion.all(
                    Criterion.sentiment(HistoryFilter.any().withDirection(Direction.INBOUND)
                            .withSentiment(dev.scrm.core.SentimentLabel.NEGATIVE).withPlatform(Platform.BLUESKY)
                            .withCampaign("Spring 26").withWithin(Duration.ofHours(51)), Comparison.LE, -0.25),
                    Criterion.spend(HistoryFilter.any().withWithin(Duration.ofDays(364)), Comparison.GT, 100.5)));
        }

        @Test
        void parse_errors_giveLineAndColumn_neverTheText() {
            assertThatThrownBy(() -> Criterion.parse("has(email) and\n  attr(email) = \"ana@example.com\" frob",
                    "segments.conf"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("segments.conf:2: column 35:")
                    .hasMessageNotContaining("ana@example.com");
            assertThatThrownBy(() -> Criterion.parse("count(kind=tweet) > 1"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("filter key kind");
            assertThatThrownBy(() -> Criterion.parse("count(within=5y) > 1"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("within");
            assertThatThrownBy(() -> Criterion.parse("attr(age) > old")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("needs a number");
            assertThatThrownBy(() -> Criterion.parse("(verified")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("')'");
            assertThatThrownBy(() -> Criterion.parse("")).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> Segment.parse("Bad Id", "verified")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void records_rejectBadValues() {
            assertThatThrownBy(() -> Criterion.followers(Comparison.GE, -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Criterion.sentiment(HistoryFilter.any(), Comparison.GE, 2))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> HistoryFilter.any().withWithin(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Criterion.All(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Criterion.consents("news letter!")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Criterion.parse("attr(x) > NaN")).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ExportRequest.of(SegmentId.of("s"), "Mark eting", ExportFormat.CSV))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(Criterion.spend(HistoryFilter.of(InteractionKind.LIKE), Comparison.GT, 1).text())
                    .isEqualTo("spend() > 1");
            assertThat(new java.util.HashSet<>(List.of(Criterion.verified(), Criterion.verified()))).hasSize(1);
        }
    }
}
