package dev.scrm.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Direction;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.KpiId;
import dev.scrm.core.Platform;
import dev.scrm.core.Window;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The columnar batch path gives exactly the KPIs of ingesting the same interactions one at a time, whether
 * its rows come from records or from the row API, in batches of any size.
 */
class BatchPathTest {

    /** Appends an interaction through the row API only, as a source without records would. */
    private static void addByRow(InteractionBatch b, Interaction i) {
        Map<String, String> a = i.attributes();
        int d = b.dimension(i.brands(), i.id().platform(), a.get(MetricsAttributes.CAMPAIGN),
                a.get(MetricsAttributes.SEGMENT));
        b.add(d, i.kind(), i.direction(), i.occurredAt()).id(i.id());
        if (i.author() != null) {
            b.author(i.author());
        }
        if (i.sentiment() != null) {
            b.sentiment(i.sentiment().label(), i.sentiment().compound());
        }
        if (a.containsKey(MetricsAttributes.REACH)) {
            b.reach(Long.parseLong(a.get(MetricsAttributes.REACH)));
        }
        if (a.containsKey(MetricsAttributes.AUTHOR_FOLLOWERS)) {
            b.authorFollowers(Long.parseLong(a.get(MetricsAttributes.AUTHOR_FOLLOWERS)));
        }
        i.engagement().counts().forEach(b::engagement);
    }

    @Property(tries = 60)
    void batchPath_equalsItemPath(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int size,
            @ForAll @IntRange(min = 1, max = 64) int batchSize, @ForAll boolean byRow,
            @ForAll @IntRange(min = 0, max = 2) int resolution) {
        BucketUnit unit = new BucketUnit[] {BucketUnit.DAY, BucketUnit.HOUR, BucketUnit.MINUTE}[resolution];
        List<Object> items = MergeLawTest.stream(seed, size);
        MetricsEngine one = MetricsEngine.builder().uniqueAuthors(true).resolution(unit).build();
        MetricsEngine batched = MetricsEngine.builder().uniqueAuthors(true).resolution(unit).build();
        long newOne = 0;
        long newBatched = 0;
        InteractionBatch batch = InteractionBatch.create(1);
        for (Object o : items) {
            if (o instanceof Interaction i) {
                newOne += one.ingest(i) ? 1 : 0;
                if (byRow) {
                    addByRow(batch, i);
                } else {
                    batch.add(i);
                }
                if (batch.size() == batchSize) {
                    newBatched += batched.ingest(batch);
                    batch.clear();
                }
            } else if (unit == BucketUnit.DAY || !(o instanceof WebTrafficFigures)) {
                MergeLawTest.feed(one, o);
                MergeLawTest.feed(batched, o);
            }
        }
        newBatched += batched.ingest(batch);
        assertThat(newBatched).isEqualTo(newOne);
        MetricsEngine.Footprint fb = batched.footprint();
        MetricsEngine.Footprint fo = one.footprint();
        assertThat(fb.series()).isEqualTo(fo.series());
        assertThat(fb.occupiedBuckets()).isEqualTo(fo.occupiedBuckets());
        assertThat(fb.rememberedIds()).isEqualTo(fo.rememberedIds());
        Window[] windows = {Window.of(MergeLawTest.T0, MergeLawTest.T0.plusSeconds(14 * 86_400)),
            Window.of(MergeLawTest.T0.plusSeconds(86_400 * 3), MergeLawTest.T0.plusSeconds(86_400 * 4))};
        for (String k : MergeLawTest.KPIS) {
            for (Window w : windows) {
                MetricQuery q = MetricQuery.builder(KpiId.parse(k), w).brand("acme").competitors("globex", "initech")
                        .build();
                assertThat(batched.explain(q)).as(k).isEqualTo(one.explain(q));
                MetricQuery split = MetricQuery.builder(KpiId.parse(k), w).brand("acme").competitors("globex")
                        .platform(Platform.X).parameter("overlapPolicy", "SPLIT").build();
                assertThat(batched.explain(split)).as(k + " SPLIT on x").isEqualTo(one.explain(split));
            }
        }
    }

    @Test
    void duplicateIdsWithinOneBatch_countOnce() {
        MetricsEngine engine = MetricsEngine.builder().build();
        InteractionBatch b = InteractionBatch.create();
        b.add(Fixtures.mention("m1", Fixtures.day(1), "acme"));
        b.add(Fixtures.mention("m1", Fixtures.day(1), "acme"));
        b.add(Fixtures.mention("m2", Fixtures.day(1), "acme"));
        assertThat(engine.ingest(b)).isEqualTo(2);
        assertThat(engine.ingest(b)).isZero();
        assertThat(engine.compute(MetricQuery.builder(KpiId.parse("mentions.volume@1"), Fixtures.days(1, 1))
                .build()).value()).isEqualTo(2.0);
    }

    @Test
    void rowWithoutId_rejectedWhenDeduplicating_acceptedOtherwise() {
        InteractionBatch b = InteractionBatch.create();
        int d = b.dimension(Set.of("acme"), Platform.MASTODON, null, null);
        b.add(d, InteractionKind.MENTION, Direction.INBOUND, Fixtures.day(1)).engagement(EngagementType.LIKES, 3);
        assertThatThrownBy(() -> MetricsEngine.builder().build().ingest(b))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
        MetricsEngine engine = MetricsEngine.builder().deduplicate(false).build();
        assertThat(engine.ingest(b)).isEqualTo(1);
        assertThat(engine.ingest(b)).isEqualTo(1);
        assertThat(engine.compute(MetricQuery.builder(KpiId.parse("mentions.volume@1"), Fixtures.days(1, 1))
                .build()).value()).isEqualTo(2.0);
    }

    @Test
    void rowSetters_validate() {
        InteractionBatch b = InteractionBatch.create();
        assertThatThrownBy(() -> b.reach(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.add(0, InteractionKind.MENTION, Direction.INBOUND, 0L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
        int d = b.dimension(Set.of(), Platform.X, null, null);
        b.add(d, InteractionKind.MENTION, Direction.INBOUND, 0L);
        assertThatThrownBy(() -> b.reach(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.sentiment(dev.scrm.core.SentimentLabel.POSITIVE, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InteractionBatch.create(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Random(1).nextInt(1)).isZero();
    }
}
