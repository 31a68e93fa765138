package dev.scrm.audience.internal;

import dev.scrm.audience.InfluenceModel;
import dev.scrm.audience.InfluenceScore;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Influence scoring: computes each customer's raw influence over the model's window from its non-bot
 * identities (followers, median engagement and amplification of its content, sentiment of the replies others
 * wrote to it), keeps the raw values of the population in an order-statistics tree, and turns a raw value into
 * a percentile score. Guarded by the engine's lock; not thread-safe.
 */
final class Influence {

    private static final int CONTENT_KINDS = (1 << InteractionKind.MENTION.ordinal())
            | (1 << InteractionKind.POST.ordinal()) | (1 << InteractionKind.REPLY.ordinal())
            | (1 << InteractionKind.COMMENT.ordinal()) | (1 << InteractionKind.REVIEW.ordinal());

    private final InfluenceModel model;
    private final long window;
    private final ReplyIndex replies;
    private final RankTree ranks = new RankTree();
    private int[] scratch = new int[64];

    Influence(InfluenceModel model, ReplyIndex replies) {
        this.model = model;
        this.window = model.window().toMillis();
        this.replies = replies;
    }

    /**
     * Recomputes a customer's influence as of {@code now}: the customer leaves the population (raw value NaN)
     * when none of its identities was active in the window.
     */
    void update(CustomerState c, long now) {
        long from = now - window;
        boolean active = false;
        long followers = 0;
        long amplifications = 0;
        int posts = 0;
        long positive = 0;
        long negative = 0;
        for (IdentityState i : c.identities) {
            if (i.bot) {
                continue;
            }
            followers += Math.max(0, i.followers);
            for (int a = 0; a < i.answeredCount; a++) {
                ReplyIndex.ReplyList rl = replies.repliesTo(i.answered[a]);
                for (int k = 0; rl != null && rl.markedOn == i && k < rl.size; k++) {
                    IdentityState r = rl.who[k];
                    int x = r.bot || r.customer == c ? -1 : r.find(rl.hashes[k]);
                    if (x < 0 || r.outbound(x) || r.at(x) < from || r.at(x) > now) {
                        continue;
                    }
                    double compound = r.compound(x);
                    if (compound >= Sentiment.POSITIVE_THRESHOLD) {
                        positive++;
                    } else if (compound <= Sentiment.NEGATIVE_THRESHOLD) {
                        negative++;
                    }
                }
            }
            for (int e = 0; e < i.size; e++) {
                long t = i.at(e);
                if (t < from || t > now) {
                    continue;
                }
                active = true;
                if ((CONTENT_KINDS & (1 << i.kindOf(e))) != 0) {
                    if (posts == scratch.length) {
                        scratch = Arrays.copyOf(scratch, posts * 2);
                    }
                    scratch[posts++] = i.engagement(e);
                    amplifications += i.amplification(e);
                }
            }
        }
        double raw = Double.NaN;
        double median = 0;
        if (active) {
            if (posts > 0) {
                Arrays.sort(scratch, 0, posts);
                median = (posts & 1) == 1 ? scratch[posts / 2]
                        : (scratch[posts / 2 - 1] + (double) scratch[posts / 2]) / 2.0;
            }
            raw = model.followersContribution(followers) + model.engagementContribution(median)
                    + model.amplificationContribution(amplifications) + sentimentContribution(positive, negative);
        }
        if (Double.compare(raw, c.raw) != 0) {
            if (!Double.isNaN(c.raw)) {
                ranks.remove(c.raw);
            }
            if (!Double.isNaN(raw)) {
                ranks.add(raw);
            }
            c.raw = raw;
        }
        c.followers = followers;
        c.medianEngagement = median;
        c.amplifications = amplifications;
        c.positiveAbout = positive;
        c.negativeAbout = negative;
        c.posts = posts;
        c.evaluatedAt = now;
    }

    /** Takes a customer that is gone out of the population. */
    void remove(CustomerState c) {
        if (!Double.isNaN(c.raw)) {
            ranks.remove(c.raw);
        }
    }

    /** The size of the population: customers with a raw value. */
    long population() {
        return ranks.total();
    }

    /** The score of a customer in the population. */
    InfluenceScore score(CustomerState c) {
        long n = ranks.total();
        double rank = InfluenceModel.percentileRank(ranks.countLess(c.raw), ranks.count(c.raw), n);
        return new InfluenceScore(c.id, 100.0 * rank, c.raw, c.followers, c.medianEngagement, c.amplifications,
                c.posts, model.followersContribution(c.followers),
                model.engagementContribution(c.medianEngagement),
                model.amplificationContribution(c.amplifications), c.positiveAbout,
                c.negativeAbout, sentimentContribution(c.positiveAbout, c.negativeAbout), n,
                n < model.smallPopulation(), model, Instant.ofEpochMilli(c.evaluatedAt));
    }

    /**
     * The scores of the {@code limit} most influential customers, highest raw value first; equal raw values
     * go to the smaller customer id.
     *
     * @param customers the customers, {@code null} entries skipped
     */
    List<InfluenceScore> top(Iterable<CustomerState> customers, int limit) {
        Comparator<CustomerState> order = (a, b) -> {
            int r = Double.compare(a.raw, b.raw);
            return r != 0 ? r : b.id.compareTo(a.id);
        };
        PriorityQueue<CustomerState> top = new PriorityQueue<>(order);
        for (CustomerState c : customers) {
            if (c == null || Double.isNaN(c.raw)) {
                continue;
            }
            if (top.size() < limit) {
                top.add(c);
            } else if (order.compare(c, top.peek()) > 0) {
                top.poll();
                top.add(c);
            }
        }
        List<CustomerState> best = new ArrayList<>(top);
        best.sort(order.reversed());
        List<InfluenceScore> out = new ArrayList<>(best.size());
        for (CustomerState c : best) {
            out.add(score(c));
        }
        return List.copyOf(out);
    }

    /** {@code d·NS}, with {@code NS = (P − N) / (P + N)}; 0 when {@code P + N = 0} (undefined). */
    private double sentimentContribution(long positive, long negative) {
        long rated = positive + negative;
        return rated == 0 ? 0.0 : model.sentimentWeight() * ((positive - negative) / (double) rated);
    }
}
