package dev.scrm.audience;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately naive model of the audience for tests: it keeps the latest domain objects and evaluates
 * criteria from scratch over them, sharing no code with the engine.
 */
final class Oracle {

    final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    final Map<PlatformAccountId, SocialIdentity> identities = new HashMap<>();
    final Map<PlatformAccountId, CustomerId> owner = new HashMap<>();
    final Map<InteractionId, Interaction> interactions = new LinkedHashMap<>();

    void apply(Customer c) {
        owner.entrySet().removeIf(e -> e.getValue().equals(c.id()) && !c.identities().contains(e.getKey()));
        for (PlatformAccountId id : c.identities()) {
            owner.put(id, c.id());
        }
        customers.put(c.id(), c);
    }

    void apply(SocialIdentity s) {
        identities.put(s.id(), s);
    }

    void apply(Interaction i) {
        if (i.author() != null) {
            interactions.put(i.id(), i);
        }
    }

    /**
     * Positive and negative replies about a customer: inbound, with a sentiment, within the window, by a
     * non-bot identity not owned by the customer, answering an item authored by a non-bot identity they own.
     */
    long[] aboutAuthor(CustomerId id, Instant now, java.time.Duration window) {
        java.util.Set<InteractionId> theirs = new java.util.HashSet<>();
        for (Interaction i : interactions.values()) {
            if (id.equals(owner.get(i.author())) && !bot(i.author())) {
                theirs.add(i.id());
            }
        }
        long[] pn = new long[2];
        for (Interaction i : interactions.values()) {
            if (i.inReplyTo() == null || !theirs.contains(i.inReplyTo()) || id.equals(owner.get(i.author()))
                    || bot(i.author()) || i.direction() != dev.scrm.core.Direction.INBOUND || i.sentiment() == null
                    || i.occurredAt().isBefore(now.minus(window)) || i.occurredAt().isAfter(now)) {
                continue;
            }
            if (i.sentiment().label() == dev.scrm.core.SentimentLabel.POSITIVE) {
                pn[0]++;
            } else if (i.sentiment().label() == dev.scrm.core.SentimentLabel.NEGATIVE) {
                pn[1]++;
            }
        }
        return pn;
    }

    private boolean bot(PlatformAccountId p) {
        SocialIdentity s = identities.get(p);
        return s != null && "true".equalsIgnoreCase(s.attributes().getOrDefault(Audience.BOT_ATTRIBUTE, "").trim());
    }

    void erase(CustomerId id) {
        if (customers.remove(id) == null) {
            return;
        }
        List<PlatformAccountId> owned = owned(id);
        for (PlatformAccountId p : owned) {
            owner.remove(p);
            identities.remove(p);
        }
        interactions.values().removeIf(i -> owned.contains(i.author()));
    }

    void forget(CustomerId id) {
        if (customers.remove(id) != null) {
            owner.values().removeIf(id::equals);
        }
    }

    List<PlatformAccountId> owned(CustomerId id) {
        List<PlatformAccountId> out = new ArrayList<>();
        owner.forEach((k, v) -> {
            if (v.equals(id)) {
                out.add(k);
            }
        });
        out.sort(null);
        return out;
    }

    List<Interaction> historyOf(CustomerId id) {
        List<PlatformAccountId> owned = owned(id);
        List<Interaction> out = new ArrayList<>();
        for (Interaction i : interactions.values()) {
            if (owned.contains(i.author())) {
                out.add(i);
            }
        }
        return out;
    }

    AdvocacyStage stage(CustomerId id, AdvocacyLadder ladder, Instant now) {
        for (LadderRule r : ladder.rules()) {
            if (test(r.criterion(), id, AdvocacyStage.UNAWARE, now)) {
                return r.stage();
            }
        }
        return AdvocacyStage.UNAWARE;
    }

    boolean test(Criterion c, CustomerId id, AdvocacyStage stage, Instant now) {
        Customer cu = customers.get(id);
        if (c instanceof Criterion.All) {
            return ((Criterion.All) c).parts().stream().allMatch(p -> test(p, id, stage, now));
        }
        if (c instanceof Criterion.Any) {
            return ((Criterion.Any) c).parts().stream().anyMatch(p -> test(p, id, stage, now));
        }
        if (c instanceof Criterion.Not) {
            return !test(((Criterion.Not) c).part(), id, stage, now);
        }
        if (c instanceof Criterion.AttributeCompare) {
            Criterion.AttributeCompare a = (Criterion.AttributeCompare) c;
            var v = cu.attributes().get(a.name());
            if (v == null) {
                return false;
            }
            if (a.op() == Comparison.EQ) {
                return v.value().trim().equalsIgnoreCase(a.value().trim());
            }
            if (a.op() == Comparison.NE) {
                return !v.value().trim().equalsIgnoreCase(a.value().trim());
            }
            BigDecimal left;
            try {
                left = new BigDecimal(v.value().trim());
            } catch (NumberFormatException e) {
                return false;
            }
            return a.op().holds(left.compareTo(new BigDecimal(a.value().trim())));
        }
        if (c instanceof Criterion.AttributeIn) {
            Criterion.AttributeIn a = (Criterion.AttributeIn) c;
            var v = cu.attributes().get(a.name());
            return v != null && a.values().stream().anyMatch(x -> x.trim().equalsIgnoreCase(v.value().trim()));
        }
        if (c instanceof Criterion.AttributePresent) {
            return cu.attributes().containsKey(((Criterion.AttributePresent) c).name());
        }
        if (c instanceof Criterion.OnPlatform) {
            return owned(id).stream().anyMatch(p -> p.platform().equals(((Criterion.OnPlatform) c).platform()));
        }
        if (c instanceof Criterion.Followers) {
            long max = 0;
            for (PlatformAccountId p : owned(id)) {
                SocialIdentity s = identities.get(p);
                if (s != null && s.followerCounts() != null) {
                    max = Math.max(max, s.followerCounts().followers());
                }
            }
            return ((Criterion.Followers) c).op().holds(Long.compare(max, ((Criterion.Followers) c).value()));
        }
        if (c instanceof Criterion.Verified) {
            return owned(id).stream().anyMatch(p -> identities.containsKey(p) && identities.get(p).verified());
        }
        if (c instanceof Criterion.FollowsBrand) {
            Instant follow = null;
            Instant unfollow = null;
            for (Interaction i : historyOf(id)) {
                if (i.kind() == InteractionKind.FOLLOW && (follow == null || i.occurredAt().isAfter(follow))) {
                    follow = i.occurredAt();
                }
                if (i.kind() == InteractionKind.UNFOLLOW && (unfollow == null || i.occurredAt().isAfter(unfollow))) {
                    unfollow = i.occurredAt();
                }
            }
            return follow != null && (unfollow == null || follow.isAfter(unfollow));
        }
        if (c instanceof Criterion.Consents) {
            return cu.consent().allows(((Criterion.Consents) c).purpose());
        }
        if (c instanceof Criterion.InStage) {
            return stage == ((Criterion.InStage) c).stage();
        }
        if (c instanceof Criterion.HistoryCount) {
            Criterion.HistoryCount h = (Criterion.HistoryCount) c;
            long n = historyOf(id).stream().filter(i -> matches(h.filter(), i, now)).count();
            return h.op().holds(Long.compare(n, h.value()));
        }
        if (c instanceof Criterion.AverageSentiment) {
            Criterion.AverageSentiment h = (Criterion.AverageSentiment) c;
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (Interaction i : historyOf(id)) {
                if (i.sentiment() != null && matches(h.filter(), i, now)) {
                    sum = sum.add(BigDecimal.valueOf(i.sentiment().compound()));
                    n++;
                }
            }
            return n > 0 && h.op().holds(sum.compareTo(BigDecimal.valueOf(h.value()).multiply(BigDecimal.valueOf(n))));
        }
        if (c instanceof Criterion.Spend) {
            Criterion.Spend h = (Criterion.Spend) c;
            BigDecimal sum = BigDecimal.ZERO;
            for (Interaction i : historyOf(id)) {
                String amount = i.attributes().get(Audience.AMOUNT_ATTRIBUTE);
                if (i.kind() == InteractionKind.PURCHASE && amount != null && matches(h.filter(), i, now)) {
                    sum = sum.add(new BigDecimal(amount));
                }
            }
            return h.op().holds(sum.compareTo(BigDecimal.valueOf(h.value())));
        }
        throw new IllegalArgumentException("unknown criterion");
    }

    static boolean matches(HistoryFilter f, Interaction i, Instant now) {
        if (!f.kinds().isEmpty() && !f.kinds().contains(i.kind())) {
            return false;
        }
        if (f.direction() != null && f.direction() != i.direction()) {
            return false;
        }
        if (f.brand() != null && i.brands().stream().noneMatch(b -> b.equalsIgnoreCase(f.brand()))) {
            return false;
        }
        if (f.campaign() != null) {
            String camp = i.attributes().get(Audience.CAMPAIGN_ATTRIBUTE);
            if (camp == null || !camp.trim().toLowerCase(Locale.ROOT).equals(f.campaign().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (f.sentiment() != null && (i.sentiment() == null || i.sentiment().label() != f.sentiment())) {
            return false;
        }
        if (f.platform() != null && !i.author().platform().equals(f.platform())) {
            return false;
        }
        if (f.within() != null) {
            Instant t = i.occurredAt();
            return !t.isAfter(now) && !t.isBefore(now.minus(f.within()));
        }
        return true;
    }
}
