package dev.scrm.benchmarks.engage;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic inbound customer-service traffic for benchmarks, generated from a seed.
 *
 * <p>Why it is realistic: authors are Zipf-distributed (exponent 1.1 over 20,000 accounts, so a few people
 * write a lot and most write once, as on real brand inboxes); platforms are mixed (Mastodon, Reddit, X);
 * kinds follow a typical care inbox (about half mentions, a quarter replies in existing threads, comments
 * and direct messages); texts are assembled from customer-service phrasings (complaints, questions,
 * praise, sales questions, spam and chatter) of 40 to 200 characters with product names and order numbers;
 * about 60 % carry a sentiment score, as after an analysis stage. Messages arrive about 50 ms apart.
 */
final class InboundTraffic {

    private static final Platform[] PLATFORMS = {Platform.MASTODON, Platform.REDDIT, Platform.X};
    private static final String[] PRODUCTS = {"X200 blender", "KettlePro", "the new jug", "Aero fryer", "my toaster",
        "the charger", "Nimbus headphones", "the app", "my subscription", "order"};
    private static final String[] OPENERS = {"", "Hey @acme, ", "@acme ", "Hi team, ", "Honestly, ", "So ",
        "Quick one: ", "Ugh. "};
    private static final String[] BODIES = {
        "%s arrived broken and I want a refund for order #%d",
        "%s stopped working after two days, this is unacceptable",
        "still waiting for %s, order #%d never arrived",
        "I was charged twice for %s, please fix this",
        "how do I reset %s? the manual is not clear",
        "can you tell me when %s will be back in stock?",
        "is there a way to pair %s with my phone?",
        "where can I find the warranty for %s",
        "thanks, love %s, amazing quality",
        "great job on %s, the support team was brilliant",
        "how much is %s and do you ship to Slovenia?",
        "do you have a discount for %s if I buy two",
        "crypto giveaway!!! free followers for %s, link in bio",
        "just posted a picture of %s on my kitchen counter",
        "anyone else using %s with the old base #%d",
        "URGENT: %s caught fire in my kitchen, this is dangerous"
    };

    private InboundTraffic() {
    }

    static List<Interaction> generate(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ZipfSampler authors = new ZipfSampler(20_000, 1.1);
        List<Interaction> out = new ArrayList<>(count);
        Instant t = Instant.parse("2026-11-23T08:00:00Z");
        for (int i = 0; i < count; i++) {
            t = t.plusMillis(1 + rnd.nextInt(100));
            int author = authors.sample(rnd);
            Platform platform = PLATFORMS[author % PLATFORMS.length];
            PlatformAccountId who = PlatformAccountId.of(platform, "u" + author);
            double k = rnd.nextDouble();
            InteractionKind kind = k < 0.5 ? InteractionKind.MENTION : k < 0.75 ? InteractionKind.REPLY
                    : k < 0.9 ? InteractionKind.COMMENT : InteractionKind.DIRECT_MESSAGE;
            String text = OPENERS[rnd.nextInt(OPENERS.length)]
                    + String.format(BODIES[rnd.nextInt(BODIES.length)], PRODUCTS[rnd.nextInt(PRODUCTS.length)],
                            100_000 + rnd.nextInt(900_000));
            Interaction.Builder b = Interaction.builder(InteractionId.of(platform, "s" + i)).kind(kind)
                    .direction(Direction.INBOUND).occurredAt(t).author(who).text(text).language("en")
                    .provenance(Provenance.of("connector:" + platform.id(), t));
            if (kind == InteractionKind.REPLY && i > 0) {
                // a reply to one of the recent messages (often the author's own thread)
                Interaction parent = out.get(Math.max(0, i - 1 - rnd.nextInt(Math.min(i, 500))));
                if (parent.id().platform().equals(platform)) {
                    b.inReplyTo(parent.id());
                }
            }
            if (kind == InteractionKind.DIRECT_MESSAGE) {
                b.conversationId("dm-" + author);
            }
            if (rnd.nextDouble() < 0.6) {
                double c = Math.max(-1, Math.min(1, rnd.nextGaussian() * 0.5));
                b.sentiment(new Sentiment(c, Math.max(0, c), 1 - Math.abs(c), Math.max(0, -c), "vader", "3.3.2"));
            }
            out.add(b.build());
        }
        return out;
    }

    /** Samples ranks 0..n-1 with probability proportional to 1/(rank+1)^s, by inverse CDF over a table. */
    private static final class ZipfSampler {
        private final double[] cdf;

        ZipfSampler(int n, double s) {
            cdf = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1.0 / Math.pow(i + 1, s);
                cdf[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cdf[i] /= sum;
            }
        }

        int sample(SplittableRandom rnd) {
            int i = java.util.Arrays.binarySearch(cdf, rnd.nextDouble());
            return i >= 0 ? i : Math.min(cdf.length - 1, -i - 1);
        }
    }
}
