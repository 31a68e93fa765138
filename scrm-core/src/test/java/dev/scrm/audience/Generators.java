package dev.scrm.audience;

import dev.scrm.core.AttributeValue;
import dev.scrm.core.Consent;
import dev.scrm.core.ConsentDecision;
import dev.scrm.core.ConsentStatus;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.Engagement;
import dev.scrm.core.FollowerCounts;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.Sentiment;
import dev.scrm.core.SentimentLabel;
import dev.scrm.core.SocialIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of criteria and of change sequences over a small world of customers and identities. */
final class Generators {

    static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    static final int CUSTOMERS = 5;
    static final int IDENTITIES = 8;
    static final List<String> BRANDS = List.of("acme", "Rival");
    static final List<String> CAMPAIGNS = List.of("spring", "Summer-Sale");
    static final List<String> ATTRS = List.of("tier", "income_band", "age");

    private Generators() {
    }

    static PlatformAccountId identity(int i) {
        return PlatformAccountId.of(i % 2 == 0 ? Platform.MASTODON : Platform.BLUESKY, "u" + i);
    }

    static CustomerId customer(int i) {
        return CustomerId.of("c" + i);
    }

    // ---- criteria --------------------------------------------------------------------------------------

    static Arbitrary<Duration> withins() {
        return Arbitraries.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30), Duration.ofHours(12));
    }

    static Arbitrary<HistoryFilter> filters() {
        Arbitrary<Set<InteractionKind>> kinds = Arbitraries.of(InteractionKind.class).set().ofMaxSize(3);
        Arbitrary<Direction> dir = Arbitraries.of(Direction.class).injectNull(0.6);
        Arbitrary<String> brand = Arbitraries.of("acme", "ACME", "rival").injectNull(0.6);
        Arbitrary<String> campaign = Arbitraries.of("spring", "summer-sale").injectNull(0.7);
        Arbitrary<SentimentLabel> sentiment = Arbitraries.of(SentimentLabel.class).injectNull(0.6);
        Arbitrary<Platform> platform = Arbitraries.of(Platform.MASTODON, Platform.BLUESKY).injectNull(0.7);
        Arbitrary<Duration> within = withins().injectNull(0.4);
        return Combinators.combine(kinds, dir, brand, campaign, sentiment, platform, within)
                .as(HistoryFilter::new);
    }

    static Arbitrary<Comparison> ops() {
        return Arbitraries.of(Comparison.class);
    }

    static Arbitrary<Criterion> atoms() {
        Arbitrary<String> attr = Arbitraries.of(ATTRS);
        Arbitrary<String> textValue = Arbitraries.of("gold", "Silver", "high", " low", "x y", "quote\"d");
        return Arbitraries.oneOf(
                Combinators.combine(attr, Arbitraries.of(Comparison.EQ, Comparison.NE), textValue)
                        .as(Criterion::attribute),
                Combinators.combine(Arbitraries.of("age"), ops(), Arbitraries.integers().between(18, 70))
                        .as((a, op, v) -> Criterion.attribute(a, op, Integer.toString(v))),
                Combinators.combine(attr, textValue.set().ofMinSize(1).ofMaxSize(3))
                        .as((a, vs) -> new Criterion.AttributeIn(a, vs)),
                attr.map(Criterion::hasAttribute),
                Arbitraries.of(Platform.MASTODON, Platform.BLUESKY).map(Criterion::onPlatform),
                Combinators.combine(ops(), Arbitraries.of(0L, 100L, 1000L, 2500L)).as(Criterion::followers),
                Arbitraries.just(Criterion.verified()),
                Arbitraries.just(Criterion.followsBrand()),
                Arbitraries.of(Consent.MARKETING, Consent.PROFILING).map(Criterion::consents),
                Combinators.combine(filters(), ops(), Arbitraries.longs().between(0, 4)).as(Criterion::count),
                Combinators.combine(filters(), ops(), Arbitraries.of(-0.5, -0.25, 0.0, 0.25, 0.5))
                        .as(Criterion::sentiment),
                Combinators.combine(filters(), ops(), Arbitraries.of(0.0, 10.0, 19.99, 50.0))
                        .as(Criterion::spend));
    }

    static Arbitrary<Criterion> criteria(int depth) {
        if (depth == 0) {
            return atoms();
        }
        Arbitrary<Criterion> sub = Arbitraries.lazy(() -> criteria(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, atoms()),
                net.jqwik.api.Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3)
                        .map(l -> Criterion.all(l.toArray(new Criterion[0])))),
                net.jqwik.api.Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3)
                        .map(l -> Criterion.any(l.toArray(new Criterion[0])))),
                net.jqwik.api.Tuple.of(1, sub.map(Criterion::negate)));
    }

    // ---- changes ---------------------------------------------------------------------------------------

    /** One change applied to both the audience and the oracle. */
    sealed interface Op permits SetCustomer, SetIdentity, AddInteraction, Erase, Forget, Advance {
    }

    record SetCustomer(int customer, Map<String, String> attributes, ConsentStatus marketing, Set<Integer> identities)
            implements Op {
        Customer build(Instant at) {
            Customer c = Customer.create(Generators.customer(customer), T0.minus(Duration.ofDays(400)));
            for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
                c = c.withAttribute(e.getKey(), AttributeValue.of(e.getValue(), Provenance.of("import:test", T0)), at);
            }
            if (marketing != ConsentStatus.UNKNOWN) {
                c = c.withConsent(Consent.none().with(Consent.MARKETING, new ConsentDecision(marketing, T0, "test")),
                        at);
            }
            TreeSet<PlatformAccountId> ids = new TreeSet<>();
            identities.forEach(i -> ids.add(identity(i)));
            return c.withIdentities(ids, at);
        }
    }

    record SetIdentity(int identity, Long followers, boolean verified, boolean bot) implements Op {
        SocialIdentity build() {
            SocialIdentity.Builder b = SocialIdentity.builder(Generators.identity(identity)).verified(verified).observedAt(T0);
            if (followers != null) {
                b.followerCounts(new FollowerCounts(followers, 10, T0));
            }
            if (bot) {
                b.attribute(Audience.BOT_ATTRIBUTE, "true");
            }
            return b.build();
        }
    }

    record AddInteraction(int identity, int seq, InteractionKind kind, Direction direction, int minutesAgo,
            Double sentiment, Set<String> brands, String campaign, int likes, int shares, String amount)
            implements Op {
        Interaction build(Instant now) {
            PlatformAccountId author = Generators.identity(identity);
            Interaction.Builder b = Interaction.builder(InteractionId.of(author.platform(), "i" + identity + "-" + seq))
                    .kind(kind).direction(direction).occurredAt(now.minus(Duration.ofMinutes(minutesAgo)))
                    .author(author).engagement(Engagement.of(likes, shares, 0))
                    .provenance(Provenance.of("test", now));
            if (kind == InteractionKind.REPLY) {
                // answers an item of another identity, which may or may not exist (yet)
                int to = (identity + 1 + seq) % IDENTITIES;
                b.inReplyTo(InteractionId.of(Generators.identity(to).platform(), "i" + to + "-" + (seq % 3)));
            }
            if (sentiment != null) {
                b.sentiment(new Sentiment(sentiment, 0.3, 0.4, 0.3, "test", "1"));
            }
            brands.forEach(b::brand);
            if (campaign != null) {
                b.attribute(Audience.CAMPAIGN_ATTRIBUTE, campaign);
            }
            if (kind == InteractionKind.PURCHASE && amount != null) {
                b.attribute(Audience.AMOUNT_ATTRIBUTE, amount);
            }
            return b.build();
        }
    }

    record Erase(int customer) implements Op {
    }

    record Forget(int customer) implements Op {
    }

    record Advance(int minutes) implements Op {
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // jqwik's frequencyOf takes a generic varargs array
    static Arbitrary<Op> ops(boolean moveClock) {
        Arbitrary<Map<String, String>> attrs = Arbitraries.maps(Arbitraries.of(ATTRS),
                Arbitraries.of("gold", "silver", "HIGH", "low", "25", "40", "61")).ofMaxSize(3);
        Arbitrary<Op> setCustomer = Combinators.combine(Arbitraries.integers().between(0, CUSTOMERS - 1), attrs,
                Arbitraries.of(ConsentStatus.class),
                Arbitraries.integers().between(0, IDENTITIES - 1).set().ofMaxSize(3)).as(SetCustomer::new);
        Arbitrary<Op> setIdentity = Combinators.combine(Arbitraries.integers().between(0, IDENTITIES - 1),
                Arbitraries.of(0L, 99L, 1000L, 5000L).injectNull(0.2), Arbitraries.of(true, false),
                Arbitraries.of(true, false, false, false)).as(SetIdentity::new);
        Arbitrary<InteractionKind> kinds = Arbitraries.of(InteractionKind.MENTION, InteractionKind.REPLY,
                InteractionKind.SHARE, InteractionKind.LIKE, InteractionKind.FOLLOW, InteractionKind.UNFOLLOW,
                InteractionKind.PURCHASE, InteractionKind.REVIEW, InteractionKind.POST, InteractionKind.REPLY,
                InteractionKind.REPLY);
        Arbitrary<Op> addInteraction = Combinators.combine(
                Arbitraries.integers().between(0, IDENTITIES - 1), Arbitraries.integers().between(0, 12), kinds,
                Arbitraries.of(Direction.INBOUND, Direction.INBOUND, Direction.OUTBOUND),
                Arbitraries.of(0, 5, 60, 600, 3000, 20000, 60000),
                Arbitraries.of(-0.75, -0.25, 0.0, 0.25, 0.5, 1.0).injectNull(0.3),
                Arbitraries.of(BRANDS).set().ofMaxSize(2), Arbitraries.of(CAMPAIGNS).injectNull(0.5))
                .as((id, seq, kind, dir, ago, sent, brands, camp) -> new Object[] {id, seq, kind, dir, ago, sent,
                        brands, camp})
                .flatMap(a -> Combinators.combine(Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 9), Arbitraries.of("9.99", "19.99", "25", "0.01"))
                        .as((likes, shares, amount) -> (Op) new AddInteraction((Integer) a[0], (Integer) a[1],
                                (InteractionKind) a[2], (Direction) a[3], (Integer) a[4], (Double) a[5],
                                castSet(a[6]), (String) a[7], likes, shares, amount)));
        Arbitrary<Op> erase = Arbitraries.integers().between(0, CUSTOMERS - 1).map(Erase::new);
        Arbitrary<Op> forget = Arbitraries.integers().between(0, CUSTOMERS - 1).map(Forget::new);
        Arbitrary<Op> advance = Arbitraries.of(1, 60, 1440, 10080).map(Advance::new);
        List<net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Op>>> choices = new ArrayList<>();
        choices.add(net.jqwik.api.Tuple.of(4, setCustomer));
        choices.add(net.jqwik.api.Tuple.of(3, setIdentity));
        choices.add(net.jqwik.api.Tuple.of(10, addInteraction));
        choices.add(net.jqwik.api.Tuple.of(1, erase));
        choices.add(net.jqwik.api.Tuple.of(1, forget));
        if (moveClock) {
            choices.add(net.jqwik.api.Tuple.of(2, advance));
        }
        return Arbitraries.frequencyOf(choices.toArray(new net.jqwik.api.Tuple.Tuple2[0]));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> castSet(Object o) {
        return (Set<String>) o;
    }
}
