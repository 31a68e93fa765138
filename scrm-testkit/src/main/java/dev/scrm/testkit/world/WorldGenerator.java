package dev.scrm.testkit.world;

import static dev.scrm.testkit.world.Draws.WEEKDAY;
import static dev.scrm.testkit.world.Draws.pick;
import static dev.scrm.testkit.world.Draws.timeOfDay;
import static dev.scrm.testkit.world.WorldAccounts.SOCIAL;

import dev.scrm.core.FollowerCounts;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.world.WorldAccounts.Account;
import dev.scrm.testkit.world.WorldPosts.Draft;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds a {@link SyntheticWorld}: draws the people and accounts ({@link WorldAccounts}) and the posts
 * ({@link WorldPosts}) from their own random streams, then the brands' follower history, the web visits and
 * the search volume. One instance per generation, not thread-safe.
 */
final class WorldGenerator {

    private final WorldConfig cfg;
    private final SplittableRandom rnd;
    private final Instant observedAt;
    private final WorldAccounts accounts;
    private final WorldPosts posts;

    WorldGenerator(WorldConfig cfg) {
        this.cfg = cfg;
        this.rnd = new SplittableRandom(cfg.seed());
        this.observedAt = cfg.end();
        this.accounts = new WorldAccounts(cfg, observedAt);
        this.posts = new WorldPosts(cfg, observedAt);
    }

    SyntheticWorld generate() {
        SplittableRandom personRnd = rnd.split();
        SplittableRandom postRnd = rnd.split();
        SplittableRandom brandRnd = rnd.split();
        SplittableRandom webRnd = rnd.split();
        SplittableRandom linkRnd = rnd.split();

        List<Person> persons = new ArrayList<>();
        List<Account> personAccounts = new ArrayList<>();
        Map<PlatformAccountId, PersonId> owners = new LinkedHashMap<>();
        for (int i = 0; i < cfg.persons(); i++) {
            Person p = accounts.person(i, personRnd);
            persons.add(p);
            for (Account a : accounts.accountsOf(p, personRnd)) {
                personAccounts.add(a);
                owners.put(a.identity().id(), p.id());
            }
        }
        Map<String, Map<Platform, Account>> brandAccounts = accounts.brandAccounts();

        Campaign campaign = campaign();
        int crisisDay = (int) Math.floor(cfg.days() * 0.75);
        int launchDay = (int) ChronoUnit.DAYS.between(cfg.start(), campaign.start());
        WorldBrand own = cfg.ownBrand();
        List<PlannedSpike> spikes = List.of(
                new PlannedSpike(own.id(), day(launchDay), "campaign launch"),
                new PlannedSpike(own.id(), day(crisisDay), "firmware update incident"));

        List<Draft> drafts = posts.drafts(persons, personAccounts, brandAccounts, campaign, launchDay, crisisDay,
                postRnd);

        List<Interaction> interactions = new ArrayList<>(drafts.size());
        List<Interaction> inbound = new ArrayList<>();
        Map<InteractionId, Set<String>> brandsByPost = new HashMap<>();
        Map<InteractionId, PostCategory> categoryByPost = new HashMap<>();
        List<InteractionId> questions = new ArrayList<>();
        Set<InteractionId> decoys = new HashSet<>();
        for (Draft d : drafts) {
            Interaction it = posts.toInteraction(d, postRnd);
            interactions.add(it);
            if (!d.outbound) {
                inbound.add(it);
                brandsByPost.put(it.id(), d.brands);
                categoryByPost.put(it.id(), d.category);
                if (d.inboundQuestion) {
                    questions.add(it.id());
                }
                if (d.decoy) {
                    decoys.add(it.id());
                }
            }
        }

        List<FollowerSnapshot> history = followerHistory(brandAccounts, campaign, crisisDay, brandRnd);
        List<BrandAccount> brandAccountList = new ArrayList<>();
        for (WorldBrand b : cfg.brands()) {
            for (Platform p : SOCIAL) {
                SocialIdentity id = brandAccounts.get(b.id()).get(p).identity();
                FollowerSnapshot last = history.stream()
                        .filter(s -> s.account().equals(id.id()))
                        .reduce((x, y) -> y).orElseThrow();
                brandAccountList.add(new BrandAccount(b.id(), id.toBuilder().followerCounts(
                        new FollowerCounts(last.followers(), last.following(), observedAt)).build()));
            }
        }
        List<WebVisit> visits = webVisits(persons, campaign, crisisDay, webRnd);
        List<SearchVolume> searches = searchVolume(campaign, crisisDay, brandRnd);

        WorldTruth truth = new WorldTruth(cfg.brands(), owners, inbound, brandsByPost, categoryByPost, spikes,
                questions, decoys);
        List<SocialIdentity> identities = WorldAccounts.crossLinked(personAccounts, linkRnd);
        return new SyntheticWorld(cfg, persons, identities, brandAccountList, interactions, history, visits,
                searches, campaign, truth);
    }

    private Campaign campaign() {
        WorldBrand own = cfg.ownBrand();
        int startDay = (int) Math.floor(cfg.days() * 0.35);
        int length = Math.max(3, cfg.days() / 4);
        return new Campaign("unplugged", own.name() + " Unplugged", own.id(), own.hashtag() + "unplugged",
                cfg.start().plus(startDay, ChronoUnit.DAYS), cfg.start().plus(startDay + length, ChronoUnit.DAYS),
                1.8);
    }

    // ---------------------------------------------------------------- audience, web, search

    private List<FollowerSnapshot> followerHistory(Map<String, Map<Platform, Account>> brandAccounts,
            Campaign campaign, int crisisDay, SplittableRandom r) {
        Map<Platform, Double> platformFactor = Map.of(Platform.X, 1.0, Platform.MASTODON, 0.15,
                Platform.BLUESKY, 0.35, Platform.REDDIT, 0.08);
        List<FollowerSnapshot> out = new ArrayList<>();
        for (WorldBrand b : cfg.brands()) {
            for (Platform p : SOCIAL) {
                Account a = brandAccounts.get(b.id()).get(p);
                long followers = Math.round(b.weight() * platformFactor.get(p) * 240_000 * (0.9 + 0.2 * r.nextDouble()));
                long following = 100 + r.nextInt(400);
                long base = followers;
                for (int day = 0; day < cfg.days(); day++) {
                    Instant dayStart = cfg.start().plus(day, ChronoUnit.DAYS);
                    double growth = base * 0.0015 * (1 + r.nextGaussian() * 0.5);
                    if (b.own() && campaign.runsAt(dayStart)) {
                        growth += base * 0.008;
                    }
                    if (b.own() && day == crisisDay) {
                        growth -= base * 0.006;
                    }
                    followers = Math.max(0, followers + Math.round(growth));
                    if (r.nextDouble() < 0.1) {
                        following++;
                    }
                    out.add(new FollowerSnapshot(b.id(), a.identity().id(), day(day), followers, following));
                }
            }
        }
        return out;
    }

    private List<WebVisit> webVisits(List<Person> persons, Campaign campaign, int crisisDay, SplittableRandom r) {
        List<String> visitorPool = new ArrayList<>();
        Map<String, PersonId> personOfVisitor = new HashMap<>();
        for (Person p : persons) {
            if (r.nextDouble() < 0.45) {
                String v = "v" + Long.toHexString(r.nextLong() & 0xffffffffffffL);
                visitorPool.add(v);
                personOfVisitor.put(v, p.id());
            }
        }
        int anonymous = (int) (persons.size() * 1.5);
        for (int i = 0; i < anonymous; i++) {
            visitorPool.add("v" + Long.toHexString(r.nextLong() & 0xffffffffffffL));
        }
        // shuffle deterministically so new visitors arrive in random order
        for (int i = visitorPool.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = visitorPool.get(i);
            visitorPool.set(i, visitorPool.get(j));
            visitorPool.set(j, t);
        }
        List<String> seen = new ArrayList<>();
        Set<String> seenSet = new HashSet<>();
        int next = 0;
        List<WebVisit> visits = new ArrayList<>();
        List<String> pages = List.of("/", "/", "/products/pulse", "/products/air-2", "/products/studio", "/support",
                "/support/firmware", "/stores", "/blog/tuning-the-sound");
        long seq = 0;
        for (int day = 0; day < cfg.days(); day++) {
            Instant dayStart = cfg.start().plus(day, ChronoUnit.DAYS);
            int weekday = dayStart.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() - 1;
            boolean campaignDay = campaign.runsAt(dayStart);
            double volume = cfg.persons() * 0.12 * WEEKDAY[weekday] * (campaignDay ? 1.5 : 1.0)
                    * (day == crisisDay ? 1.3 : 1.0) * (0.9 + 0.2 * r.nextDouble());
            int n = (int) Math.round(volume);
            List<WebVisit> today = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String visitor;
                if (!seen.isEmpty() && (r.nextDouble() < 0.35 || next >= visitorPool.size())) {
                    visitor = seen.get(r.nextInt(seen.size()));
                } else {
                    visitor = visitorPool.get(next++);
                }
                Instant at = dayStart.plusSeconds(timeOfDay(r));
                double c = r.nextDouble();
                String channel;
                String landing;
                if (campaignDay && c < 0.25) {
                    channel = "campaign";
                    landing = "/campaign/" + campaign.id();
                } else {
                    channel = c < 0.45 ? "search" : c < 0.65 ? "social" : c < 0.88 ? "direct" : "referral";
                    landing = day == crisisDay && r.nextDouble() < 0.4 ? "/support/firmware" : pick(pages, r);
                }
                int views = 1 + (int) Math.floor(-Math.log(1 - r.nextDouble()) * 2.5);
                long seconds = views == 1 && r.nextDouble() < 0.6 ? 0 : 20L * views + r.nextInt(240);
                today.add(new WebVisit("visit-" + (++seq), visitor, at, channel, landing, Math.min(views, 40), seconds,
                        false, personOfVisitor.get(visitor)));
            }
            today.sort(Comparator.comparing(WebVisit::startedAt));
            for (WebVisit v : today) {
                boolean returning = !seenSet.add(v.visitorId());
                if (!returning) {
                    seen.add(v.visitorId());
                }
                visits.add(new WebVisit(v.visitId(), v.visitorId(), v.startedAt(), v.channel(), v.landingPage(),
                        v.pageViews(), v.durationSeconds(), returning, v.person()));
            }
        }
        return visits;
    }

    private List<SearchVolume> searchVolume(Campaign campaign, int crisisDay, SplittableRandom r) {
        List<SearchVolume> out = new ArrayList<>();
        for (WorldBrand b : cfg.brands()) {
            double base = b.weight() * 16_000;
            for (int day = 0; day < cfg.days(); day++) {
                Instant dayStart = cfg.start().plus(day, ChronoUnit.DAYS);
                int weekday = dayStart.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() - 1;
                double v = base * WEEKDAY[weekday] * (1 + r.nextGaussian() * 0.05);
                if (b.own() && campaign.runsAt(dayStart)) {
                    v *= 1.6;
                }
                if (b.own() && day == crisisDay) {
                    v *= 1.4;
                }
                out.add(new SearchVolume(b.id(), day(day), Math.max(0, Math.round(v))));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private LocalDate day(int index) {
        return LocalDate.ofInstant(cfg.start(), ZoneOffset.UTC).plusDays(index);
    }
}
