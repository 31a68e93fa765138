package dev.scrm.benchmarks.audience;

import dev.scrm.audience.Audience;
import dev.scrm.audience.Segment;
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
import dev.scrm.core.SocialIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A synthetic brand audience for the audience benchmarks, generated from a seed.
 *
 * <p>Why it is realistic: activity per customer is heavy-tailed (a Pareto draw with shape 1.5, so most people
 * interact once or twice a year and a few hundred times, capped at 5,000), follower counts are log-normal
 * (median about 150, a long tail of large accounts), a third of customers have a second platform and one in
 * ten a shop account, interaction kinds follow a listening mix (mentions and likes dominate, 4 % purchases),
 * 70 % of texts carry a sentiment skewed positive, brands are the brand, a competitor or both, a fifth of
 * interactions belong to a campaign, replies and comments answer an earlier item chosen uniformly (so the
 * net sentiment about its author is kept up to date), and locality follows a Zipf law over 300 towns. Times are spread over
 * the year before the fixed evaluation time.
 */
final class AudienceWorld {

    static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final List<Segment> SEGMENTS = List.of(
            Segment.parse("affluent_opt_in", "attr(income_band) in (high, very_high) and consent(marketing)"),
            Segment.parse("acme_active", "count(brand=acme, within=30d) >= 3"),
            Segment.parse("big_mastodon", "followers >= 1000 and platform(mastodon)"),
            Segment.parse("unhappy", "count(direction=inbound, within=90d) >= 2"
                    + " and sentiment(direction=inbound, within=90d) <= -0.05"),
            Segment.parse("lapsed_buyers", "spend(within=365d) >= 100 and not count(kind=purchase, within=90d) >= 1"),
            Segment.parse("spring_fans", "count(campaign=spring, kind=share|mention|like) >= 1 and attr(age) < 35"),
            Segment.parse("fans_and_advocates", "stage = engaged_fan or stage = advocate"));

    private static final InteractionKind[] KINDS = {
        InteractionKind.MENTION, InteractionKind.MENTION, InteractionKind.MENTION, InteractionKind.MENTION,
        InteractionKind.MENTION, InteractionKind.MENTION, InteractionKind.LIKE, InteractionKind.LIKE,
        InteractionKind.LIKE, InteractionKind.LIKE, InteractionKind.LIKE, InteractionKind.REPLY,
        InteractionKind.REPLY, InteractionKind.REPLY, InteractionKind.SHARE, InteractionKind.SHARE,
        InteractionKind.FOLLOW, InteractionKind.COMMENT, InteractionKind.REVIEW, InteractionKind.DIRECT_MESSAGE,
        InteractionKind.PAGE_VIEW, InteractionKind.PURCHASE,
    };
    private static final String[] BANDS = {"low", "lower_middle", "middle", "high", "very_high"};
    private static final Provenance SOURCE = Provenance.of("import:crm.csv", NOW.minus(Duration.ofDays(400)));
    private static final Sentiment[] SENTIMENTS = new Sentiment[21];

    static {
        for (int i = 0; i < SENTIMENTS.length; i++) {
            SENTIMENTS[i] = new Sentiment(-1.0 + i * 0.1, 0.3, 0.4, 0.3, "vader", "3.3.2");
        }
    }

    final int customers;
    final PlatformAccountId[][] identities;
    final int[] activity;
    long interactions;
    private final SplittableRandom random;
    private long nextId;

    AudienceWorld(int customers, long seed) {
        this.customers = customers;
        this.random = new SplittableRandom(seed);
        this.identities = new PlatformAccountId[customers][];
        this.activity = new int[customers];
    }

    static CustomerId customerId(int i) {
        return CustomerId.of("c" + i);
    }

    /** Builds the audience: identities and history first (unlinked, cheap), then customers (evaluated once). */
    Audience populate() {
        Audience.Builder b = Audience.builder().clock(CLOCK);
        SEGMENTS.forEach(b::segment);
        Audience audience = b.build();
        for (int c = 0; c < customers; c++) {
            int n = 1 + (random.nextDouble() < 0.35 ? 1 : 0);
            boolean shop = random.nextDouble() < 0.10;
            PlatformAccountId[] ids = new PlatformAccountId[n + (shop ? 1 : 0)];
            for (int k = 0; k < n; k++) {
                ids[k] = PlatformAccountId.of(k == 0 ? Platform.MASTODON : Platform.BLUESKY, "a" + c + "-" + k);
                long followers = Math.round(Math.exp(5.0 + 1.8 * random.nextGaussian()));
                audience.apply(SocialIdentity.builder(ids[k]).verified(random.nextDouble() < 0.01)
                        .followerCounts(new FollowerCounts(followers, 100, NOW)).observedAt(NOW).build());
            }
            if (shop) {
                ids[n] = PlatformAccountId.of(Platform.CRM, "shop-" + c);
            }
            identities[c] = ids;
            activity[c] = (int) Math.min(5_000, Math.floor(1.7 / Math.pow(1 - random.nextDouble(), 1 / 1.5)));
            for (int e = 0; e < activity[c]; e++) {
                audience.apply(interaction(c, NOW.minus(Duration.ofMinutes(random.nextLong(365L * 24 * 60))), 0));
                interactions++;
            }
        }
        for (int c = 0; c < customers; c++) {
            audience.apply(customer(c, 0));
        }
        return audience;
    }

    /** The customer's record; {@code variant} changes the age attribute, a typical profile update. */
    Customer customer(int c, int variant) {
        SplittableRandom r = new SplittableRandom(c * 31L + 7);
        Map<String, AttributeValue> attrs = new TreeMap<>();
        attrs.put("locality", AttributeValue.of("town-" + zipf(r, 300), SOURCE));
        attrs.put("income_band", AttributeValue.of(BANDS[r.nextInt(BANDS.length)], SOURCE));
        attrs.put("household", AttributeValue.of("h" + (c / 2), SOURCE));
        attrs.put("age", AttributeValue.of(Integer.toString(18 + r.nextInt(60) + variant), SOURCE));
        Consent consent = Consent.none().with(Consent.MARKETING, new ConsentDecision(
                r.nextDouble() < 0.6 ? ConsentStatus.GRANTED : ConsentStatus.DENIED, SOURCE.observedAt(), "web-form"));
        return new Customer(customerId(c), attrs, consent, new TreeSet<>(List.of(identities[c])),
                SOURCE.observedAt(), NOW, 1);
    }

    private static int zipf(SplittableRandom r, int n) {
        // inverse-CDF sample of a Zipf law with exponent 1 over 1..n (harmonic approximation)
        double h = Math.log(n) + 0.5772;
        return (int) Math.min(n, Math.max(1, Math.round(Math.exp(r.nextDouble() * h - 0.5772))));
    }

    /** A new interaction by customer c at time t; {@code variant} changes its engagement counts. */
    Interaction interaction(int c, Instant t, int variant) {
        InteractionKind kind = KINDS[random.nextInt(KINDS.length)];
        PlatformAccountId[] ids = identities[c];
        PlatformAccountId author = kind == InteractionKind.PURCHASE && ids[ids.length - 1].platform().equals(
                Platform.CRM) ? ids[ids.length - 1] : ids[random.nextInt(ids.length - (
                        ids[ids.length - 1].platform().equals(Platform.CRM) ? 1 : 0))];
        Interaction.Builder b = Interaction.builder(InteractionId.of(author.platform(), "i" + (nextId++)))
                .kind(kind).direction(Direction.INBOUND).occurredAt(t).author(author).provenance(SOURCE);
        if ((kind == InteractionKind.REPLY || kind == InteractionKind.COMMENT) && nextId > 1) {
            // answers an earlier item, chosen uniformly; one on another platform stays untracked
            b.inReplyTo(InteractionId.of(author.platform(), "i" + random.nextLong(nextId - 1)));
        }
        long likes = (long) Math.floor(Math.pow(1 - random.nextDouble(), -1 / 1.2)) - 1 + variant;
        b.engagement(Engagement.of(likes, likes / 5, likes / 8));
        if (kind != InteractionKind.LIKE && kind != InteractionKind.FOLLOW && kind != InteractionKind.PAGE_VIEW
                && kind != InteractionKind.PURCHASE && random.nextDouble() < 0.7) {
            int s = (int) Math.round(12 + 5 * random.nextGaussian());
            b.sentiment(SENTIMENTS[Math.max(0, Math.min(20, s))]);
        }
        double br = random.nextDouble();
        b.brand(br < 0.7 ? "acme" : "rival");
        if (br > 0.9) {
            b.brand("acme");
        }
        if (random.nextDouble() < 0.2) {
            b.attribute(Audience.CAMPAIGN_ATTRIBUTE, random.nextBoolean() ? "spring" : "black-friday");
        }
        if (kind == InteractionKind.PURCHASE) {
            b.attribute(Audience.AMOUNT_ATTRIBUTE, (10 + random.nextInt(300)) + "." + (10 + random.nextInt(90)));
        }
        return b.build();
    }

    /** A customer drawn in proportion to activity, as events in a live stream are. */
    int activeCustomer(int[] byActivity) {
        return byActivity[random.nextInt(byActivity.length)];
    }

    /** One entry per interaction: its customer, for activity-proportional sampling. */
    int[] activityIndex() {
        int[] idx = new int[(int) Math.min(Integer.MAX_VALUE - 8, interactions)];
        int n = 0;
        for (int c = 0; c < customers && n < idx.length; c++) {
            for (int e = 0; e < activity[c] && n < idx.length; e++) {
                idx[n++] = c;
            }
        }
        return idx;
    }
}
