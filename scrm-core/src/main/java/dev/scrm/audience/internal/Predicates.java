package dev.scrm.audience.internal;

import dev.scrm.audience.Comparison;
import dev.scrm.audience.Criterion;
import dev.scrm.audience.HistoryFilter;
import dev.scrm.core.AttributeValue;
import dev.scrm.core.Direction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.Sentiment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Compiles {@link Criterion} trees into predicates over {@link CustomerState}. Not thread-safe. */
final class Predicates {

    /** A compiled criterion. */
    interface Pred {
        boolean test(CustomerState c, long now);
    }

    static final int FOLLOW = InteractionKind.FOLLOW.ordinal();
    static final int UNFOLLOW = InteractionKind.UNFOLLOW.ordinal();
    static final int PURCHASE = InteractionKind.PURCHASE.ordinal();

    /** Fixed-point scale of sentiment sums. */
    static final double SENTIMENT_SCALE = 1e9;
    /** Fixed-point scale of purchase amounts: four decimal places. */
    static final double AMOUNT_SCALE = 1e4;

    private final Dictionary dictionary;

    Predicates(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    Pred compile(Criterion c) {
        if (c instanceof Criterion.All) {
            Pred[] parts = compileAll(((Criterion.All) c).parts());
            return (s, now) -> {
                for (Pred p : parts) {
                    if (!p.test(s, now)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (c instanceof Criterion.Any) {
            Pred[] parts = compileAll(((Criterion.Any) c).parts());
            return (s, now) -> {
                for (Pred p : parts) {
                    if (p.test(s, now)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (c instanceof Criterion.Not) {
            Pred p = compile(((Criterion.Not) c).part());
            return (s, now) -> !p.test(s, now);
        }
        if (c instanceof Criterion.AttributeCompare) {
            Criterion.AttributeCompare a = (Criterion.AttributeCompare) c;
            String name = a.name();
            Comparison op = a.op();
            if (op == Comparison.EQ || op == Comparison.NE) {
                String v = a.value().trim();
                boolean eq = op == Comparison.EQ;
                return (s, now) -> {
                    AttributeValue av = s.attributes.get(name);
                    return av != null && (av.value().trim().equalsIgnoreCase(v) == eq);
                };
            }
            double threshold = Double.parseDouble(a.value().trim());
            return (s, now) -> {
                AttributeValue av = s.attributes.get(name);
                if (av == null) {
                    return false;
                }
                double d = number(av.value());
                return !Double.isNaN(d) && op.test(d, threshold);
            };
        }
        if (c instanceof Criterion.AttributeIn) {
            Criterion.AttributeIn a = (Criterion.AttributeIn) c;
            String name = a.name();
            Set<String> values = new HashSet<>();
            for (String v : a.values()) {
                values.add(v.trim().toLowerCase(Locale.ROOT));
            }
            return (s, now) -> {
                AttributeValue av = s.attributes.get(name);
                return av != null && values.contains(av.value().trim().toLowerCase(Locale.ROOT));
            };
        }
        if (c instanceof Criterion.AttributePresent) {
            String name = ((Criterion.AttributePresent) c).name();
            return (s, now) -> s.attributes.containsKey(name);
        }
        if (c instanceof Criterion.OnPlatform) {
            Platform p = ((Criterion.OnPlatform) c).platform();
            return (s, now) -> {
                for (IdentityState i : s.identities) {
                    if (i.id.platform().equals(p)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (c instanceof Criterion.Followers) {
            Criterion.Followers f = (Criterion.Followers) c;
            Comparison op = f.op();
            double v = f.value();
            return (s, now) -> op.test(maxFollowers(s), v);
        }
        if (c instanceof Criterion.Verified) {
            return (s, now) -> {
                for (IdentityState i : s.identities) {
                    if (i.verified) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (c instanceof Criterion.FollowsBrand) {
            return (s, now) -> followsBrand(s);
        }
        if (c instanceof Criterion.Consents) {
            String purpose = ((Criterion.Consents) c).purpose();
            return (s, now) -> s.consent.allows(purpose);
        }
        if (c instanceof Criterion.InStage) {
            int stage = ((Criterion.InStage) c).stage().ordinal();
            return (s, now) -> s.stage == stage;
        }
        if (c instanceof Criterion.HistoryCount) {
            Criterion.HistoryCount h = (Criterion.HistoryCount) c;
            Filter f = filter(h.filter(), false);
            Comparison op = h.op();
            long v = h.value();
            // counting can stop early once a lower bound settles the answer
            long stop = op == Comparison.GE ? v : op == Comparison.GT ? v + 1 : Long.MAX_VALUE;
            return (s, now) -> op.test(count(s, f, now, stop), v);
        }
        if (c instanceof Criterion.AverageSentiment) {
            Criterion.AverageSentiment h = (Criterion.AverageSentiment) c;
            Filter f = filter(h.filter(), false);
            Comparison op = h.op();
            long v = fixed(h.value(), SENTIMENT_SCALE);
            return (s, now) -> {
                // compare sum with threshold * n in fixed point, exact and independent of event order
                long[] sumAndCount = sentimentSum(s, f, now);
                return sumAndCount[1] > 0 && op.test(Long.compare(sumAndCount[0], v * sumAndCount[1]), 0);
            };
        }
        if (c instanceof Criterion.Spend) {
            Criterion.Spend h = (Criterion.Spend) c;
            Filter f = filter(h.filter(), true);
            Comparison op = h.op();
            long v = fixed(h.value(), AMOUNT_SCALE);
            return (s, now) -> op.test(Long.compare(spend(s, f, now), v), 0);
        }
        throw new IllegalArgumentException("unknown criterion type");
    }

    /**
     * Whether a criterion's value can change with the passing of time alone (it looks back over a window, or
     * reads a stage that does).
     */
    static boolean timeDependent(Criterion c, boolean stagesTimeDependent) {
        if (c instanceof Criterion.All) {
            return ((Criterion.All) c).parts().stream().anyMatch(p -> timeDependent(p, stagesTimeDependent));
        }
        if (c instanceof Criterion.Any) {
            return ((Criterion.Any) c).parts().stream().anyMatch(p -> timeDependent(p, stagesTimeDependent));
        }
        if (c instanceof Criterion.Not) {
            return timeDependent(((Criterion.Not) c).part(), stagesTimeDependent);
        }
        if (c instanceof Criterion.InStage) {
            return stagesTimeDependent;
        }
        if (c instanceof Criterion.HistoryCount) {
            return ((Criterion.HistoryCount) c).filter().within() != null;
        }
        if (c instanceof Criterion.AverageSentiment) {
            return ((Criterion.AverageSentiment) c).filter().within() != null;
        }
        if (c instanceof Criterion.Spend) {
            return ((Criterion.Spend) c).filter().within() != null;
        }
        return false;
    }

    private Pred[] compileAll(List<Criterion> parts) {
        List<Pred> out = new ArrayList<>(parts.size());
        for (Criterion p : parts) {
            out.add(compile(p));
        }
        return out.toArray(new Pred[0]);
    }

    static long fixed(double value, double scale) {
        return Math.round(value * scale);
    }

    static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static long maxFollowers(CustomerState s) {
        long max = 0;
        for (IdentityState i : s.identities) {
            max = Math.max(max, i.followers);
        }
        return max;
    }

    static boolean followsBrand(CustomerState s) {
        long lastFollow = Long.MIN_VALUE;
        long lastUnfollow = Long.MIN_VALUE;
        boolean followed = false;
        for (IdentityState i : s.identities) {
            for (int e = 0; e < i.size; e++) {
                int k = i.kindOf(e);
                if (k == FOLLOW) {
                    followed = true;
                    lastFollow = Math.max(lastFollow, i.at(e));
                } else if (k == UNFOLLOW) {
                    lastUnfollow = Math.max(lastUnfollow, i.at(e));
                }
            }
        }
        return followed && lastFollow > lastUnfollow;
    }

    Filter filter(HistoryFilter f, boolean purchasesOnly) {
        int mask = 0;
        if (purchasesOnly) {
            mask = 1 << PURCHASE;
        } else {
            for (InteractionKind k : f.kinds()) {
                mask |= 1 << k.ordinal();
            }
        }
        int dir = f.direction() == null ? -1 : f.direction() == Direction.OUTBOUND ? 1 : 0;
        int brand = f.brand() == null ? -1 : dictionary.brand(f.brand());
        int campaign = f.campaign() == null ? -1 : dictionary.campaign(f.campaign());
        int sentiment = f.sentiment() == null ? -1 : f.sentiment().ordinal();
        long within = f.within() == null ? -1 : f.within().toMillis();
        return new Filter(mask, dir, brand, campaign, sentiment, f.platform(), within);
    }

    /** A compiled history filter. */
    final class Filter {
        final int kindMask;
        final int direction;
        final int brand;
        final int campaign;
        final int sentiment;
        final Platform platform;
        final long within;

        Filter(int kindMask, int direction, int brand, int campaign, int sentiment, Platform platform, long within) {
            this.kindMask = kindMask;
            this.direction = direction;
            this.brand = brand;
            this.campaign = campaign;
            this.sentiment = sentiment;
            this.platform = platform;
            this.within = within;
        }

        boolean admits(IdentityState i) {
            return platform == null || i.id.platform().equals(platform);
        }

        boolean matches(IdentityState i, int e, long now) {
            if (kindMask != 0 && (kindMask & (1 << i.kindOf(e))) == 0) {
                return false;
            }
            if (direction >= 0 && (i.outbound(e) ? 1 : 0) != direction) {
                return false;
            }
            if (within >= 0) {
                long t = i.at(e);
                if (t > now || t < now - within) {
                    return false;
                }
            }
            if (sentiment >= 0 && sentimentClass(i.compound(e)) != sentiment) {
                return false;
            }
            if (campaign >= 0 && i.campaign(e) != campaign) {
                return false;
            }
            return brand < 0 || dictionary.brandSetContains(i.brandSet(e), brand);
        }
    }

    /** The {@link dev.scrm.core.SentimentLabel} ordinal of a compound score, -1 when there is none. */
    static int sentimentClass(double compound) {
        if (Double.isNaN(compound)) {
            return -1;
        }
        if (compound >= Sentiment.POSITIVE_THRESHOLD) {
            return 0;
        }
        if (compound <= Sentiment.NEGATIVE_THRESHOLD) {
            return 2;
        }
        return 1;
    }

    static long count(CustomerState s, Filter f, long now, long stop) {
        long n = 0;
        for (IdentityState i : s.identities) {
            if (!f.admits(i)) {
                continue;
            }
            for (int e = 0; e < i.size; e++) {
                if (f.matches(i, e, now) && ++n >= stop) {
                    return n;
                }
            }
        }
        return n;
    }

    /** Sum of the matching compound scores in units of 1e-9, and their count. */
    static long[] sentimentSum(CustomerState s, Filter f, long now) {
        long sum = 0;
        long n = 0;
        for (IdentityState i : s.identities) {
            if (!f.admits(i)) {
                continue;
            }
            for (int e = 0; e < i.size; e++) {
                double c = i.compound(e);
                if (!Double.isNaN(c) && f.matches(i, e, now)) {
                    sum += fixed(c, SENTIMENT_SCALE);
                    n++;
                }
            }
        }
        return new long[] {sum, n};
    }

    /** Sum of the matching purchase amounts in units of 1/10,000. */
    static long spend(CustomerState s, Filter f, long now) {
        long sum = 0;
        for (IdentityState i : s.identities) {
            if (!f.admits(i)) {
                continue;
            }
            for (int e = 0; e < i.size; e++) {
                long a = i.amount(e);
                if (a != IdentityState.NO_AMOUNT && f.matches(i, e, now)) {
                    sum += a;
                }
            }
        }
        return sum;
    }
}
