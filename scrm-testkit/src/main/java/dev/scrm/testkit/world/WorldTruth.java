package dev.scrm.testkit.world;

import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SentimentLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ground truth of a {@link SyntheticWorld}: what a perfect listening, identity and sentiment pipeline
 * would find.
 *
 * <p>A post <em>names</em> a brand when its text contains the brand's name, its hashtag or an {@code @} mention
 * of its handle, as written by the generator; a post that only uses a brand's name as an ordinary word (see
 * {@link #decoys()}) names no brand. Mention counts and share of voice count inbound posts and replies only
 * (the brands' own posts are not mentions), and a post naming two brands counts once for each
 * ({@code share_of_voice.mentions@1} with the count-each overlap policy). Immutable and thread-safe.
 */
public final class WorldTruth {

    private final List<WorldBrand> brands;
    private final Map<PlatformAccountId, PersonId> personByAccount;
    private final Map<PersonId, List<PlatformAccountId>> accountsByPerson;
    private final List<Interaction> inbound;
    private final Map<InteractionId, Set<String>> brandsByPost;
    private final Map<InteractionId, PostCategory> categoryByPost;
    private final List<PlannedSpike> spikes;
    private final List<InteractionId> inboundQuestions;
    private final Set<InteractionId> decoys;

    WorldTruth(List<WorldBrand> brands, Map<PlatformAccountId, PersonId> personByAccount, List<Interaction> inbound,
            Map<InteractionId, Set<String>> brandsByPost, Map<InteractionId, PostCategory> categoryByPost,
            List<PlannedSpike> spikes, List<InteractionId> inboundQuestions, Set<InteractionId> decoys) {
        this.brands = List.copyOf(brands);
        this.personByAccount = Collections.unmodifiableMap(new TreeMap<>(personByAccount));
        Map<PersonId, List<PlatformAccountId>> byPerson = new TreeMap<>();
        this.personByAccount.forEach((account, person) ->
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(account));
        Map<PersonId, List<PlatformAccountId>> frozen = new TreeMap<>();
        byPerson.forEach((p, list) -> frozen.put(p, List.copyOf(list)));
        this.accountsByPerson = Collections.unmodifiableMap(frozen);
        this.inbound = List.copyOf(inbound);
        Map<InteractionId, Set<String>> b = new TreeMap<>();
        brandsByPost.forEach((k, v) -> b.put(k, Set.copyOf(v)));
        this.brandsByPost = Collections.unmodifiableMap(b);
        this.categoryByPost = Collections.unmodifiableMap(new TreeMap<>(categoryByPost));
        this.spikes = List.copyOf(spikes);
        this.inboundQuestions = List.copyOf(inboundQuestions);
        this.decoys = Set.copyOf(decoys);
    }

    /**
     * The person who owns an account.
     *
     * @param account the account
     * @return the person, or empty for an account the world does not know (or a brand account)
     */
    public Optional<PersonId> personOf(PlatformAccountId account) {
        return Optional.ofNullable(personByAccount.get(Objects.requireNonNull(account, "account")));
    }

    /**
     * All accounts of one person.
     *
     * @param person the person
     * @return the person's accounts, sorted; empty for an unknown person
     */
    public List<PlatformAccountId> accountsOf(PersonId person) {
        return accountsByPerson.getOrDefault(Objects.requireNonNull(person, "person"), List.of());
    }

    /**
     * Every person account and its owner.
     *
     * @return the accounts, sorted
     */
    public Map<PlatformAccountId, PersonId> owners() {
        return personByAccount;
    }

    /**
     * Whether two accounts belong to the same person.
     *
     * @param a one account
     * @param b another account
     * @return whether both are person accounts of the same person
     */
    public boolean samePerson(PlatformAccountId a, PlatformAccountId b) {
        PersonId pa = personByAccount.get(Objects.requireNonNull(a, "a"));
        return pa != null && pa.equals(personByAccount.get(Objects.requireNonNull(b, "b")));
    }

    /**
     * The number of account pairs that belong to the same person: the denominator of identity-link recall.
     *
     * @return the number of true pairs
     */
    public long samePersonPairs() {
        long pairs = 0;
        for (List<PlatformAccountId> accounts : accountsByPerson.values()) {
            long k = accounts.size();
            pairs += k * (k - 1) / 2;
        }
        return pairs;
    }

    /**
     * The brands an inbound post names.
     *
     * @param post the post
     * @return the brand ids, empty when it names none or is unknown
     */
    public Set<String> brandsOf(InteractionId post) {
        return brandsByPost.getOrDefault(Objects.requireNonNull(post, "post"), Set.of());
    }

    /**
     * What an inbound post was written to express.
     *
     * @param post the post
     * @return the category, or empty for an unknown post or a brand's own post
     */
    public Optional<PostCategory> categoryOf(InteractionId post) {
        return Optional.ofNullable(categoryByPost.get(Objects.requireNonNull(post, "post")));
    }

    /**
     * The sentiment class an inbound post was written to carry.
     *
     * @param post the post
     * @return the label, or empty for an unknown post
     */
    public Optional<SentimentLabel> intendedSentiment(InteractionId post) {
        return categoryOf(post).map(PostCategory::intendedSentiment);
    }

    /**
     * Inbound mentions per brand over the whole world.
     *
     * @return brand id to count, in brand order, every brand present
     */
    public Map<String, Long> mentionCounts() {
        return mentionCounts(null, Instant.MIN, Instant.MAX);
    }

    /**
     * Inbound mentions per brand on one platform (or all) within a half-open time window.
     *
     * @param platform the platform, or {@code null} for all
     * @param from the window's start (inclusive)
     * @param to the window's end (exclusive)
     * @return brand id to count, in brand order, every brand present
     */
    public Map<String, Long> mentionCounts(Platform platform, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<String, Long> counts = new LinkedHashMap<>();
        brands.forEach(b -> counts.put(b.id(), 0L));
        for (Interaction i : inbound) {
            if ((platform == null || i.id().platform().equals(platform))
                    && !i.occurredAt().isBefore(from) && i.occurredAt().isBefore(to)) {
                for (String brand : brandsOf(i.id())) {
                    counts.merge(brand, 1L, Long::sum);
                }
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The true mention share of voice of a brand over the whole world, in percent: its mentions divided by
     * all brands' mentions, times 100.
     *
     * @param brandId the brand
     * @return the share in percent, within [0, 100]
     * @throws IllegalArgumentException if the brand is unknown
     */
    public double shareOfVoice(String brandId) {
        Map<String, Long> counts = mentionCounts();
        if (!counts.containsKey(Objects.requireNonNull(brandId, "brandId"))) {
            throw new IllegalArgumentException("unknown brand id");
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return total == 0 ? 0.0 : 100.0 * counts.get(brandId) / total;
    }

    /**
     * The net sentiment of a brand's inbound mentions by the intended labels, in percent:
     * (positive - negative) / mentions * 100.
     *
     * @param brandId the brand
     * @return the net sentiment within [-100, 100], 0 when the brand has no mentions
     */
    public double netSentiment(String brandId) {
        Objects.requireNonNull(brandId, "brandId");
        long positive = 0;
        long negative = 0;
        long all = 0;
        for (Interaction i : inbound) {
            if (brandsOf(i.id()).contains(brandId)) {
                all++;
                SentimentLabel label = intendedSentiment(i.id()).orElse(SentimentLabel.NEUTRAL);
                if (label == SentimentLabel.POSITIVE) {
                    positive++;
                } else if (label == SentimentLabel.NEGATIVE) {
                    negative++;
                }
            }
        }
        return all == 0 ? 0.0 : 100.0 * (positive - negative) / all;
    }

    /**
     * The days built to have unusually many mentions.
     *
     * @return the planned spikes, by day
     */
    public List<PlannedSpike> spikes() {
        return spikes;
    }

    /**
     * The questions addressed to the client brand's handle that a service inbox should pick up.
     *
     * @return the question posts, by time
     */
    public List<InteractionId> inboundQuestions() {
        return inboundQuestions;
    }

    /**
     * Posts that use a brand's name as an ordinary word without meaning the brand; they name no brand.
     *
     * @return the decoy posts
     */
    public Set<InteractionId> decoys() {
        return decoys;
    }
}
