package dev.scrm.examples.demo.internal;

import dev.scrm.core.Direction;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.SentimentLabel;
import dev.scrm.core.SocialIdentity;
import dev.scrm.examples.report.KpiValue;
import dev.scrm.metrics.ContentAcceptance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The social content acceptance rate of the client brand's own posts ({@code content.acceptance_rate.item@1},
 * a sales-objective KPI in the SDK's own definition): a post at least 72 hours old is accepted when its
 * engagement rate by followers is at least the median of the brand's posts and the net sentiment of its rated
 * replies is not negative (with fewer than five rated replies only the rate counts). Stateless.
 */
final class ContentKpis {

    static final String ACCEPTANCE = "content.acceptance_rate.item@1";
    private static final Duration MIN_AGE = Duration.ofHours(72);

    private ContentKpis() {
    }

    /**
     * The acceptance rate over the posts seen.
     *
     * @param items every interaction
     * @param own whether an account is one of the client brand's
     * @param accounts the accounts seen, for the brand accounts' follower counts
     * @param end the end of the period
     * @return the KPI, {@code UNDEFINED} when no post is eligible
     */
    static KpiValue acceptance(Collection<Interaction> items, Predicate<SocialIdentity> own,
            Map<dev.scrm.core.PlatformAccountId, SocialIdentity> accounts, Instant end) {
        Map<InteractionId, long[]> replies = new HashMap<>();
        for (Interaction i : items) {
            if (i.inReplyTo() != null && i.direction() == Direction.INBOUND && i.sentiment() != null) {
                long[] n = replies.computeIfAbsent(i.inReplyTo(), k -> new long[2]);
                n[0]++;
                SentimentLabel l = i.sentiment().label();
                n[1] += l == SentimentLabel.POSITIVE ? 1 : l == SentimentLabel.NEGATIVE ? -1 : 0;
            }
        }
        List<ContentAcceptance.Item> eligible = new ArrayList<>();
        for (Interaction i : items) {
            SocialIdentity author = i.author() == null ? null : accounts.get(i.author());
            if (author == null || !own.test(author) || i.inReplyTo() != null || author.followerCounts() == null
                    || author.followerCounts().followers() == 0 || i.occurredAt().plus(MIN_AGE).isAfter(end)) {
                continue;
            }
            long engagements = 0;
            for (EngagementType t : List.of(EngagementType.LIKES, EngagementType.SHARES, EngagementType.REPLIES)) {
                engagements += i.engagement().count(t).orElse(0);
            }
            long[] r = replies.getOrDefault(i.id(), new long[2]);
            eligible.add(new ContentAcceptance.Item((double) engagements / author.followerCounts().followers(),
                    r[0] == 0 ? 0.0 : (double) r[1] / r[0], (int) r[0]));
        }
        String definition = "Own posts at least 72 h old whose engagement rate by followers is at least the median"
                + " of the brand's posts and whose rated replies are not net negative (checked from 5 rated"
                + " replies) / eligible posts x 100; the SDK's own definition.";
        if (eligible.isEmpty()) {
            return new KpiValue(ACCEPTANCE, "Content acceptance rate", "UNDEFINED", definition);
        }
        double[] rates = eligible.stream().mapToDouble(ContentAcceptance.Item::engagementRate).sorted().toArray();
        double median = rates.length % 2 == 1 ? rates[rates.length / 2]
                : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
        ContentAcceptance.ItemOutcome o = ContentAcceptance.itemLevel(eligible, median,
                ContentAcceptance.DEFAULT_MIN_RATED_REPLIES);
        return new KpiValue(ACCEPTANCE, "Content acceptance rate", String.format(Locale.ROOT, "%.1f %% (%d of %d)",
                100.0 * o.rate(), o.accepted(), o.eligible()), definition);
    }
}
