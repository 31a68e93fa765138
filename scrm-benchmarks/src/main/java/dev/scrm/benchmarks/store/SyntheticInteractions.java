package dev.scrm.benchmarks.store;

import dev.scrm.core.Direction;
import dev.scrm.core.Engagement;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import java.net.URI;
import java.time.Instant;
import java.util.Random;

/**
 * A seeded stream of realistic inbound interactions: authors drawn from {@value #ACCOUNTS} accounts on five
 * platforms with a Zipf(1.1) skew, texts of 40 to 280 characters with a URL, brand and topic tags,
 * engagement counts, time moving forward by 1 to 40 ms. Not thread-safe.
 */
final class SyntheticInteractions {

    /** How many distinct authors there are. */
    static final int ACCOUNTS = 50_000;

    private static final Platform[] PLATFORMS = {Platform.MASTODON, Platform.BLUESKY, Platform.REDDIT, Platform.X,
        Platform.YOUTUBE};
    private static final InteractionKind[] KINDS = {InteractionKind.MENTION, InteractionKind.MENTION,
        InteractionKind.REPLY, InteractionKind.COMMENT, InteractionKind.SHARE, InteractionKind.DIRECT_MESSAGE};
    private static final String[] WORDS = ("the service was great thanks for quick reply but my order is late again"
            + " love new release support team helpful refund please check app crashes when login").split(" ");

    private final Random random;
    private final double[] zipfCdf = zipf(ACCOUNTS, 1.1);
    private long sequence;
    private Instant time = Instant.parse("2026-01-01T00:00:00Z");

    SyntheticInteractions(long seed) {
        this.random = new Random(seed);
    }

    static PlatformAccountId account(int index) {
        return PlatformAccountId.of(PLATFORMS[index % PLATFORMS.length], Integer.toString(100_000 + index));
    }

    Interaction next() {
        long n = ++sequence;
        time = time.plusMillis(1 + random.nextInt(40));
        int author = sampleZipf();
        PlatformAccountId account = account(author);
        int words = 6 + random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words && text.length() < 260; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        text.append("@acme https://acme.example/p/").append(n % 997);
        String nativeId = Long.toString(110_000_000_000L + n);
        return Interaction.builder(InteractionId.of(account.platform(), nativeId))
                .kind(KINDS[random.nextInt(KINDS.length)])
                .direction(Direction.INBOUND)
                .occurredAt(time)
                .author(account)
                .text(text.toString())
                .language("en")
                .conversationId("conv-" + (n / 7))
                .url(URI.create("https://social.example/@user" + author + "/" + nativeId))
                .engagement(Engagement.of(random.nextInt(50), random.nextInt(10), random.nextInt(10)))
                .brand("acme")
                .topic(random.nextBoolean() ? "service" : "product")
                .provenance(Provenance.of("connector:" + account.platform().id(), time.plusSeconds(30)))
                .build();
    }

    private int sampleZipf() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = zipfCdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipfCdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, s);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }
}
