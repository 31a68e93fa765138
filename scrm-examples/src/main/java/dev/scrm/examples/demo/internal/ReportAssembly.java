package dev.scrm.examples.demo.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Sentiment;
import dev.scrm.core.SentimentLabel;
import dev.scrm.core.SocialIdentity;
import dev.scrm.examples.report.CustomerSummary;
import dev.scrm.examples.report.LinkExplanation;
import dev.scrm.examples.report.PostSample;
import dev.scrm.identity.FieldContribution;
import dev.scrm.identity.MatchExplanation;
import dev.scrm.identity.RecordRef;
import dev.scrm.identity.ScoredPair;
import dev.scrm.store.ScrmStore;
import dev.scrm.testkit.world.WorldBrand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The report's customer and post sections: the most active customers with accounts on several platforms,
 * each with its identities and why they were linked (the rule that fired, or the field weights of the score),
 * and the latest questions naming the client brand. Counts activity from the interactions it is shown (see
 * {@link #counter()}). Not thread-safe.
 */
public final class ReportAssembly {

    private static final int TOP_CUSTOMERS = 5;
    private static final int MAX_POSTS = 60;

    private final Map<PlatformAccountId, long[]> byAuthor = new HashMap<>();

    /**
     * Counts each inbound interaction toward its author: total, positive and negative.
     *
     * @return the counter, to run over every stored interaction once
     */
    public Consumer<Interaction> counter() {
        return i -> {
            if (i.author() == null || i.direction() != Direction.INBOUND) {
                return;
            }
            long[] n = byAuthor.computeIfAbsent(i.author(), a -> new long[3]);
            n[0]++;
            SentimentLabel l = i.sentiment() == null ? SentimentLabel.NEUTRAL : i.sentiment().label();
            if (l == SentimentLabel.POSITIVE) {
                n[1]++;
            } else if (l == SentimentLabel.NEGATIVE) {
                n[2]++;
            }
        };
    }

    /**
     * The most active customers linked across platforms.
     *
     * @param store where the customers and their identities are
     * @param resolved what resolution produced
     * @param accounts the accounts as pulled, for display
     * @return up to five customers, most interactions first
     */
    public List<CustomerSummary> topCustomers(ScrmStore store, Resolve.Resolved resolved,
            Map<PlatformAccountId, SocialIdentity> accounts) {
        record Ranked(CustomerId id, List<PlatformAccountId> cluster, long n, long pos, long neg) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (List<PlatformAccountId> c : resolved.linked()) {
            long[] sum = new long[3];
            for (PlatformAccountId a : c) {
                long[] x = byAuthor.getOrDefault(a, new long[3]);
                for (int k = 0; k < 3; k++) {
                    sum[k] += x[k];
                }
            }
            ranked.add(new Ranked(resolved.customerOf().get(c.get(0)), c, sum[0], sum[1], sum[2]));
        }
        ranked.sort(Comparator.comparingLong(Ranked::n).reversed().thenComparing(r -> r.id().value()));
        Map<PlatformAccountId, List<ScoredPair>> pairs = new HashMap<>();
        for (ScoredPair p : resolved.resolution().links()) {
            pairs.computeIfAbsent(Resolve.account(p.left()), k -> new ArrayList<>()).add(p);
        }
        List<CustomerSummary> out = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(TOP_CUSTOMERS, ranked.size()))) {
            List<CustomerSummary.Identity> ids = new ArrayList<>();
            String name = null;
            for (SocialIdentity s : store.identitiesOf(r.id())) {
                IdentityLink link = s.link();
                ids.add(new CustomerSummary.Identity(s.id().platform(), s.handle() == null ? s.id().nativeId()
                        : s.handle(), s.displayName(), s.profileUrl(),
                        s.followerCounts() == null ? -1 : s.followerCounts().followers(), link == null ? ""
                        : link.method().name() + (link.rule() == null ? "" : " " + link.rule())
                                + String.format(Locale.ROOT, " %.3f", link.confidence())));
                if (name == null && s.displayName() != null) {
                    name = s.displayName();
                }
            }
            double net = r.n() == 0 ? 0 : 100.0 * (r.pos() - r.neg()) / r.n();
            out.add(new CustomerSummary(r.id().value(), name == null ? r.id().value() : name, r.n(), net, ids,
                    explanations(resolved, pairs, r.cluster(), accounts)));
        }
        return out;
    }

    /** Why the cluster's accounts were linked: each link the clustering made between them. */
    private static List<LinkExplanation> explanations(Resolve.Resolved resolved,
            Map<PlatformAccountId, List<ScoredPair>> pairs, List<PlatformAccountId> cluster,
            Map<PlatformAccountId, SocialIdentity> accounts) {
        Set<PlatformAccountId> members = new HashSet<>(cluster);
        List<LinkExplanation> out = new ArrayList<>();
        for (PlatformAccountId a : cluster) {
            for (ScoredPair p : pairs.getOrDefault(a, List.of())) {
                PlatformAccountId b = Resolve.account(p.right());
                if (!members.contains(b)) {
                    continue;
                }
                MatchExplanation e = resolved.resolution().explain(p.left(), p.right());
                List<LinkExplanation.Contribution> parts = new ArrayList<>();
                for (FieldContribution f : e.contributions()) {
                    parts.add(new LinkExplanation.Contribution(f.comparison() + (f.level() == null ? " (missing)"
                            : " (" + f.level() + ")"), f.weight() + f.tfAdjustment()));
                }
                out.add(new LinkExplanation(show(accounts, a), show(accounts, b), e.priorWeight(), parts,
                        e.probability(), e.rule()));
            }
        }
        return out;
    }

    static String show(Map<PlatformAccountId, SocialIdentity> accounts, PlatformAccountId a) {
        SocialIdentity s = accounts.get(a);
        return a.platform().id() + ": " + (s == null || s.handle() == null ? a.nativeId() : s.handle());
    }

    /**
     * The latest questions that name the client brand: what a service inbox would pick up.
     *
     * @param items the items pulled
     * @param own the client brand
     * @param accounts the accounts as pulled, for display
     * @return up to sixty posts, newest first
     */
    public static List<PostSample> posts(Collection<Interaction> items, WorldBrand own,
            Map<PlatformAccountId, SocialIdentity> accounts) {
        List<Interaction> qs = items.stream()
                .filter(i -> i.direction() == Direction.INBOUND && i.text() != null && i.text().contains("?")
                        && i.brands().contains(own.id()))
                .sorted(Comparator.comparing(Interaction::occurredAt).reversed().thenComparing(Interaction::id))
                .limit(MAX_POSTS).toList();
        List<PostSample> out = new ArrayList<>();
        int n = 0;
        for (Interaction i : qs) {
            Sentiment s = i.sentiment();
            out.add(new PostSample("p" + (n++), i.id().platform(), show(accounts, i.author()), i.occurredAt(),
                    i.text(), s == null ? SentimentLabel.NEUTRAL : s.label(), s == null ? 0.0 : s.compound(),
                    List.copyOf(i.brands())));
        }
        return out;
    }
}
