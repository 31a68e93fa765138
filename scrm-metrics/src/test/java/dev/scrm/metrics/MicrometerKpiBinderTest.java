package dev.scrm.metrics;

import static dev.scrm.metrics.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.KpiId;
import dev.scrm.metrics.micrometer.MicrometerKpiBinder;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MicrometerKpiBinderTest {

    @Test
    void gauges_readClosedTrailingWindows() {
        Clock clock = Clock.fixed(day(8).plusSeconds(3600), ZoneOffset.UTC);
        MetricsEngine engine = MetricsEngine.builder().clock(clock).build();
        for (int d = 1; d <= 8; d++) {
            engine.ingest(mention("a" + d, day(d), "acme"));
            engine.ingest(mention("g" + d, day(d), "globex"));
            engine.ingest(mention("g2-" + d, day(d), "globex"));
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new MicrometerKpiBinder(engine, List.of(
                new MicrometerKpiBinder.Binding("scrm.mentions", Duration.ofDays(7),
                        w -> MetricQuery.builder(KpiId.parse("mentions.volume@1"), w).brand("acme").build(),
                        Tags.of("brand", "acme")),
                new MicrometerKpiBinder.Binding("scrm.sov", Duration.ofDays(7),
                        w -> MetricQuery.builder(KpiId.parse("share_of_voice.mentions@1"), w).brand("acme")
                                .competitors("globex").build(), Tags.of("brand", "acme")),
                new MicrometerKpiBinder.Binding("scrm.followers", Duration.ofDays(7),
                        w -> MetricQuery.builder(KpiId.parse("followers.volume@1"), w).brand("acme").build(),
                        Tags.empty())))
                .bindTo(registry);
        // the current day (day 8) is still open, so the gauges cover days 1 to 7
        assertThat(registry.get("scrm.mentions").gauge().value()).isEqualTo(7);
        assertThat(registry.get("scrm.sov").gauge().value()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(registry.get("scrm.followers").gauge().value()).isNaN();
    }
}
