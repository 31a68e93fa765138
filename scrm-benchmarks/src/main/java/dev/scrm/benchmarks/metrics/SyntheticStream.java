package dev.scrm.benchmarks.metrics;

import dev.scrm.core.Direction;
import dev.scrm.core.Engagement;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded stream of social interactions shaped like a brand-monitoring feed: brand popularity Zipf-skewed
 * over a competitor set (one brand gets most of the talk), a platform mix led by X and Mastodon, about one
 * mention in twenty naming two brands, three quarters of mentions rated for sentiment, a minority carrying a
 * campaign attribute or a reach figure, one in twelve a repost and one in forty an owned post with full
 * engagement counts, and times in order with a day-night rhythm (streams arrive roughly in time order).
 */
final class SyntheticStream {

    static final String[] BRANDS = {"acme", "globex", "initech", "umbrella", "hooli"};
    private static final Platform[] PLATFORMS = {Platform.X, Platform.MASTODON, Platform.BLUESKY, Platform.REDDIT,
        Platform.INSTAGRAM};
    private static final double[] PLATFORM_WEIGHTS = {0.35, 0.25, 0.2, 0.12, 0.08};
    private static final Provenance SOURCE = Provenance.of("bench", Instant.parse("2026-01-01T00:00:00Z"));

    private SyntheticStream() {
    }

    static List<Interaction> generate(int n, Instant start, long spanSeconds, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] zipf = new double[BRANDS.length];
        double total = 0;
        for (int i = 0; i < zipf.length; i++) {
            zipf[i] = 1.0 / (i + 1);
            total += zipf[i];
        }
        Sentiment pos = new Sentiment(0.6, 0.5, 0.5, 0, "vader", "3.3");
        Sentiment neu = new Sentiment(0.0, 0, 1, 0, "vader", "3.3");
        Sentiment neg = new Sentiment(-0.6, 0, 0.5, 0.5, "vader", "3.3");
        List<Interaction> out = new ArrayList<>(n);
        double step = (double) spanSeconds / n;
        for (int i = 0; i < n; i++) {
            double jitter = Math.sin(i * 2 * Math.PI / Math.max(1, n / (spanSeconds / 86_400.0))) * step * 0.4;
            Instant at = start.plusSeconds((long) Math.max(0, i * step + jitter));
            Platform p = pick(PLATFORMS, PLATFORM_WEIGHTS, r.nextDouble());
            int kindRoll = r.nextInt(120);
            InteractionKind kind = kindRoll < 3 ? InteractionKind.POST : kindRoll < 13 ? InteractionKind.SHARE
                    : kindRoll < 40 ? InteractionKind.REPLY : InteractionKind.MENTION;
            Interaction.Builder b = Interaction.builder(InteractionId.of(p, "at://" + p.id() + "/post/" + seed + "-" + i))
                    .kind(kind).occurredAt(at).provenance(SOURCE)
                    .direction(kind == InteractionKind.POST ? Direction.OUTBOUND : Direction.INBOUND)
                    .author(PlatformAccountId.of(p, "user" + r.nextInt(200_000)));
            b.brand(BRANDS[zipfPick(zipf, total, r.nextDouble())]);
            if (r.nextInt(20) == 0) {
                b.brand(BRANDS[r.nextInt(BRANDS.length)]);
            }
            int s = r.nextInt(4);
            if (s > 0) {
                b.sentiment(s == 1 ? pos : s == 2 ? neu : neg);
            }
            Map<EngagementType, Long> e = new EnumMap<>(EngagementType.class);
            e.put(EngagementType.LIKES, (long) r.nextInt(40));
            e.put(EngagementType.SHARES, (long) r.nextInt(8));
            e.put(EngagementType.REPLIES, (long) r.nextInt(6));
            e.put(EngagementType.QUOTES, (long) r.nextInt(2));
            if (kind == InteractionKind.POST) {
                e.put(EngagementType.VIEWS, 500L + r.nextInt(20_000));
                e.put(EngagementType.SAVES, (long) r.nextInt(5));
            }
            b.engagement(new Engagement(e));
            if (r.nextInt(5) == 0) {
                b.attribute("campaign", r.nextBoolean() ? "spring-launch" : "always-on");
            }
            if (r.nextInt(6) == 0) {
                b.attribute("reach", Integer.toString(100 + r.nextInt(50_000)));
            }
            out.add(b.build());
        }
        return out;
    }

    private static <T> T pick(T[] values, double[] weights, double u) {
        double acc = 0;
        for (int i = 0; i < values.length; i++) {
            acc += weights[i];
            if (u < acc) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static int zipfPick(double[] zipf, double total, double u) {
        double acc = 0;
        for (int i = 0; i < zipf.length; i++) {
            acc += zipf[i] / total;
            if (u < acc) {
                return i;
            }
        }
        return zipf.length - 1;
    }
}
