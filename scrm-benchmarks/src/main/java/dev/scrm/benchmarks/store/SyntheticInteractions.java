package dev.scrm.benchmarks.store;

import dev.scrm.core.Direction;
import dev.scrm.core.Engagement;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.RawPayload;
import java.net.URI;
import java.time.Instant;
import java.util.Random;

/**
 * A seeded stream of realistic inbound interactions: authors drawn from {@value #ACCOUNTS} accounts on five
 * platforms with a Zipf(1.1) skew, texts of 40 to 280 characters with a URL, brand and topic tags,
 * engagement counts, the platform's raw JSON (a Mastodon-shaped status with its account, 2 to 3 kB), time
 * moving forward by 1 to 40 ms. Not thread-safe.
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

    private final boolean rawPayloads;
    private final long firstId;

    SyntheticInteractions(long seed) {
        this(seed, true);
    }

    SyntheticInteractions(long seed, boolean rawPayloads) {
        this(seed, rawPayloads, 0);
    }

    /** A stream whose native ids do not meet those of other streams: stream {@code k} numbers from k billion on. */
    SyntheticInteractions(long seed, boolean rawPayloads, int stream) {
        this.random = new Random(seed);
        this.rawPayloads = rawPayloads;
        this.firstId = 110_000_000_000L + stream * 1_000_000_000L;
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
        String nativeId = Long.toString(firstId + n);
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
                .raw(rawPayloads ? RawPayload.json(payload(nativeId, author, text)) : null)
                .provenance(Provenance.of("connector:" + account.platform().id(), time.plusSeconds(30)))
                .build();
    }

    /**
     * The platform's JSON for the item, shaped like a Mastodon status with its embedded account (ids, URLs,
     * HTML content, the author's bio and profile fields, counts, tags, mentions): 2 to 3 kB, as real
     * statuses are without media.
     */
    private String payload(String nativeId, int author, CharSequence text) {
        String user = "user" + author;
        StringBuilder json = new StringBuilder(3_200);
        json.append("{\"id\":\"").append(nativeId).append("\",\"created_at\":\"").append(time)
                .append("\",\"in_reply_to_id\":null,\"in_reply_to_account_id\":null,\"sensitive\":false,")
                .append("\"spoiler_text\":\"\",\"visibility\":\"public\",\"language\":\"en\",\"uri\":")
                .append("\"https://social.example/users/").append(user).append("/statuses/").append(nativeId)
                .append("\",\"url\":\"https://social.example/@").append(user).append('/').append(nativeId)
                .append("\",\"replies_count\":").append(random.nextInt(20)).append(",\"reblogs_count\":")
                .append(random.nextInt(20)).append(",\"favourites_count\":").append(random.nextInt(90))
                .append(",\"edited_at\":null,\"content\":\"<p>").append(text)
                .append("</p>\",\"reblog\":null,\"application\":{\"name\":\"Web\",\"website\":null},")
                .append("\"account\":{\"id\":\"").append(100_000 + author).append("\",\"username\":\"")
                .append(user).append("\",\"acct\":\"").append(user).append("\",\"display_name\":\"User ")
                .append(author).append("\",\"locked\":false,\"bot\":false,\"discoverable\":true,")
                .append("\"group\":false,\"created_at\":\"2023-04-01T00:00:00.000Z\",\"note\":\"<p>");
        int bio = 5 + random.nextInt(30);
        for (int w = 0; w < bio; w++) {
            json.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        json.append("</p>\",\"url\":\"https://social.example/@").append(user).append('"');
        for (String image : new String[] {"avatar", "avatar_static", "header", "header_static"}) {
            json.append(",\"").append(image).append("\":\"https://files.social.example/accounts/")
                    .append(image.startsWith("avatar") ? "avatars/" : "headers/").append(author)
                    .append("/original/").append(Long.toHexString(random.nextLong()))
                    .append(Long.toHexString(random.nextLong())).append(".png\"");
        }
        json.append(",\"followers_count\":").append(random.nextInt(5_000)).append(",\"following_count\":")
                .append(random.nextInt(900)).append(",\"statuses_count\":").append(1 + random.nextInt(20_000))
                .append(",\"last_status_at\":\"2026-01-01\",\"emojis\":[],\"fields\":[{\"name\":\"web\",")
                .append("\"value\":\"<a href=\\\"https://example.org/").append(author)
                .append("\\\" rel=\\\"me nofollow\\\">example.org</a>\",\"verified_at\":null}]},")
                .append("\"media_attachments\":[],\"mentions\":[{\"id\":\"1\",\"username\":\"acme\",")
                .append("\"url\":\"https://social.example/@acme\",\"acct\":\"acme\"}],\"tags\":[{\"name\":")
                .append("\"acme\",\"url\":\"https://social.example/tags/acme\"}],\"emojis\":[],\"card\":null,")
                .append("\"poll\":null}");
        return json.toString();
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
