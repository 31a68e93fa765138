package dev.scrm.examples.demo.internal;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
import dev.scrm.connectors.http.InMemoryCheckpointStore;
import dev.scrm.connectors.http.Puller;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.simulator.SimulatorStats;
import dev.scrm.testkit.world.WorldBrand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The listening stage: pulls every brand's mentions from each platform through its connector, analyses each
 * item as it arrives, then completes thin author profiles. On Reddit, whose search finds submissions only, it
 * also reads the comment streams of the communities those submissions came from, keeping the comments that
 * name a tracked brand. A live Mastodon server is read by one hashtag instead. Not thread-safe; use once.
 */
public final class Pull {

    /** The most items read from a live server. */
    public static final int LIVE_MAX_ITEMS = 400;

    private final Sources sources;
    private final Analysis analysis;
    private final ProfileLookup lookup;
    private final Consumer<String> say;
    private final Map<InteractionId, Interaction> items = new LinkedHashMap<>();
    private final Map<PlatformAccountId, SocialIdentity> accounts = new LinkedHashMap<>();
    private final Set<PlatformAccountId> brandAccounts = new HashSet<>();
    private long requests;
    private long faults;
    private long looked;
    private long completed;

    /**
     * A pull over these sources.
     *
     * @param sources the platforms' connectors
     * @param analysis what each item goes through
     * @param lookup how thin profiles are completed
     * @param say where progress lines go
     */
    public Pull(Sources sources, Analysis analysis, ProfileLookup lookup, Consumer<String> say) {
        this.sources = sources;
        this.analysis = analysis;
        this.lookup = lookup;
        this.say = say;
    }

    /** What the pull produced. */
    public record Pulled(Map<InteractionId, Interaction> items, Map<PlatformAccountId, SocialIdentity> accounts,
            Set<PlatformAccountId> brandAccounts, long requests, long faults, long profilesLookedUp,
            long profilesCompleted) {
    }

    /**
     * Pulls everything.
     *
     * @param brands the tracked brands
     * @param liveHashtag the hashtag read from a live Mastodon server, or null
     * @return the items, the accounts and the counts
     */
    public Pulled run(List<WorldBrand> brands, String liveHashtag) {
        for (Platform p : Sources.PLATFORMS) {
            int before = items.size();
            long t = System.nanoTime();
            Connector c = sources.connector(p);
            if (sources.live(p)) {
                pull(c, ListeningQuery.hashtag(liveHashtag), LIVE_MAX_ITEMS, false);
            } else {
                for (WorldBrand b : brands) {
                    pull(c, ListeningQuery.search(Analysis.searchQuery(b)), Integer.MAX_VALUE, false);
                }
                if (p.equals(Platform.REDDIT) && c.manifest().capabilities().contains(QueryKind.COMMENTS.capability())) {
                    for (String community : communities(p)) {
                        pull(c, new ListeningQuery(QueryKind.COMMENTS, community), Integer.MAX_VALUE, true);
                    }
                }
            }
            String profiles = complete(p, c);
            SimulatorStats s = sources.stats(p);
            requests += s.requests();
            faults += s.faultsInjected();
            say.accept("pull: " + p.id() + (sources.live(p) ? " (live)" : "") + " " + (items.size() - before)
                    + " interactions, " + profiles + ", " + s.requests() + " requests (" + s.faultsInjected()
                    + " faults retried), " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
        return new Pulled(items, accounts, brandAccounts, requests, faults, looked, completed);
    }

    private void pull(Connector c, ListeningQuery q, int max, boolean onlyTagged) {
        Puller.of(c, new InMemoryCheckpointStore()).pull(q, max, page -> take(page, onlyTagged));
    }

    private void take(Page page, boolean onlyTagged) {
        for (SocialIdentity s : page.identities()) {
            accounts.merge(s.id(), s, (a, b) -> b.observedAt().isAfter(a.observedAt()) ? b : a);
            if (analysis.isBrandAccount(s)) {
                brandAccounts.add(s.id());
            }
        }
        for (Interaction i : page.interactions()) {
            Interaction x = analysis.analyse(i, brandAccounts);
            if (!onlyTagged || !x.brands().isEmpty()) {
                items.putIfAbsent(x.id(), x);
            }
        }
    }

    /** The communities the platform's pulled items came from, sorted. */
    private Set<String> communities(Platform p) {
        Set<String> out = new TreeSet<>();
        for (Interaction i : items.values()) {
            String sub = i.attributes().get("subreddit");
            if (i.id().platform().equals(p) && sub != null && !sub.isBlank()) {
                out.add(sub);
            }
        }
        return out;
    }

    /** Completes the platform's thin author profiles; says how many. */
    private String complete(Platform p, Connector c) {
        Set<PlatformAccountId> authors = new HashSet<>();
        items.values().forEach(i -> {
            if (i.author() != null && i.id().platform().equals(p)) {
                authors.add(i.author());
            }
        });
        List<SocialIdentity> thin = new ArrayList<>();
        for (SocialIdentity s : accounts.values()) {
            if (s.id().platform().equals(p) && authors.contains(s.id()) && ProfileLookup.thin(s)) {
                thin.add(s);
            }
        }
        ProfileLookup.Outcome o = lookup.complete(c, thin);
        o.profiles().forEach(s -> accounts.put(s.id(), s));
        looked += thin.size();
        completed += o.completed();
        return o.completed() + "/" + thin.size() + " thin profiles completed (" + o.missing() + " unknown, "
                + o.failed() + " failed)";
    }
}
