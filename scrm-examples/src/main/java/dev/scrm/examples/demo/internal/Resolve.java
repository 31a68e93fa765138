package dev.scrm.examples.demo.internal;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentityResolver;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.RecordRef;
import dev.scrm.identity.Resolution;
import dev.scrm.identity.ResolverConfig;
import dev.scrm.identity.ScoredPair;
import dev.scrm.store.ScrmStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The identity stage: resolves the person accounts into clusters with the identity engine (one account per
 * platform per customer) and makes each cluster a customer in the store. Customers are stable across runs: a
 * cluster whose accounts already belong to a stored customer keeps that customer; a cluster that joins two
 * stored customers merges them (an audited merge); only a cluster with no stored account gets a new customer,
 * whose id is derived from its first account. Accounts are never unlinked here. Not thread-safe.
 */
public final class Resolve {

    /** The link rule recorded for a customer's founding account when nothing else links to it. */
    public static final String SOLE_ACCOUNT = "sole_account";

    private final ScrmStore store;
    private final String actor;
    private final long seed;
    private final java.util.function.Consumer<String> say;

    /**
     * A resolve stage writing to this store.
     *
     * @param store where customers live
     * @param actor the audit actor
     * @param seed the seed new customer ids are derived with
     * @param say where progress lines go
     */
    public Resolve(ScrmStore store, String actor, long seed, java.util.function.Consumer<String> say) {
        this.store = store;
        this.actor = actor;
        this.seed = seed;
        this.say = say;
    }

    /** What resolution produced. */
    public record Resolved(Resolution resolution, List<List<PlatformAccountId>> clusters,
            Map<PlatformAccountId, CustomerId> customerOf, int created, int merged) {

        /**
         * The clusters with accounts on two or more platforms.
         *
         * @return those clusters
         */
        public List<List<PlatformAccountId>> linked() {
            return clusters.stream().filter(c -> c.size() > 1).toList();
        }
    }

    /**
     * Resolves the accounts and writes the customers; the accounts must be stored already.
     *
     * @param people the person accounts (brand accounts left out)
     * @param now when the links are made
     * @return the clusters and customers
     */
    public Resolved run(Collection<SocialIdentity> people, Instant now) {
        Resolution res = IdentityResolver.create(IdentitySchema.social(),
                ResolverConfig.builder().onePerPlatform(true).build())
                .resolve(people.stream().map(IdentityRecord::of).toList());
        say.accept("identity: " + res.recordCount() + " accounts resolved, " + res.links().size() + " links");
        List<List<PlatformAccountId>> clusters = new ArrayList<>();
        for (List<RecordRef> cluster : res.clusters()) {
            clusters.add(cluster.stream().map(Resolve::account).sorted().toList());
        }
        Map<PlatformAccountId, IdentityLink> links = links(res, now);
        Map<PlatformAccountId, CustomerId> stored = new HashMap<>();
        try (Stream<Customer> all = store.customers()) {
            all.forEach(c -> c.identities().forEach(a -> stored.put(a, c.id())));
        }
        Map<PlatformAccountId, CustomerId> customerOf = new HashMap<>();
        int created = 0;
        int merged = 0;
        for (List<PlatformAccountId> cluster : clusters) {
            CustomerId id = null;
            for (PlatformAccountId a : cluster) {
                CustomerId known = stored.get(a);
                if (known != null && id == null) {
                    id = known;
                } else if (known != null && !known.equals(id)) {
                    store.merge(id, known, actor);
                    CustomerId survivor = id;
                    stored.replaceAll((k, v) -> v.equals(known) ? survivor : v);
                    merged++;
                }
            }
            if (id == null) {
                PlatformAccountId first = cluster.get(0);
                id = CustomerId.of("c-" + UUID.nameUUIDFromBytes((seed + ":" + first.platform().id() + ":"
                        + first.nativeId()).getBytes(StandardCharsets.UTF_8)));
                store.create(Customer.create(id, now), actor);
                created++;
            }
            for (PlatformAccountId a : cluster) {
                if (!id.equals(stored.get(a))) {
                    IdentityLink link = cluster.size() == 1
                            ? new IdentityLink(LinkMethod.DETERMINISTIC_RULE, 1.0, SOLE_ACCOUNT, now)
                            : links.getOrDefault(a, new IdentityLink(LinkMethod.PROBABILISTIC_SCORE, 1.0, null, now));
                    store.link(a, id, link, actor);
                    stored.put(a, id);
                }
                customerOf.put(a, id);
            }
        }
        return new Resolved(res, clusters, customerOf, created, merged);
    }

    /** Per account, its strongest link: a rule's when one fired, else the highest probability. */
    private static Map<PlatformAccountId, IdentityLink> links(Resolution res, Instant now) {
        Map<PlatformAccountId, IdentityLink> out = new HashMap<>();
        for (ScoredPair pair : res.links()) {
            IdentityLink l = pair.rule() != null
                    ? new IdentityLink(LinkMethod.DETERMINISTIC_RULE, 1.0, pair.rule(), now)
                    : new IdentityLink(LinkMethod.PROBABILISTIC_SCORE, pair.probability(), null, now);
            for (RecordRef r : List.of(pair.left(), pair.right())) {
                out.merge(account(r), l, Resolve::stronger);
            }
        }
        return out;
    }

    private static IdentityLink stronger(IdentityLink a, IdentityLink b) {
        if ((a.rule() != null) != (b.rule() != null)) {
            return a.rule() != null ? a : b;
        }
        return b.confidence() > a.confidence() ? b : a;
    }

    static PlatformAccountId account(RecordRef r) {
        return PlatformAccountId.of(r.source(), r.id());
    }
}
