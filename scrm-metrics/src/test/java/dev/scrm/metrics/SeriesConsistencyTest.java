package dev.scrm.metrics;

import static dev.scrm.metrics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.KpiId;
import dev.scrm.core.Window;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A series query (served from prefix sums) gives each bucket exactly what a query for that bucket gives. */
class SeriesConsistencyTest {

    @ParameterizedTest
    @ValueSource(strings = {"mentions.volume@1", "share_of_voice.mentions@1", "sentiment.net@1",
        "engagement_rate.followers.macro@1", "share_of_voice.sentiment_weighted@1", "engagement.count@1"})
    void seriesBuckets_equalSingleQueries(String kpi) {
        MetricsEngine engine = MetricsEngine.builder().build();
        Random r = new Random(11);
        String[] brands = {"acme", "globex", "initech"};
        for (int i = 0; i < 2_000; i++) {
            int d = 1 + r.nextInt(150);
            if (i % 10 == 0) {
                engine.ingest(post("mastodon", "p" + i, day(d), engagement(r.nextInt(50), r.nextInt(5), 1, 0),
                        Map.of(), brands[r.nextInt(3)]));
            } else if (r.nextBoolean()) {
                engine.ingest(mention("m" + i, day(d), r.nextInt(3) - 1.0, brands[r.nextInt(3)], brands[r.nextInt(3)]));
            } else {
                engine.ingest(mention("m" + i, day(d), brands[r.nextInt(3)]));
            }
        }
        for (int d = 1; d <= 150; d += 7) {
            engine.ingest(followers("acct", "acme", 1_000 + d, day(d)));
        }
        Window aligned = Window.of(java.time.Instant.parse("2026-03-02T00:00:00Z"),
                java.time.Instant.parse("2026-07-27T00:00:00Z"));
        MetricQuery q = MetricQuery.builder(KpiId.parse(kpi), aligned).bucket(BucketUnit.WEEK).brand("acme")
                .competitors("globex", "initech").build();
        List<KpiResult> series = engine.series(q);
        assertThat(series).hasSize(21);
        for (KpiResult r1 : series) {
            KpiResult single = engine.explain(q.withWindow(r1.metric().window()));
            assertThat(r1.metric()).isEqualTo(single.metric());
        }
    }
}
