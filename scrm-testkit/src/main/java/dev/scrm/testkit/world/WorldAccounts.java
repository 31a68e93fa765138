package dev.scrm.testkit.world;

import static dev.scrm.testkit.world.Draws.pick;
import static dev.scrm.testkit.world.Draws.randomB32;

import dev.scrm.core.FollowerCounts;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.world.internal.Names;
import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The people of a synthetic world and their social accounts, and the brands' own accounts: names, handles,
 * display names, bios, profile links and native ids, kept unique per platform. One instance per generation
 * (it remembers the handles and ids already given out); not thread-safe.
 */
final class WorldAccounts {

    private static final double CROSS_LINK_SHARE = 0.35;
    private static final double CROSS_LINK_BACK = 0.5;
    static final List<Platform> SOCIAL = List.of(Platform.MASTODON, Platform.BLUESKY, Platform.REDDIT, Platform.X);

    private final WorldConfig cfg;
    private final Instant observedAt;
    private final Map<Platform, Set<String>> takenHandles = new HashMap<>();
    private final Set<String> takenIds = new HashSet<>();

    /** One account of a person or brand with what the post generator needs. */
    record Account(SocialIdentity identity, PersonId person, String brandId, String server) {
    }

    WorldAccounts(WorldConfig cfg, Instant observedAt) {
        this.cfg = cfg;
        this.observedAt = observedAt;
    }

    Person person(int index, SplittableRandom r) {
        String given = pick(Names.GIVEN, r);
        String family = pick(Names.FAMILY, r);
        String city = pick(Names.CITIES, r);
        URI website = null;
        if (r.nextDouble() < 0.3) {
            String host = switch (r.nextInt(3)) {
                case 0 -> fold(given) + fold(family);
                case 1 -> fold(given) + "-" + fold(family);
                default -> fold(family) + fold(given).charAt(0);
            };
            website = URI.create("https://" + host.toLowerCase(Locale.ROOT) + "." + pick(Names.TLDS, r) + "/");
        }
        double activity = Math.exp(r.nextGaussian() * 0.9);
        return new Person(new PersonId(String.format(Locale.ROOT, "p%06d", index + 1)), given, family, city,
                website, activity);
    }

    List<Account> accountsOf(Person p, SplittableRandom r) {
        double u = r.nextDouble();
        int count = u < 0.12 ? 1 : u < 0.52 ? 2 : u < 0.87 ? 3 : 4;
        List<Platform> pool = new ArrayList<>(SOCIAL);
        double[] weights = {0.45, 0.55, 0.5, 0.65};
        List<Platform> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            double total = 0;
            for (int i = 0; i < pool.size(); i++) {
                total += weights[SOCIAL.indexOf(pool.get(i))];
            }
            double x = r.nextDouble() * total;
            int k = 0;
            for (; k < pool.size() - 1; k++) {
                x -= weights[SOCIAL.indexOf(pool.get(k))];
                if (x < 0) {
                    break;
                }
            }
            chosen.add(pool.remove(k));
        }
        chosen.sort(Comparator.comparingInt(SOCIAL::indexOf));
        String primary = handleCore(p, r.nextInt(10), r);
        String displayPrimary = displayName(p, r);
        List<Account> out = new ArrayList<>();
        for (Platform platform : chosen) {
            String core = r.nextDouble() < 0.55 ? primary : handleCore(p, r.nextInt(11), r);
            String display = r.nextDouble() < 0.6 ? displayPrimary : displayName(p, r);
            out.add(personAccount(p, platform, core, display, r));
        }
        return out;
    }

    /**
     * The person accounts with the links people put in their profiles to their other accounts: about a third
     * of the accounts of a person with several list one of the others, and half of those are listed back.
     */
    static List<SocialIdentity> crossLinked(List<Account> accounts, SplittableRandom r) {
        Map<PersonId, List<Integer>> byPerson = new LinkedHashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            byPerson.computeIfAbsent(accounts.get(i).person(), k -> new ArrayList<>()).add(i);
        }
        List<SocialIdentity> out = new ArrayList<>(accounts.stream().map(Account::identity).toList());
        for (List<Integer> own : byPerson.values()) {
            if (own.size() < 2) {
                continue;
            }
            for (int a : own) {
                if (r.nextDouble() >= CROSS_LINK_SHARE) {
                    continue;
                }
                int b = own.get(r.nextInt(own.size()));
                if (b == a) {
                    continue;
                }
                out.set(a, withLink(out.get(a), out.get(b).profileUrl()));
                if (r.nextDouble() < CROSS_LINK_BACK) {
                    out.set(b, withLink(out.get(b), out.get(a).profileUrl()));
                }
            }
        }
        return out;
    }

    private static SocialIdentity withLink(SocialIdentity s, URI link) {
        return link == null || s.bioLinks().contains(link) ? s : s.toBuilder().bioLink(link).build();
    }

    private String handleCore(Person p, int style, SplittableRandom r) {
        String g = fold(p.givenName()).toLowerCase(Locale.ROOT);
        String f = fold(p.familyName()).toLowerCase(Locale.ROOT);
        String y = String.format(Locale.ROOT, "%02d", (60 + r.nextInt(47)) % 100);
        String nick = Names.NICKNAMES.get(p.givenName());
        return switch (style) {
            case 0 -> g + f;
            case 1 -> g + "_" + f;
            case 2 -> g + "." + f;
            case 3 -> g.charAt(0) + f;
            case 4 -> g + f.charAt(0);
            case 5 -> f + g;
            case 6 -> g + f + y;
            case 7 -> nick != null ? nick.toLowerCase(Locale.ROOT) + f : g + "_" + f.charAt(0);
            case 8 -> g + "_" + f + y;
            case 9 -> g + (1 + r.nextInt(999));
            default -> pick(Names.ADJECTIVES, r) + pick(Names.NOUNS, r) + (r.nextInt(90) + 10);
        };
    }

    private String displayName(Person p, SplittableRandom r) {
        double u = r.nextDouble();
        String nick = Names.NICKNAMES.get(p.givenName());
        if (u < 0.40) {
            return p.fullName();
        } else if (u < 0.55) {
            return fold(p.givenName()) + " " + fold(p.familyName());
        } else if (u < 0.65) {
            return p.givenName() + " " + p.familyName().charAt(0) + ".";
        } else if (u < 0.74) {
            return p.givenName();
        } else if (u < 0.82) {
            return (nick != null ? nick : p.givenName()) + " " + p.familyName();
        } else if (u < 0.89) {
            return p.fullName().toLowerCase(Locale.ROOT);
        } else if (u < 0.95) {
            return p.fullName() + " \uD83C\uDFA7";
        }
        return p.givenName().charAt(0) + ". " + p.familyName();
    }

    private Account personAccount(Person p, Platform platform, String core, String display, SplittableRandom r) {
        String server = null;
        String handle;
        String nativeId;
        URI profile;
        Map<String, String> attributes = new LinkedHashMap<>();
        if (platform.equals(Platform.MASTODON)) {
            server = pick(Names.MASTODON_SERVERS, r);
            String user = unique(platform, core.replace('.', '_').replaceAll("[^a-z0-9_]", ""), 30, r, server);
            handle = user + "@" + server;
            nativeId = uniqueId(() -> Long.toString(109_000_000_000_000_000L + r.nextLong(900_000_000_000_000L)));
            profile = URI.create("https://" + server + "/@" + user);
            attributes.put("global_uri", "https://" + server + "/users/" + user);
        } else if (platform.equals(Platform.BLUESKY)) {
            if (p.website() != null && r.nextDouble() < 0.35
                    && takenHandles.computeIfAbsent(platform, k -> new HashSet<>()).add(p.website().getHost())) {
                handle = p.website().getHost();
            } else {
                String prefix = unique(platform, core.replace('.', '-').replace('_', '-').replaceAll("[^a-z0-9-]", ""),
                        30, r, "");
                handle = prefix + ".bsky.social";
            }
            nativeId = uniqueId(() -> "did:plc:" + randomB32(24, r));
            profile = URI.create("https://bsky.app/profile/" + handle);
        } else if (platform.equals(Platform.REDDIT)) {
            String name = core.replace('.', '_');
            if (r.nextDouble() < 0.4) {
                name = capitalizeParts(name);
            }
            if (r.nextDouble() < 0.2) {
                name = capitalizeParts(pick(Names.ADJECTIVES, r)) + "-" + capitalizeParts(pick(Names.NOUNS, r))
                        + "-" + (1000 + r.nextInt(9000));
            }
            handle = unique(platform, name.replaceAll("[^A-Za-z0-9_-]", ""), 20, r, "");
            nativeId = uniqueId(() -> "t2_" + Long.toString(r.nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36 * 36),
                    36));
            profile = URI.create("https://www.reddit.com/user/" + handle);
        } else {
            String name = core.replace('.', '_');
            if (r.nextDouble() < 0.3) {
                name = capitalizeParts(name).replace("_", "");
            }
            handle = unique(platform, name.replaceAll("[^A-Za-z0-9_]", ""), 15, r, "");
            nativeId = uniqueId(() -> Long.toString(10_000_000L + r.nextLong(1_800_000_000_000_000_000L)));
            profile = URI.create("https://x.com/" + handle);
        }
        SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(platform, nativeId))
                .handle(handle)
                .profileUrl(profile)
                .language("en")
                .observedAt(observedAt);
        if (!(platform.equals(Platform.REDDIT) && r.nextDouble() < 0.7)) {
            b.displayName(display);
        }
        if (r.nextDouble() < 0.6) {
            b.bio(bio(p, r));
        }
        if (p.website() != null && r.nextDouble() < 0.6) {
            b.bioLink(p.website());
        }
        if (!platform.equals(Platform.BLUESKY) && !platform.equals(Platform.REDDIT) && r.nextDouble() < 0.5) {
            b.location(p.city());
        }
        long followers = Math.min(2_000_000L, Math.round(Math.exp(Math.log(120) + r.nextGaussian() * 1.4)));
        long following = Math.min(20_000L, Math.round(Math.exp(Math.log(200) + r.nextGaussian() * 0.9)));
        b.followerCounts(new FollowerCounts(followers, following, observedAt));
        attributes.forEach(b::attribute);
        return new Account(b.build(), p.id(), null, server);
    }

    private String bio(Person p, SplittableRandom r) {
        String job = pick(Names.JOBS, r);
        String a = pick(Names.INTERESTS, r);
        String c = pick(Names.INTERESTS, r);
        return switch (r.nextInt(4)) {
            case 0 -> job + " in " + p.city() + ". Into " + a + " and " + c + ".";
            case 1 -> job + ". " + capitalizeParts(a) + ", " + c + ", good headphones.";
            case 2 -> "Based in " + p.city() + ". " + job + " by day, " + a + " by night.";
            default -> capitalizeParts(a) + " | " + c + " | " + job.toLowerCase(Locale.ROOT);
        };
    }

    Map<String, Map<Platform, Account>> brandAccounts() {
        Map<String, Map<Platform, Account>> out = new LinkedHashMap<>();
        long xId = 900_000_001L;
        for (WorldBrand brand : cfg.brands()) {
            Map<Platform, Account> perPlatform = new LinkedHashMap<>();
            for (Platform platform : SOCIAL) {
                String handle = brandHandle(brand, platform);
                takenHandles.computeIfAbsent(platform, k -> new HashSet<>()).add(
                        (platform.equals(Platform.MASTODON) ? "mastodon.social|" : "|") + brand.handle());
                String nativeId;
                URI profile;
                if (platform.equals(Platform.MASTODON)) {
                    nativeId = Long.toString(108_000_000_000_000_000L + xId);
                    profile = URI.create("https://mastodon.social/@" + brand.handle());
                } else if (platform.equals(Platform.BLUESKY)) {
                    nativeId = "did:plc:" + randomB32(24, new SplittableRandom(cfg.seed() ^ xId));
                    profile = URI.create("https://bsky.app/profile/" + handle);
                } else if (platform.equals(Platform.REDDIT)) {
                    nativeId = "t2_" + Long.toString(xId, 36);
                    profile = URI.create("https://www.reddit.com/user/" + handle);
                } else {
                    nativeId = Long.toString(xId);
                    profile = URI.create("https://x.com/" + handle);
                }
                xId += 7;
                takenIds.add(nativeId);
                SocialIdentity id = SocialIdentity.builder(PlatformAccountId.of(platform, nativeId))
                        .handle(handle)
                        .displayName(brand.name())
                        .profileUrl(profile)
                        .bio("Official account of " + brand.name() + ". Sound for every day.")
                        .language("en")
                        .verified(true)
                        .observedAt(observedAt)
                        .build();
                perPlatform.put(platform, new Account(id, null, brand.id(),
                        platform.equals(Platform.MASTODON) ? "mastodon.social" : null));
            }
            out.put(brand.id(), perPlatform);
        }
        return out;
    }

    static String brandHandle(WorldBrand brand, Platform platform) {
        if (platform.equals(Platform.MASTODON)) {
            return brand.handle() + "@mastodon.social";
        }
        if (platform.equals(Platform.BLUESKY)) {
            return brand.handle() + ".bsky.social";
        }
        return brand.handle();
    }

    private String unique(Platform platform, String candidate, int maxLength, SplittableRandom r, String scope) {
        Set<String> taken = takenHandles.computeIfAbsent(platform, k -> new HashSet<>());
        String base = candidate.isEmpty() ? "user" : candidate;
        if (base.length() > maxLength) {
            base = base.substring(0, maxLength);
        }
        String c = base;
        while (c.length() < 3 || !taken.add(scope + "|" + c.toLowerCase(Locale.ROOT))) {
            String suffix = Integer.toString(1 + r.nextInt(99));
            c = (base.length() + suffix.length() > maxLength ? base.substring(0, maxLength - suffix.length()) : base)
                    + suffix;
        }
        return c;
    }

    private String uniqueId(java.util.function.Supplier<String> supplier) {
        String id = supplier.get();
        while (!takenIds.add(id)) {
            id = supplier.get();
        }
        return id;
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l")
                .replace("ı", "i");
        return n.replaceAll("[^A-Za-z0-9]", "");
    }

    static String capitalizeParts(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean up = true;
        for (char c : s.toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : c);
            up = !Character.isLetterOrDigit(c);
        }
        return sb.toString();
    }
}
