package dev.scrm.testkit.world;

import static dev.scrm.testkit.world.Draws.WEEKDAY;
import static dev.scrm.testkit.world.Draws.cumulativeOf;
import static dev.scrm.testkit.world.Draws.pick;
import static dev.scrm.testkit.world.Draws.timeOfDay;
import static dev.scrm.testkit.world.Draws.weightedIndex;
import static dev.scrm.testkit.world.WorldAccounts.SOCIAL;
import static dev.scrm.testkit.world.WorldAccounts.capitalizeParts;

import dev.scrm.core.Direction;
import dev.scrm.core.Engagement;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.Provenance;
import dev.scrm.testkit.world.WorldAccounts.Account;
import dev.scrm.testkit.world.internal.Names;
import dev.scrm.testkit.world.internal.Texts;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The posts of a synthetic world: the brands' own posts, people's mentions, replies and questions day by day
 * (with the campaign lift and the crisis), their platform-shaped ids, URLs and threads, and the interactions
 * built from them. One instance per generation (it numbers the posts it gives ids); not thread-safe.
 */
final class WorldPosts {

    private static final String B32 = "234567abcdefghijklmnopqrstuvwxyz";
    private static final long X_EPOCH = 1_288_834_974_657L;

    private final WorldConfig cfg;
    private final Instant observedAt;
    private long sequence;

    /** A post under construction; replies are counted before the interaction is built. */
    static final class Draft {
        Account author;
        Instant at;
        String text;
        PostCategory category;
        Set<String> brands = new TreeSet<>();
        Draft parent;
        int replies;
        String subreddit;
        boolean outbound;
        boolean decoy;
        boolean inboundQuestion;
        InteractionId id;
        String conversation;
    }

    WorldPosts(WorldConfig cfg, Instant observedAt) {
        this.cfg = cfg;
        this.observedAt = observedAt;
    }

    List<Draft> drafts(List<Person> persons, List<Account> accounts,
            Map<String, Map<Platform, Account>> brandAccounts, Campaign campaign, int launchDay, int crisisDay,
            SplittableRandom r) {
        Map<PersonId, List<Account>> byPerson = new LinkedHashMap<>();
        for (Account a : accounts) {
            byPerson.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a);
        }
        double[] cumulative = new double[persons.size()];
        double sum = 0;
        for (int i = 0; i < persons.size(); i++) {
            sum += persons.get(i).activity();
            cumulative[i] = sum;
        }
        List<WorldBrand> brands = cfg.brands();
        WorldBrand own = cfg.ownBrand();
        Map<String, double[]> categoryMix = new LinkedHashMap<>();
        for (WorldBrand b : brands) {
            double tilt = b.own() ? 0.04 : (r.nextDouble() - 0.5) * 0.1;
            categoryMix.put(b.id(), new double[] {0.34 + tilt, 0.17 - tilt / 2, 0.22, 0.16, 0.11 - tilt / 2});
        }
        boolean hasHalcyon = brands.stream().anyMatch(b -> b.name().toLowerCase(Locale.ROOT).startsWith("halcyon"));

        List<Draft> all = new ArrayList<>();
        Map<Platform, List<Draft>> recentInbound = new HashMap<>();
        Map<String, Map<Platform, List<Draft>>> brandPosts = new HashMap<>();
        double basePerDay = cfg.persons() * cfg.postsPerPerson() / cfg.days();
        List<Integer> questionDays = new ArrayList<>();
        for (int q = 0; q < cfg.inboundQuestions(); q++) {
            questionDays.add(r.nextInt(cfg.days()));
        }

        for (int day = 0; day < cfg.days(); day++) {
            Instant dayStart = cfg.start().plus(day, ChronoUnit.DAYS);
            int weekday = dayStart.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() - 1;
            List<Draft> today = new ArrayList<>();
            // the brands' own posts: one per platform per day
            for (WorldBrand b : brands) {
                for (Platform platform : SOCIAL) {
                    Draft d = new Draft();
                    d.author = brandAccounts.get(b.id()).get(platform);
                    d.at = dayStart.plusSeconds(9 * 3600 + r.nextInt(8 * 3600));
                    d.outbound = true;
                    d.category = PostCategory.NEUTRAL;
                    d.text = fill(pick(Texts.BRAND_POST, r), b, null, platform, r, false);
                    d.brands.add(b.id());
                    d.subreddit = platform.equals(Platform.REDDIT) ? capitalizeParts(b.handle()) : null;
                    today.add(d);
                }
            }
            boolean campaignDay = campaign.runsAt(dayStart);
            double volume = basePerDay * WEEKDAY[weekday] * (0.9 + 0.2 * r.nextDouble());
            int n = (int) Math.round(volume);
            double[] brandWeights = new double[brands.size()];
            for (int i = 0; i < brands.size(); i++) {
                WorldBrand b = brands.get(i);
                brandWeights[i] = b.weight() * (b.own() && campaignDay ? campaign.lift() : 1.0)
                        * (b.own() && day == launchDay ? 1.6 : 1.0);
            }
            int extraComplaints = day == crisisDay ? (int) Math.round(basePerDay * 0.7)
                    : day == crisisDay + 1 ? (int) Math.round(basePerDay * 0.25) : 0;
            for (int k = 0; k < n + extraComplaints; k++) {
                Person person = persons.get(weightedIndex(cumulative, r));
                List<Account> own0 = byPerson.get(person.id());
                Account author = own0.get(r.nextInt(own0.size()));
                Platform platform = author.identity().id().platform();
                Draft d = new Draft();
                d.author = author;
                d.at = dayStart.plusSeconds(timeOfDay(r));
                if (platform.equals(Platform.REDDIT)) {
                    d.subreddit = pick(Names.SUBREDDITS, r);
                }
                boolean crisisPost = k >= n;
                double u = r.nextDouble();
                if (crisisPost) {
                    d.category = r.nextDouble() < 0.7 ? PostCategory.COMPLAINT : PostCategory.NEGATIVE;
                    branded(d, own, null, platform, crisisTemplate(d.category, r), r);
                } else if (u < 0.16) {
                    // chatter that names no brand, or a word that only looks like a brand
                    if (hasHalcyon && r.nextDouble() < 0.12) {
                        d.text = pick(Texts.HALCYON_DECOY, r);
                        d.decoy = true;
                    } else {
                        d.text = pick(Texts.UNBRANDED, r);
                    }
                    d.category = d.text.endsWith("?") ? PostCategory.QUESTION : PostCategory.NEUTRAL;
                } else if (u < 0.30 && !recentInbound.getOrDefault(platform, List.of()).isEmpty()) {
                    // a reply in someone's thread that names no brand
                    List<Draft> recent = recentInbound.get(platform);
                    d.parent = recent.get(recent.size() - 1 - r.nextInt(Math.min(recent.size(), 200)));
                    double v = r.nextDouble();
                    if (v < 0.4) {
                        d.category = PostCategory.POSITIVE;
                        d.text = pick(Texts.REPLY_POSITIVE, r);
                    } else if (v < 0.75) {
                        d.category = PostCategory.NEGATIVE;
                        d.text = pick(Texts.REPLY_NEGATIVE, r);
                    } else {
                        d.category = PostCategory.NEUTRAL;
                        d.text = pick(Texts.REPLY_NEUTRAL, r);
                    }
                    d.subreddit = d.parent.subreddit;
                } else {
                    WorldBrand brand = brands.get(weightedIndex(cumulativeOf(brandWeights), r));
                    d.category = category(categoryMix.get(brand.id()), r);
                    List<String> templates = templates(d.category);
                    String template = pick(templates, r);
                    WorldBrand other = null;
                    if (template.contains("{O}")) {
                        other = brands.get(r.nextInt(brands.size()));
                        while (other.id().equals(brand.id())) {
                            other = brands.get(r.nextInt(brands.size()));
                        }
                    }
                    branded(d, brand, other, platform, template, r);
                    if (u > 0.85) {
                        List<Draft> bp = brandPosts.getOrDefault(brand.id(), Map.of()).getOrDefault(platform, List.of());
                        if (!bp.isEmpty()) {
                            d.parent = bp.get(bp.size() - 1 - r.nextInt(Math.min(bp.size(), 6)));
                            d.subreddit = d.parent.subreddit;
                        }
                    }
                    if (brand.own() && campaignDay && r.nextDouble() < 0.35) {
                        d.text = d.text + " #" + campaign.hashtag();
                    }
                }
                if (d.text.length() < 200 && r.nextDouble() < 0.15 && !platform.equals(Platform.REDDIT)) {
                    d.text = d.text + " " + pick(List.of("#headphones", "#audio", "#earbuds", "#music", "#gear"), r);
                }
                today.add(d);
            }
            for (int q = 0; q < questionDays.size(); q++) {
                if (questionDays.get(q) == day) {
                    Person person = persons.get(weightedIndex(cumulative, r));
                    List<Account> own0 = byPerson.get(person.id());
                    Account author = own0.get(r.nextInt(own0.size()));
                    Draft d = new Draft();
                    d.author = author;
                    d.at = dayStart.plusSeconds(timeOfDay(r));
                    d.category = PostCategory.QUESTION;
                    d.inboundQuestion = true;
                    Platform platform = author.identity().id().platform();
                    d.text = fill(pick(Texts.INBOUND_QUESTION, r), own, null, platform, r, true);
                    d.brands.add(own.id());
                    d.subreddit = platform.equals(Platform.REDDIT) ? capitalizeParts(own.handle()) : null;
                    today.add(d);
                }
            }
            if (day == cfg.days() / 2) {
                // one playful post that tries to inject a script into whatever page shows it
                Account author = accounts.get(r.nextInt(accounts.size()));
                Draft d = new Draft();
                d.author = author;
                d.at = dayStart.plusSeconds(timeOfDay(r));
                d.category = PostCategory.QUESTION;
                Platform platform = author.identity().id().platform();
                d.text = fill(Texts.SCRIPT_PROBE, own, null, platform, r, false);
                d.brands.add(own.id());
                d.subreddit = platform.equals(Platform.REDDIT) ? "gadgets" : null;
                today.add(d);
            }
            today.sort(Comparator.comparing((Draft d) -> d.at));
            for (Draft d : today) {
                if (d.parent != null && !d.parent.at.isBefore(d.at)) {
                    d.at = d.parent.at.plusSeconds(30 + r.nextInt(3600));
                }
                Platform platform = d.author.identity().id().platform();
                d.id = interactionId(d, platform);
                if (d.parent != null) {
                    d.parent.replies++;
                    d.conversation = d.parent.conversation;
                } else {
                    d.conversation = conversationOf(d, platform);
                }
                if (d.outbound) {
                    brandPosts.computeIfAbsent(d.author.brandId(), k -> new HashMap<>())
                            .computeIfAbsent(platform, k -> new ArrayList<>()).add(d);
                } else if (d.parent == null) {
                    recentInbound.computeIfAbsent(platform, k -> new ArrayList<>()).add(d);
                }
                all.add(d);
            }
        }
        all.sort(Comparator.comparing((Draft d) -> d.at).thenComparing(d -> d.id));
        return all;
    }

    private static List<String> templates(PostCategory c) {
        return switch (c) {
            case POSITIVE -> Texts.POSITIVE;
            case NEGATIVE -> Texts.NEGATIVE;
            case NEUTRAL -> Texts.NEUTRAL;
            case QUESTION -> Texts.QUESTION;
            case COMPLAINT -> Texts.COMPLAINT;
        };
    }

    private static String crisisTemplate(PostCategory c, SplittableRandom r) {
        if (c == PostCategory.COMPLAINT) {
            return r.nextBoolean() ? Texts.COMPLAINT.get(3) : pick(Texts.COMPLAINT, r);
        }
        return r.nextBoolean() ? Texts.NEGATIVE.get(6) : pick(Texts.NEGATIVE, r);
    }

    private void branded(Draft d, WorldBrand brand, WorldBrand other, Platform platform, String template, SplittableRandom r) {
        d.text = fill(template, brand, other, platform, r, false);
        d.brands.add(brand.id());
        if (other != null) {
            d.brands.add(other.id());
        }
    }

    /** Fills a template; {@code handleOnly} forces the brand reference to be an {@code @} mention. */
    private String fill(String template, WorldBrand brand, WorldBrand other, Platform platform, SplittableRandom r,
            boolean handleOnly) {
        String text = template;
        if (text.contains("{B}")) {
            text = text.replace("{B}", handleOnly ? handleMention(brand, platform) : brandRef(brand, platform, r));
        }
        if (text.contains("{O}")) {
            text = text.replace("{O}", other == null ? brand.name() : brandRef(other, platform, r));
        }
        if (text.contains("{P}")) {
            text = text.replace("{P}", pick(brand.products(), r));
        }
        text = text.replace("{F}", pick(Texts.FEATURES, r))
                .replace("{N}", Integer.toString(3 + r.nextInt(19)))
                .replace("{C}", pick(Names.CITIES, r));
        return text;
    }

    private static String brandRef(WorldBrand brand, Platform platform, SplittableRandom r) {
        double u = r.nextDouble();
        if (platform.equals(Platform.REDDIT)) {
            return u < 0.9 ? brand.name() : handleMention(brand, platform);
        }
        if (u < 0.55) {
            return brand.name();
        }
        if (u < 0.80) {
            String tag = r.nextBoolean() ? brand.hashtag() : brand.name().replace(" ", "");
            return "#" + tag;
        }
        return handleMention(brand, platform);
    }

    private static String handleMention(WorldBrand brand, Platform platform) {
        if (platform.equals(Platform.REDDIT)) {
            return "u/" + brand.handle();
        }
        if (platform.equals(Platform.BLUESKY)) {
            return "@" + brand.handle() + ".bsky.social";
        }
        return "@" + brand.handle();
    }

    private static PostCategory category(double[] mix, SplittableRandom r) {
        double x = r.nextDouble() * (mix[0] + mix[1] + mix[2] + mix[3] + mix[4]);
        PostCategory[] all = PostCategory.values();
        for (int i = 0; i < mix.length; i++) {
            x -= mix[i];
            if (x < 0) {
                return all[i];
            }
        }
        return all[all.length - 1];
    }

    private InteractionId interactionId(Draft d, Platform platform) {
        long millis = d.at.toEpochMilli();
        long seq = ++sequence;
        if (platform.equals(Platform.MASTODON)) {
            long local = (millis << 16) | (seq & 0xffff);
            String server = d.author.server();
            String user = d.author.identity().handle();
            user = user.substring(0, user.indexOf('@'));
            return InteractionId.of(platform, "https://" + server + "/users/" + user + "/statuses/" + local);
        }
        if (platform.equals(Platform.BLUESKY)) {
            long tid = ((millis * 1000 + (seq % 1000)) << 10) | (seq & 0x3ff);
            return InteractionId.of(platform, "at://" + d.author.identity().id().nativeId()
                    + "/app.bsky.feed.post/" + tid(tid));
        }
        if (platform.equals(Platform.REDDIT)) {
            String prefix = d.parent == null ? "t3_" : "t1_";
            return InteractionId.of(platform, prefix + Long.toString(2_000_000_000L + seq, 36));
        }
        return InteractionId.of(platform, Long.toString(((millis - X_EPOCH) << 22) | (seq & 0x3fffff)));
    }

    private static String conversationOf(Draft d, Platform platform) {
        if (platform.equals(Platform.X)) {
            return d.id.nativeId();
        }
        if (platform.equals(Platform.REDDIT)) {
            return d.id.nativeId();
        }
        if (platform.equals(Platform.BLUESKY)) {
            return d.id.nativeId();
        }
        return null;
    }

    Interaction toInteraction(Draft d, SplittableRandom r) {
        Platform platform = d.author.identity().id().platform();
        long followers = d.author.identity().followerCounts() == null ? 100
                : d.author.identity().followerCounts().followers();
        long likes = Math.max(0, Math.round(Math.exp(Math.log1p(followers) / 2.2 + r.nextGaussian() * 0.8)) - 1);
        long shares = Math.max(0, Math.round(likes * (0.1 + 0.2 * r.nextDouble())));
        Engagement engagement = Engagement.of(likes, shares, d.replies);
        if (platform.equals(Platform.X) || platform.equals(Platform.BLUESKY)) {
            engagement = engagement.with(EngagementType.QUOTES, shares / 4);
        }
        InteractionKind kind = d.outbound ? InteractionKind.POST
                : d.parent != null ? (platform.equals(Platform.REDDIT) ? InteractionKind.COMMENT : InteractionKind.REPLY)
                : InteractionKind.MENTION;
        Interaction.Builder b = Interaction.builder(d.id)
                .kind(kind)
                .direction(d.outbound ? Direction.OUTBOUND : Direction.INBOUND)
                .occurredAt(d.at)
                .author(d.author.identity().id())
                .text(d.text)
                .language("en")
                .engagement(engagement)
                .url(url(d, platform))
                .provenance(Provenance.of("testkit:world", observedAt));
        if (d.parent != null) {
            b.inReplyTo(d.parent.id);
        }
        if (d.conversation != null) {
            b.conversationId(d.conversation);
        }
        if (d.subreddit != null) {
            b.attribute("subreddit", d.subreddit);
        }
        return b.build();
    }

    private static URI url(Draft d, Platform platform) {
        String nativeId = d.id.nativeId();
        String handle = d.author.identity().handle();
        if (platform.equals(Platform.MASTODON)) {
            String user = handle.substring(0, handle.indexOf('@'));
            return URI.create("https://" + d.author.server() + "/@" + user + "/"
                    + nativeId.substring(nativeId.lastIndexOf('/') + 1));
        }
        if (platform.equals(Platform.BLUESKY)) {
            return URI.create("https://bsky.app/profile/" + handle + "/post/"
                    + nativeId.substring(nativeId.lastIndexOf('/') + 1));
        }
        if (platform.equals(Platform.REDDIT)) {
            String post = d.parent == null ? nativeId.substring(3) : rootOf(d).id.nativeId().substring(3);
            String tail = d.parent == null ? "" : nativeId.substring(3) + "/";
            return URI.create("https://www.reddit.com/r/" + d.subreddit + "/comments/" + post + "/post/" + tail);
        }
        return URI.create("https://x.com/" + handle + "/status/" + nativeId);
    }

    private static Draft rootOf(Draft d) {
        Draft x = d;
        while (x.parent != null) {
            x = x.parent;
        }
        return x;
    }

    private static String tid(long value) {
        char[] out = new char[13];
        long v = value & Long.MAX_VALUE;
        for (int i = 12; i >= 0; i--) {
            out[i] = B32.charAt((int) (v & 31));
            v >>>= 5;
        }
        return new String(out);
    }
}
