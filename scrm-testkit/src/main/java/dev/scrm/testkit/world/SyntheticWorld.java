package dev.scrm.testkit.world;

import dev.scrm.core.FollowerCounts;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A seeded, deterministic synthetic social world: brands, persons with accounts on Mastodon, Bluesky, Reddit
 * and X, their posts and replies, brand audiences over time, web visits, search volumes, a campaign and
 * inbound questions, with the {@link WorldTruth ground truth} beside them.
 *
 * <p>Everything is produced as scrm domain values: accounts as {@link SocialIdentity} (observed at the end of
 * the world, unlinked; about a third of the accounts of a person with several list one of their other
 * profiles among their bio links, and half of those are listed back) and posts as {@link Interaction} (without sentiment or brand tags, which are the
 * pipeline's job; Reddit items carry a {@code subreddit} attribute). Generation is a pure function of the
 * {@link WorldConfig}; the default world (3,000 persons, 28 days, about 7,500 accounts and 9,500 posts)
 * takes about half a second of CPU time.
 *
 * <pre>{@code
 * SyntheticWorld world = SyntheticWorld.generate(WorldConfig.ofDefaults());
 * double truth = world.truth().shareOfVoice("lumetra");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticWorld {

    private final WorldConfig config;
    private final List<Person> persons;
    private final List<SocialIdentity> identities;
    private final List<BrandAccount> brandAccounts;
    private final List<Interaction> interactions;
    private final List<FollowerSnapshot> followerHistory;
    private final List<WebVisit> webVisits;
    private final List<SearchVolume> searchVolume;
    private final Campaign campaign;
    private final WorldTruth truth;
    private final Map<PlatformAccountId, SocialIdentity> identityById;
    private final Map<InteractionId, Interaction> interactionById;
    private final Map<PlatformAccountId, List<FollowerSnapshot>> historyByAccount;

    SyntheticWorld(WorldConfig config, List<Person> persons, List<SocialIdentity> identities,
            List<BrandAccount> brandAccounts, List<Interaction> interactions, List<FollowerSnapshot> followerHistory,
            List<WebVisit> webVisits, List<SearchVolume> searchVolume, Campaign campaign, WorldTruth truth) {
        this.config = config;
        this.persons = List.copyOf(persons);
        this.identities = List.copyOf(identities);
        this.brandAccounts = List.copyOf(brandAccounts);
        this.interactions = List.copyOf(interactions);
        this.followerHistory = List.copyOf(followerHistory);
        this.webVisits = List.copyOf(webVisits);
        this.searchVolume = List.copyOf(searchVolume);
        this.campaign = campaign;
        this.truth = truth;
        Map<PlatformAccountId, SocialIdentity> ids = new HashMap<>();
        identities.forEach(i -> ids.put(i.id(), i));
        brandAccounts.forEach(b -> ids.put(b.identity().id(), b.identity()));
        this.identityById = Collections.unmodifiableMap(ids);
        Map<InteractionId, Interaction> its = new HashMap<>();
        interactions.forEach(i -> its.put(i.id(), i));
        this.interactionById = Collections.unmodifiableMap(its);
        Map<PlatformAccountId, List<FollowerSnapshot>> hist = new HashMap<>();
        followerHistory.forEach(s -> hist.computeIfAbsent(s.account(), k -> new ArrayList<>()).add(s));
        hist.replaceAll((k, v) -> List.copyOf(v));
        this.historyByAccount = Collections.unmodifiableMap(hist);
    }

    /**
     * Generates the world a configuration describes; the same configuration always gives the same world.
     *
     * @param config the configuration
     * @return the world
     * @throws NullPointerException if the configuration is null
     */
    public static SyntheticWorld generate(WorldConfig config) {
        return new WorldGenerator(Objects.requireNonNull(config, "config")).generate();
    }

    /**
     * The configuration the world was generated from.
     *
     * @return the configuration
     */
    public WorldConfig config() {
        return config;
    }

    /**
     * The brands, client brand first as configured.
     *
     * @return the brands
     */
    public List<WorldBrand> brands() {
        return config.brands();
    }

    /**
     * The persons, by id.
     *
     * @return the persons
     */
    public List<Person> persons() {
        return persons;
    }

    /**
     * The persons' accounts on all platforms, grouped by person in person order.
     *
     * @return the accounts
     */
    public List<SocialIdentity> identities() {
        return identities;
    }

    /**
     * The persons' accounts on one platform.
     *
     * @param platform the platform
     * @return the accounts
     */
    public List<SocialIdentity> identities(Platform platform) {
        Objects.requireNonNull(platform, "platform");
        return identities.stream().filter(i -> i.id().platform().equals(platform)).toList();
    }

    /**
     * The brands' own accounts, one per brand and platform.
     *
     * @return the brand accounts
     */
    public List<BrandAccount> brandAccounts() {
        return brandAccounts;
    }

    /**
     * Any account of the world: a person's or a brand's.
     *
     * @param id the account id
     * @return the account, or empty when unknown
     */
    public Optional<SocialIdentity> identity(PlatformAccountId id) {
        return Optional.ofNullable(identityById.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * All posts and replies, the brands' own posts included, by time.
     *
     * @return the interactions
     */
    public List<Interaction> interactions() {
        return interactions;
    }

    /**
     * The posts and replies on one platform, by time.
     *
     * @param platform the platform
     * @return the interactions
     */
    public List<Interaction> interactions(Platform platform) {
        Objects.requireNonNull(platform, "platform");
        return interactions.stream().filter(i -> i.id().platform().equals(platform)).toList();
    }

    /**
     * One post or reply.
     *
     * @param id its id
     * @return the interaction, or empty when unknown
     */
    public Optional<Interaction> interaction(InteractionId id) {
        return Optional.ofNullable(interactionById.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Each brand account's follower counts at the end of each day.
     *
     * @return the snapshots, by brand, platform and day
     */
    public List<FollowerSnapshot> followerHistory() {
        return followerHistory;
    }

    /**
     * A brand account's follower counts as they stood at an instant: the snapshot of the last day that ended at
     * or before it, or the first day's before the world began.
     *
     * @param account a brand account
     * @param at the instant
     * @return the counts, or empty for an account without history (a person's account)
     */
    public Optional<FollowerCounts> followersAt(PlatformAccountId account, Instant at) {
        Objects.requireNonNull(at, "at");
        List<FollowerSnapshot> h = historyByAccount.get(Objects.requireNonNull(account, "account"));
        if (h == null || h.isEmpty()) {
            return Optional.empty();
        }
        FollowerSnapshot best = h.get(0);
        for (FollowerSnapshot s : h) {
            Instant endOfDay = s.day().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (!endOfDay.isAfter(at)) {
                best = s;
            }
        }
        return Optional.of(new FollowerCounts(best.followers(), best.following(), at));
    }

    /**
     * The visits to the client brand's web site, by time.
     *
     * @return the visits
     */
    public List<WebVisit> webVisits() {
        return webVisits;
    }

    /**
     * Daily search volumes per brand.
     *
     * @return the volumes, by brand and day
     */
    public List<SearchVolume> searchVolume() {
        return searchVolume;
    }

    /**
     * The client brand's campaign.
     *
     * @return the campaign
     */
    public Campaign campaign() {
        return campaign;
    }

    /**
     * The ground truth.
     *
     * @return the truth
     */
    public WorldTruth truth() {
        return truth;
    }

    /**
     * The first instant of the world.
     *
     * @return the start
     */
    public Instant start() {
        return config.start();
    }

    /**
     * The end of the world (exclusive).
     *
     * @return the end
     */
    public Instant end() {
        return config.end();
    }

    /**
     * The days of the world, in UTC.
     *
     * @return the days, in order
     */
    public List<LocalDate> days() {
        LocalDate first = LocalDate.ofInstant(config.start(), ZoneOffset.UTC);
        List<LocalDate> out = new ArrayList<>(config.days());
        for (int i = 0; i < config.days(); i++) {
            out.add(first.plusDays(i));
        }
        return out;
    }

    /**
     * The handle a brand uses on a platform: {@code handle@mastodon.social} on Mastodon,
     * {@code handle.bsky.social} on Bluesky, the bare handle elsewhere.
     *
     * @param brand the brand
     * @param platform one of Mastodon, Bluesky, Reddit and X
     * @return the handle
     */
    public static String brandHandle(WorldBrand brand, Platform platform) {
        return WorldAccounts.brandHandle(Objects.requireNonNull(brand, "brand"),
                Objects.requireNonNull(platform, "platform"));
    }

    /** Shows the size only. */
    @Override
    public String toString() {
        return "SyntheticWorld[seed=" + config.seed() + ", persons=" + persons.size() + ", identities="
                + identities.size() + ", interactions=" + interactions.size() + "]";
    }
}
