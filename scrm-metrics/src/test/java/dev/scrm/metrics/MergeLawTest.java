package dev.scrm.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Direction;
import dev.scrm.core.Engagement;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.KpiId;
import dev.scrm.core.Metric;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The merge law: for random interaction streams split at random into partitions, merging the partial
 * aggregates gives exactly the same KPIs as one pass.
 */
class MergeLawTest {

    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final String[] BRANDS = {"acme", "globex", "initech"};
    private static final Platform[] PLATFORMS = {Platform.MASTODON, Platform.BLUESKY, Platform.X};
    private static final InteractionKind[] KINDS = {InteractionKind.MENTION, InteractionKind.REPLY,
        InteractionKind.COMMENT, InteractionKind.SHARE, InteractionKind.POST, InteractionKind.FOLLOW,
        InteractionKind.UNFOLLOW, InteractionKind.LIKE};

    static final List<String> KPIS = List.of("mentions.volume@1", "mentions.unique_authors@1", "mentions.volume.with_reposts@1",
            "share_of_voice.mentions@1", "share_of_voice.reach@1", "share_of_voice.engagement@1",
            "share_of_voice.sentiment_weighted@1", "share_of_voice.net@1", "sentiment.net@1", "sentiment.net_total@1",
            "engagement.count@1", "engagement_rate.reach.pooled@1", "engagement_rate.impressions.pooled@1",
            "followers.net_new.events@1", "followers.volume@1", "followers.net_new@1", "engagement_rate.followers.pooled@1",
            "impressions.estimated.earned@1", "kaushik.amplification_rate.per_post@1", "web.visits@1",
            "web.bounce_rate@1", "sentiment.mean_score@1", "engagement_rate.reach.macro@1",
            "engagement_rate.impressions.macro@1", "impressions.estimated.total@1", "care.first_response_time@1", "care.response_rate@1");

    static List<Object> stream(long seed, int size) {
        Random r = new Random(seed);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int pick = r.nextInt(20);
            Instant at = T0.plusSeconds(r.nextInt(14 * 86_400));
            if (pick < 15) {
                InteractionKind kind = KINDS[r.nextInt(KINDS.length)];
                Platform p = PLATFORMS[r.nextInt(PLATFORMS.length)];
                // a tenth of the ids repeat, to exercise deduplication
                String id = "i" + (r.nextInt(10) == 0 ? r.nextInt(size / 10 + 1) : size + i);
                Interaction.Builder b = Interaction.builder(InteractionId.of(p, id)).kind(kind).occurredAt(at)
                        .direction(kind == InteractionKind.POST ? Direction.OUTBOUND : Direction.INBOUND)
                        .provenance(Fixtures.SOURCE).author(PlatformAccountId.of(p, "a" + r.nextInt(size / 3 + 1)))
                        .engagement(new Engagement(Map.of(EngagementType.LIKES, (long) r.nextInt(50),
                                EngagementType.SHARES, (long) r.nextInt(10), EngagementType.REPLIES, (long) r.nextInt(5),
                                EngagementType.VIEWS, (long) r.nextInt(1000))));
                int nb = r.nextInt(3);
                for (int k = 0; k < nb; k++) {
                    b.brand(BRANDS[r.nextInt(BRANDS.length)]);
                }
                if (r.nextBoolean()) {
                    b.sentiment(Fixtures.sentiment(r.nextInt(3) - 1));
                }
                if (r.nextBoolean()) {
                    b.attribute("reach", Integer.toString(r.nextInt(5000)));
                }
                if (r.nextInt(3) == 0) {
                    b.attribute("author_followers", Integer.toString(r.nextInt(20_000_000)));
                }
                if (r.nextBoolean()) {
                    b.attribute("campaign", r.nextBoolean() ? "spring" : "autumn");
                }
                out.add(b.build());
            } else if (pick < 17) {
                out.add(AudienceSnapshot.of(PlatformAccountId.of("mastodon", "acct-" + r.nextInt(2)), "acme",
                        r.nextInt(100_000), at));
            } else if (pick < 18) {
                long visits = 1 + r.nextInt(100);
                int day = r.nextInt(14);
                out.add(new WebTrafficFigures("acme", "matomo", Window.of(T0.plusSeconds(86_400L * day),
                        T0.plusSeconds(86_400L * (day + 1))), visits, visits * 2, r.nextInt((int) visits), 60 * visits,
                        0, 0, null, null, null, null));
            } else {
                ConversationId c = ConversationId.of("c" + r.nextInt(size / 5 + 1));
                out.add(new CareEvent(c, CareEventType.values()[r.nextInt(CareEventType.values().length)], at, null, null,
                        true));
            }
        }
        return out;
    }

    private static String partitionKey(Object o) {
        if (o instanceof Interaction i) {
            return i.id().toString();
        }
        if (o instanceof WebTrafficFigures f) {
            return f.period().toString();
        }
        return o.toString();
    }

    static void feed(MetricsEngine e, Object o) {
        if (o instanceof Interaction i) {
            e.ingest(i);
        } else if (o instanceof AudienceSnapshot s) {
            e.ingest(s);
        } else if (o instanceof WebTrafficFigures f) {
            e.ingest(f);
        } else {
            e.ingest((CareEvent) o);
        }
    }

    @Property(tries = 100)
    void mergedPartitions_equalOnePass(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int size,
            @ForAll @IntRange(min = 1, max = 5) int partitions, @ForAll long splitSeed) {
        List<Object> items = stream(seed, size);
        MetricsEngine whole = MetricsEngine.builder().uniqueAuthors(true).build();
        items.forEach(o -> feed(whole, o));
        MetricsEngine[] parts = new MetricsEngine[partitions];
        for (int p = 0; p < partitions; p++) {
            parts[p] = MetricsEngine.builder().uniqueAuthors(true).build();
        }
        // a random split, except that repeats of one id (or one web period) go to the same partition, as with
        // any hash partitioning
        Map<String, Integer> assigned = new java.util.HashMap<>();
        Random split = new Random(splitSeed);
        for (Object o : items) {
            int p = o instanceof Interaction || o instanceof WebTrafficFigures
                    ? assigned.computeIfAbsent(partitionKey(o), k -> split.nextInt(partitions))
                    : split.nextInt(partitions);
            feed(parts[p], o);
        }
        MetricsEngine merged = MetricsEngine.builder().uniqueAuthors(true).build();
        for (MetricsEngine p : parts) {
            merged.mergeFrom(p);
        }
        Window[] windows = {Window.of(T0, T0.plusSeconds(14 * 86_400)), Window.of(T0.plusSeconds(86_400 * 3),
                T0.plusSeconds(86_400 * 4))};
        for (String k : KPIS) {
            for (Window w : windows) {
                MetricQuery q = MetricQuery.builder(KpiId.parse(k), w).brand("acme").competitors("globex", "initech")
                        .build();
                Metric a = whole.compute(q);
                Metric b = merged.compute(q);
                assertThat(b).as(k).isEqualTo(a);
                MetricQuery split2 = MetricQuery.builder(KpiId.parse(k), w).brand("acme").competitors("globex")
                        .campaign("spring").parameter("overlapPolicy", "SPLIT").build();
                assertThat(merged.compute(split2)).as(k + " SPLIT").isEqualTo(whole.compute(split2));
            }
        }
    }
}
