package dev.scrm.testkit.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded generator of social identities with ground truth: persons with accounts on several platforms and a
 * CRM row, whose handles, display names, e-mail addresses, phones, profile URLs and bios vary the way real
 * ones do (see {@link Corruption}).
 *
 * <p>Names follow a skewed (roughly Zipf) distribution, so common names are shared by many persons. Handles are
 * unique per platform, as platforms enforce: a taken handle gets digits or a suffix. The same settings and seed
 * always give the same records in the same order. E-mail addresses are unique per mailbox, as providers enforce:
 * a namesake whose address is taken gets a number in it; members of a household may share one address. Immutable and
 * thread-safe; {@link #generate(Consumer)} keeps only per-platform handle sets and the set of mailboxes in memory.
 */
public final class SyntheticIdentities {

    /** The platforms accounts are drawn from, besides {@code crm}. */
    public static final List<String> PLATFORMS = List.of("x", "instagram", "mastodon", "bluesky", "reddit",
            "youtube", "linkedin", "facebook");

    private static final String[] GIVEN = {"james", "mary", "john", "patricia", "robert", "jennifer", "michael",
        "linda", "william", "elizabeth", "david", "barbara", "richard", "susan", "joseph", "jessica", "thomas",
        "sarah", "charles", "karen", "christopher", "nancy", "daniel", "lisa", "matthew", "betty", "anthony",
        "margaret", "mark", "sandra", "donald", "ashley", "steven", "kimberly", "paul", "emily", "andrew", "donna",
        "joshua", "michelle", "kenneth", "dorothy", "kevin", "carol", "brian", "amanda", "george", "melissa",
        "edward", "deborah", "ronald", "stephanie", "timothy", "rebecca", "jason", "sharon", "jeffrey", "laura",
        "ryan", "cynthia", "jacob", "kathleen", "gary", "amy", "nicholas", "shirley", "eric", "angela", "jonathan",
        "helen", "stephen", "anna", "larry", "brenda", "justin", "pamela", "scott", "nicole", "brandon", "emma",
        "benjamin", "samantha", "samuel", "katherine", "gregory", "christine", "frank", "debra", "alexander",
        "rachel", "raymond", "catherine", "patrick", "carolyn", "jack", "janet", "dennis", "ruth", "jerry", "maria",
        "tyler", "heather", "aaron", "diane", "jose", "virginia", "adam", "julie", "henry", "joyce", "nathan",
        "victoria", "douglas", "olivia", "zachary", "kelly", "peter", "christina", "kyle", "lauren", "walter",
        "joan", "ethan", "evelyn", "jeremy", "judith", "harold", "megan", "keith", "cheryl", "christian", "andrea",
        "roger", "hannah", "noah", "martha", "gerald", "jacqueline", "carl", "frances", "terry", "gloria", "sean",
        "ann", "austin", "teresa", "arthur", "kathryn", "lawrence", "sara", "jesse", "janice", "dylan", "jean",
        "bryan", "alice", "joe", "madison", "jordan", "doris", "billy", "abigail", "bruce", "julia", "albert",
        "judy", "willie", "grace", "gabriel", "denise", "logan", "amber", "alan", "marilyn", "juan", "beverly",
        "wayne", "danielle", "roy", "theresa", "ralph", "sophia", "randy", "marie", "eugene", "diana", "vincent",
        "brittany", "russell", "natalie", "elijah", "isabella", "louis", "charlotte", "bobby", "rose", "philip",
        "alexis", "johnny", "kayla", "sofia", "lukas", "chloe", "mateo", "zoe", "priya", "arjun", "aisha", "omar",
        "yuki", "hiro", "mei", "wei", "lucia", "pablo", "ines", "jorg", "bjorn", "amelie", "francois", "celine",
        "renee", "zoltan", "agnieszka", "soren", "noemie", "jose", "marta", "elif", "emre", "leila", "ana"};

    private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("william", "bill"),
            Map.entry("robert", "bob"), Map.entry("elizabeth", "liz"), Map.entry("james", "jim"),
            Map.entry("michael", "mike"), Map.entry("richard", "rick"), Map.entry("joseph", "joe"),
            Map.entry("thomas", "tom"), Map.entry("christopher", "chris"), Map.entry("daniel", "dan"),
            Map.entry("matthew", "matt"), Map.entry("anthony", "tony"), Map.entry("margaret", "maggie"),
            Map.entry("steven", "steve"), Map.entry("andrew", "andy"), Map.entry("kenneth", "ken"),
            Map.entry("jennifer", "jen"), Map.entry("katherine", "kate"), Map.entry("benjamin", "ben"),
            Map.entry("samuel", "sam"), Map.entry("alexander", "alex"), Map.entry("nicholas", "nick"),
            Map.entry("jonathan", "jon"), Map.entry("patricia", "pat"), Map.entry("rebecca", "becky"),
            Map.entry("victoria", "vicky"), Map.entry("zachary", "zach"), Map.entry("timothy", "tim"),
            Map.entry("gregory", "greg"), Map.entry("jacqueline", "jackie"), Map.entry("deborah", "debbie"),
            Map.entry("samantha", "sam"), Map.entry("abigail", "abby"), Map.entry("gabriel", "gabe"),
            Map.entry("susan", "sue"), Map.entry("edward", "ed"), Map.entry("donald", "don"),
            Map.entry("lawrence", "larry"), Map.entry("raymond", "ray"), Map.entry("douglas", "doug"));

    private static final String[] SURNAME_REAL = {"smith", "johnson", "williams", "brown", "jones", "garcia",
        "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas",
        "taylor", "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris", "sanchez", "clark",
        "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright", "scott", "torres", "nguyen",
        "hill", "flores", "green", "adams", "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter",
        "roberts", "muller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "schulz",
        "hoffmann", "dubois", "durand", "lefebvre", "moreau", "laurent", "simon", "michel", "leroy", "roux",
        "fournier", "rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci", "marino",
        "greco", "kowalski", "nowak", "wisniewski", "patel", "sharma", "singh", "kumar", "gupta", "khan", "ali",
        "tanaka", "suzuki", "sato", "takahashi", "watanabe", "wang", "li", "zhang", "liu", "chen", "yang", "huang",
        "kim", "park", "choi", "jung", "silva", "santos", "oliveira", "souza", "pereira", "costa", "ferreira",
        "o'brien", "murphy", "kelly", "sullivan", "walsh", "byrne", "ryan", "oconnor", "mccarthy", "doyle",
        "fernandez", "gomez", "diaz", "alvarez", "romero", "navarro", "jimenez", "ruiz", "moreno", "munoz",
        "bjork", "lindqvist", "nilsson", "larsen", "jensen", "hansen", "andersen", "pedersen", "nielsen",
        "johansson", "yilmaz", "kaya", "demir", "sahin", "celik", "novak", "horvat", "kovac", "popescu", "ionescu"};
    private static final String[] SUR_PRE = {"har", "ash", "brad", "whit", "kings", "col", "dun", "fair", "gold",
        "hart", "lang", "mar", "north", "pem", "rad", "stan", "thorn", "wel", "wood", "black", "bell", "brook",
        "carr", "dal", "eller", "fen", "glen", "hol", "kel", "lind", "mont", "ox", "pres", "ros", "shel", "tal",
        "wal", "wes", "yar", "ald"};
    private static final String[] SUR_SUF = {"ington", "ford", "ley", "ton", "worth", "field", "stone", "well",
        "wood", "by", "more", "ridge", "ham", "hurst", "wick", "den", "mere", "brook", "shaw", "croft", "gate",
        "land", "ward", "son", "man"};

    /** Names in other scripts, per script: given names then family names, each with a Latin form for handles. */
    private static final String[][][][] SCRIPTS = {
        {{{"Иван", "ivan"}, {"Ольга", "olga"}, {"Дмитрий", "dmitry"}, {"Анна", "anna"}, {"Сергей", "sergey"},
            {"Мария", "maria"}, {"Алексей", "alexey"}, {"Елена", "elena"}},
            {{"Петров", "petrov"}, {"Смирнов", "smirnov"}, {"Иванов", "ivanov"}, {"Кузнецов", "kuznetsov"},
                {"Попов", "popov"}, {"Соколов", "sokolov"}, {"Лебедев", "lebedev"}, {"Новиков", "novikov"},
                {"Морозов", "morozov"}, {"Волков", "volkov"}}},
        {{{"Γιώργος", "giorgos"}, {"Μαρία", "maria"}, {"Νίκος", "nikos"}, {"Ελένη", "eleni"}, {"Κώστας", "kostas"},
            {"Σοφία", "sofia"}},
            {{"Παπαδόπουλος", "papadopoulos"}, {"Νικολάου", "nikolaou"}, {"Γεωργίου", "georgiou"},
                {"Οικονόμου", "oikonomou"}, {"Δημητρίου", "dimitriou"}, {"Ιωάννου", "ioannou"}}},
        {{{"太郎", "taro"}, {"花子", "hanako"}, {"健", "ken"}, {"由美", "yumi"}, {"翔", "sho"}, {"愛", "ai"}},
            {{"山田", "yamada"}, {"佐藤", "sato"}, {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"},
                {"伊藤", "ito"}, {"渡辺", "watanabe"}}},
        {{{"राहुल", "rahul"}, {"प्रिया", "priya"}, {"अमित", "amit"}, {"नेहा", "neha"}, {"विकास", "vikas"}},
            {{"शर्मा", "sharma"}, {"वर्मा", "verma"}, {"गुप्ता", "gupta"}, {"सिंह", "singh"}, {"पटेल", "patel"},
                {"जोशी", "joshi"}}}};

    private static final String[] BIO_WORDS = {"coffee", "lover", "runner", "dad", "mum", "designer", "engineer",
        "photographer", "traveller", "gamer", "reader", "teacher", "nurse", "foodie", "cyclist", "musician",
        "dog person", "cat person", "student", "writer", "opinions my own", "gardener", "climber", "baker"};
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne",
        "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Vandelay"};
    private static final String[] MAIL_FREE = {"gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com",
        "hotmail.com", "icloud.com", "proton.me", "gmx.de", "web.de", "orange.fr", "btinternet.com"};
    private static final String[] EMOJI = {"\uD83D\uDE80", "\u2728", "\uD83C\uDF3B", "\uD83D\uDC3E", "\uD83C\uDFB8",
        "\u2615", "\uD83C\uDF0D", "\uD83D\uDCF7"};
    private static final String[] MASTODON_HOSTS = {"mastodon.social", "fosstodon.org", "hachyderm.io",
        "mas.to", "mstdn.social"};
    private static final String[] BRAND_LINKS = {"https://x.com/acmecorp", "https://www.instagram.com/acme_store",
        "https://bsky.app/profile/acme.bsky.social"};
    private static final String[] COUNTRIES = {"US", "US", "US", "US", "US", "GB", "GB", "DE", "AU", "IN", "FR"};

    /**
     * The default share of accounts, when {@link Corruption#EXTRA_ACCOUNTS} is on, that are pseudonymous: a handle
     * unrelated to the person's name (such as {@code quietfox123}), no or an unrelated display name, and only such
     * e-mail, phone or bio links as the account happens to carry. Without those, such an account shares no usable
     * evidence with the person's other records, and no method can link it.
     */
    public static final double DEFAULT_PSEUDONYMOUS_SHARE = 0.03;

    private final int persons;
    private final long seed;
    private final Set<Corruption> corruptions;
    private final double pseudonymousShare;

    private SyntheticIdentities(int persons, long seed, Set<Corruption> corruptions, double pseudonymousShare) {
        this.persons = persons;
        this.seed = seed;
        this.corruptions = corruptions;
        this.pseudonymousShare = pseudonymousShare;
    }

    /**
     * A generator like this one with another share of pseudonymous accounts (see
     * {@link #DEFAULT_PSEUDONYMOUS_SHARE}); it applies when {@link Corruption#EXTRA_ACCOUNTS} is on.
     *
     * @param share the share of social accounts that are pseudonymous, within [0, 1]
     * @return the generator
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    public SyntheticIdentities withPseudonymousShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("pseudonymous share must be within [0, 1], was " + share);
        }
        return new SyntheticIdentities(persons, seed, corruptions, share);
    }

    /**
     * The share of social accounts that are pseudonymous when {@link Corruption#EXTRA_ACCOUNTS} is on.
     *
     * @return the share, within [0, 1]
     */
    public double pseudonymousShare() {
        return pseudonymousShare;
    }

    /**
     * A generator with every corruption switched on.
     *
     * @param persons how many persons, at least 1
     * @param seed the seed
     * @return the generator
     * @throws IllegalArgumentException if persons is below 1
     */
    public static SyntheticIdentities of(int persons, long seed) {
        return of(persons, seed, EnumSet.allOf(Corruption.class));
    }

    /**
     * A generator with the given corruptions switched on.
     *
     * @param persons how many persons, at least 1
     * @param seed the seed
     * @param corruptions the corruptions to apply
     * @return the generator
     * @throws IllegalArgumentException if persons is below 1
     */
    public static SyntheticIdentities of(int persons, long seed, Set<Corruption> corruptions) {
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be >= 1, was " + persons);
        }
        Objects.requireNonNull(corruptions, "corruptions");
        return new SyntheticIdentities(persons, seed, corruptions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(corruptions)), DEFAULT_PSEUDONYMOUS_SHARE);
    }

    /**
     * Generates every record into a list.
     *
     * @return the records, in generation order
     */
    public List<SyntheticIdentity> generate() {
        List<SyntheticIdentity> out = new ArrayList<>(persons * 3);
        generate(out::add);
        return out;
    }

    /**
     * Writes every record as CSV with a header row ({@link SyntheticIdentity#HEADER}), lines ending in LF.
     *
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(SyntheticIdentity.HEADER);
            out.write('\n');
            generate(r -> {
                try {
                    out.write(r.toCsv());
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean on(Corruption c) {
        return corruptions.contains(c);
    }

    private static final class Person {
        String id;
        String given;
        String family;
        String display;
        int year;
        String country;
        String email;
        String phone;
        String baseHandle;
    }

    /**
     * Generates every record, in order, into a consumer.
     *
     * @param sink receives each record on the calling thread
     */
    public void generate(Consumer<SyntheticIdentity> sink) {
        Objects.requireNonNull(sink, "sink");
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Set<String>> taken = new HashMap<>();
        Set<String> mailboxes = new HashSet<>();
        Person previous = null;
        long record = 0;
        for (int p = 0; p < persons; p++) {
            Person person = person(rnd, p, previous, mailboxes);
            previous = person;
            List<String> platforms = new ArrayList<>(PLATFORMS);
            int accounts = accountCount(rnd);
            // CRM rows for about half the persons
            List<String> chosen = new ArrayList<>();
            if (rnd.nextDouble() < 0.5) {
                chosen.add("crm");
            }
            for (int a = 0; a < accounts; a++) {
                chosen.add(platforms.remove(rnd.nextInt(platforms.size())));
            }
            if (on(Corruption.EXTRA_ACCOUNTS) && rnd.nextDouble() < 0.03 && chosen.size() > 1) {
                chosen.add(chosen.get(chosen.size() - 1));
            }
            List<String[]> made = new ArrayList<>();
            for (String platform : chosen) {
                String rid = "r" + (++record);
                made.add(account(rnd, person, platform, rid, taken, made.size() > 0 && chosen.indexOf(platform)
                        != chosen.lastIndexOf(platform) && made.stream().anyMatch(m -> m[1].equals(platform))));
            }
            // bio cross-links between this person's profiles
            if (on(Corruption.BIO_CROSS_LINKS)) {
                for (int a = 0; a < made.size(); a++) {
                    String[] m = made.get(a);
                    if (m[6] == null || rnd.nextDouble() >= 0.3) {
                        continue;
                    }
                    int b = rnd.nextInt(made.size());
                    if (b != a && made.get(b)[6] != null) {
                        m[7] = join(m[7], made.get(b)[6]);
                        if (rnd.nextDouble() < 0.35) {
                            made.get(b)[7] = join(made.get(b)[7], m[6]);
                        }
                    }
                }
                for (String[] m : made) {
                    if (rnd.nextDouble() < 0.04) {
                        m[7] = join(m[7], "fan of " + BRAND_LINKS[rnd.nextInt(BRAND_LINKS.length)]);
                    }
                }
            }
            for (String[] m : made) {
                sink.accept(new SyntheticIdentity(m[0], person.id, m[1], m[2], m[3], m[4], m[5], m[6], m[7]));
            }
        }
    }

    private static String join(String a, String b) {
        return a == null || a.isEmpty() ? b : a + " " + b;
    }

    private static int accountCount(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        return u < 0.25 ? 1 : u < 0.60 ? 2 : u < 0.85 ? 3 : u < 0.95 ? 4 : 5;
    }

    /** An index in [0, n) with density falling like a power law: index 0 is drawn with probability n^(-2/3). */
    private static int skewed(SplittableRandom rnd, int n) {
        double u = rnd.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * Math.pow(u, 1.5)));
    }

    private Person person(SplittableRandom rnd, int index, Person previous, Set<String> mailboxes) {
        Person p = new Person();
        p.id = "p" + (index + 1);
        p.year = 1950 + rnd.nextInt(58);
        p.country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        boolean household = on(Corruption.SHARED_HOUSEHOLD) && previous != null && rnd.nextDouble() < 0.05;
        if (on(Corruption.NON_LATIN_NAMES) && rnd.nextDouble() < 0.03) {
            String[][][] script = SCRIPTS[rnd.nextInt(SCRIPTS.length)];
            String[] g = script[0][rnd.nextInt(script[0].length)];
            String[] f = script[1][rnd.nextInt(script[1].length)];
            boolean eastAsian = g[0].codePointAt(0) >= 0x3040 && g[0].codePointAt(0) < 0xA000;
            p.display = eastAsian ? f[0] + g[0] : g[0] + " " + f[0];
            p.given = g[1];
            p.family = f[1];
        } else {
            p.given = GIVEN[skewed(rnd, GIVEN.length)];
            p.family = household ? previous.family : surname(rnd);
            p.display = cap(p.given) + " " + cap(p.family);
        }
        String g = p.given;
        String f = p.family.replace("'", "");
        String yy = String.format(Locale.ROOT, "%02d", p.year % 100);
        p.baseHandle = switch (rnd.nextInt(6)) {
            case 0 -> g + "_" + f;
            case 1 -> g + f;
            case 2 -> g.charAt(0) + f + yy;
            case 3 -> g + "." + f;
            case 4 -> f + g.charAt(0);
            default -> g + f + yy;
        };
        if (rnd.nextDouble() < 0.88) {
            String domain = rnd.nextDouble() < 0.8 ? MAIL_FREE[rnd.nextInt(MAIL_FREE.length)]
                    : COMPANIES[rnd.nextInt(COMPANIES.length)].toLowerCase(Locale.ROOT) + ".com";
            String local = switch (rnd.nextInt(5)) {
                case 0 -> g + "." + f;
                case 1 -> g + f + yy;
                case 2 -> g.charAt(0) + "." + f;
                case 3 -> p.baseHandle.replace("_", ".");
                default -> f + "." + g + (rnd.nextInt(90) + 10);
            };
            p.email = mailbox(rnd, mailboxes, local, domain);
        }
        if (household && previous.phone != null && rnd.nextDouble() < 0.7) {
            p.phone = previous.phone;
            p.country = previous.country;
        } else if (household && previous.email != null) {
            p.email = previous.email;
        }
        if (p.phone == null && rnd.nextDouble() < 0.8) {
            p.phone = phone(rnd, p.country);
        }
        return p;
    }

    /**
     * A new address at the domain: the wanted local part if no one holds it yet, else the local part with a number,
     * as a provider offers when a name is taken. A provider gives one mailbox to one account holder, so two
     * namesakes never receive the same address; only a household shares one, by copying it.
     * Addresses are compared as the provider reads them: case ignored, and at Gmail dots ignored as well.
     */
    private static String mailbox(SplittableRandom rnd, Set<String> taken, String local, String domain) {
        String candidate = local;
        while (!taken.add(mailboxKey(candidate, domain))) {
            candidate = local + (rnd.nextBoolean() ? "." : "") + (1 + rnd.nextInt(999));
        }
        return candidate + "@" + domain;
    }

    private static String mailboxKey(String local, String domain) {
        String l = local.toLowerCase(Locale.ROOT);
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            return l.replace(".", "") + "@gmail.com";
        }
        return l + "@" + domain;
    }

    private static String surname(SplittableRandom rnd) {
        if (rnd.nextDouble() < 0.35) {
            return SURNAME_REAL[skewed(rnd, SURNAME_REAL.length)];
        }
        return SUR_PRE[rnd.nextInt(SUR_PRE.length)] + SUR_SUF[rnd.nextInt(SUR_SUF.length)];
    }

    private static String cap(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean up = true;
        for (char c : s.toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : c);
            up = c == '\'' || c == '-' || c == ' ';
        }
        return sb.toString();
    }

    /** A valid number in E.164 digits (without the plus). */
    private static String phone(SplittableRandom rnd, String country) {
        switch (country) {
            case "US": {
                int[] areas = {212, 312, 415, 617, 713, 206, 303, 404, 503, 702, 305, 512, 614, 818, 919};
                int exch = 200 + rnd.nextInt(800);
                if (exch % 100 == 11 || exch == 555) {
                    exch = 321;
                }
                return "1" + areas[rnd.nextInt(areas.length)] + exch + String.format(Locale.ROOT, "%04d",
                        rnd.nextInt(10000));
            }
            case "GB":
                return "447" + (700 + rnd.nextInt(90)) + String.format(Locale.ROOT, "%06d", rnd.nextInt(1_000_000));
            case "DE":
                return "49151" + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000));
            case "AU":
                return "614" + String.format(Locale.ROOT, "%08d", 10_000_000 + rnd.nextInt(89_999_999));
            case "IN":
                return "91" + (9 * 1_000_000_000L + rnd.nextInt(999_999_999));
            default:
                return "336" + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000));
        }
    }

    private String formatPhone(SplittableRandom rnd, String digits) {
        if (!on(Corruption.PHONE_FORMATS)) {
            return "+" + digits;
        }
        boolean us = digits.startsWith("1") && digits.length() == 11;
        int k = rnd.nextInt(us ? 6 : 4);
        if (us) {
            String a = digits.substring(1, 4);
            String b = digits.substring(4, 7);
            String c = digits.substring(7);
            return switch (k) {
                case 0 -> "+" + digits;
                case 1 -> "+1 (" + a + ") " + b + "-" + c;
                case 2 -> "(" + a + ") " + b + "-" + c;
                case 3 -> a + "." + b + "." + c;
                case 4 -> "1-" + a + "-" + b + "-" + c;
                default -> a + " " + b + " " + c;
            };
        }
        int cc = digits.startsWith("44") || digits.startsWith("49") || digits.startsWith("61")
                || digits.startsWith("91") || digits.startsWith("33") ? 2 : 1;
        String rest = digits.substring(cc);
        return switch (k) {
            case 0 -> "+" + digits;
            case 1 -> "+" + digits.substring(0, cc) + " " + rest.substring(0, 3) + " " + rest.substring(3);
            case 2 -> "00" + digits.substring(0, cc) + " " + rest;
            default -> "+" + digits.substring(0, cc) + " (0)" + rest;
        };
    }

    private String emailVariant(SplittableRandom rnd, String email) {
        if (!on(Corruption.EMAIL_ALIASES)) {
            return email;
        }
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        double u = rnd.nextDouble();
        if (domain.equals("gmail.com") && u < 0.2) {
            String plain = local.replace(".", "");
            int cut = 1 + rnd.nextInt(Math.max(1, plain.length() - 1));
            local = plain.substring(0, cut) + "." + plain.substring(cut);
        } else if (domain.equals("gmail.com") && u < 0.3) {
            domain = "googlemail.com";
        } else if (u < 0.45 && !domain.endsWith(".de") && !domain.endsWith(".fr") && !domain.startsWith("bt")) {
            String[] tags = {"shop", "news", "social", "x", "spam"};
            local = local + "+" + tags[rnd.nextInt(tags.length)];
        } else if (u < 0.55) {
            local = cap(local);
        }
        return local + "@" + domain;
    }

    private String handleVariant(SplittableRandom rnd, Person p) {
        if (!on(Corruption.HANDLE_VARIANTS)) {
            return p.baseHandle;
        }
        String g = p.given;
        String f = p.family.replace("'", "");
        String yy = String.format(Locale.ROOT, "%02d", p.year % 100);
        double u = rnd.nextDouble();
        if (u < 0.45) {
            return p.baseHandle;
        }
        return switch (rnd.nextInt(7)) {
            case 0 -> g + "_" + f;
            case 1 -> g + "." + f;
            case 2 -> g + f;
            case 3 -> g.charAt(0) + f;
            case 4 -> g + f + p.year;
            case 5 -> p.baseHandle.replaceAll("[._]", "") + yy;
            default -> f + "_" + g;
        };
    }

    private String unique(SplittableRandom rnd, Map<String, Set<String>> taken, String platform, String handle) {
        Set<String> t = taken.computeIfAbsent(platform, k -> new HashSet<>());
        String h = handle;
        while (!t.add(h.toLowerCase(Locale.ROOT))) {
            h = handle + (rnd.nextBoolean() ? "_" : "") + (1 + rnd.nextInt(999));
        }
        return h;
    }

    private String displayVariant(SplittableRandom rnd, Person p) {
        String name = p.display;
        if (on(Corruption.NICKNAMES) && NICKNAMES.containsKey(p.given) && rnd.nextDouble() < 0.2) {
            name = cap(NICKNAMES.get(p.given)) + " " + cap(p.family);
        }
        if (!on(Corruption.STYLED_NAMES)) {
            return name;
        }
        double u = rnd.nextDouble();
        if (u < 0.08) {
            return name + " " + EMOJI[rnd.nextInt(EMOJI.length)];
        }
        if (u < 0.12) {
            return styled(name);
        }
        if (u < 0.16) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (u < 0.20) {
            return name + " | " + COMPANIES[rnd.nextInt(COMPANIES.length)];
        }
        if (u < 0.24) {
            String[] pro = {"(she/her)", "(he/him)", "(they/them)"};
            return name + " " + pro[rnd.nextInt(pro.length)];
        }
        if (u < 0.28) {
            return name.toLowerCase(Locale.ROOT);
        }
        return name;
    }

    /** Mathematical bold letters, which NFKC folds back to plain ones. */
    private static String styled(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                sb.appendCodePoint(0x1D400 + (c - 'A'));
            } else if (c >= 'a' && c <= 'z') {
                sb.appendCodePoint(0x1D41A + (c - 'a'));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private String[] account(SplittableRandom rnd, Person p, String platform, String rid,
            Map<String, Set<String>> taken, boolean second) {
        boolean missing = on(Corruption.MISSING_FIELDS);
        String display = missing && rnd.nextDouble() < 0.05 ? null : displayVariant(rnd, p);
        String email = null;
        String phone = null;
        double emailP = switch (platform) {
            case "crm" -> 0.95;
            case "linkedin" -> 0.35;
            case "facebook" -> 0.25;
            default -> 0.12;
        };
        double phoneP = switch (platform) {
            case "crm" -> 0.8;
            case "facebook" -> 0.2;
            default -> 0.06;
        };
        if (!missing) {
            emailP = 1;
            phoneP = 1;
        }
        if (p.email != null && rnd.nextDouble() < emailP) {
            email = emailVariant(rnd, p.email);
        }
        if (p.phone != null && rnd.nextDouble() < phoneP) {
            phone = formatPhone(rnd, p.phone);
        }
        if (platform.equals("crm")) {
            if (email == null && phone == null && p.email != null) {
                email = emailVariant(rnd, p.email);
            }
            return new String[] {rid, platform, null, display, email, phone, null, null};
        }
        String base = handleVariant(rnd, p);
        if (second) {
            base = base + "_" + new String[] {"art", "work", "photos", "alt"}[rnd.nextInt(4)];
        }
        if (on(Corruption.EXTRA_ACCOUNTS) && rnd.nextDouble() < pseudonymousShare) {
            // a pseudonymous account
            String[] adj = {"quiet", "blue", "lazy", "happy", "wild", "tiny", "cosmic", "rusty"};
            String[] noun = {"fox", "otter", "panda", "river", "comet", "pixel", "falcon", "maple"};
            base = adj[rnd.nextInt(adj.length)] + noun[rnd.nextInt(noun.length)] + (rnd.nextInt(900) + 100);
            display = rnd.nextBoolean() ? null : cap(base);
        }
        String handle = unique(rnd, taken, platform, base);
        String url;
        String shown = handle;
        switch (platform) {
            case "x" -> url = (rnd.nextBoolean() ? "https://x.com/" : "https://twitter.com/") + handle;
            case "instagram" -> url = "https://www.instagram.com/" + handle + "/";
            case "mastodon" -> {
                String host = MASTODON_HOSTS[Math.floorMod(handle.hashCode(), MASTODON_HOSTS.length)];
                url = "https://" + host + "/@" + handle;
                shown = "@" + handle + "@" + host;
            }
            case "bluesky" -> {
                shown = handle.replace("_", "-") + ".bsky.social";
                url = "https://bsky.app/profile/" + shown;
            }
            case "reddit" -> url = "https://www.reddit.com/user/" + handle;
            case "youtube" -> url = "https://www.youtube.com/@" + handle;
            case "linkedin" -> url = "https://www.linkedin.com/in/" + handle.replace("_", "-");
            default -> url = "https://www.facebook.com/" + handle.replace("_", ".");
        }
        if (on(Corruption.HANDLE_VARIANTS) && rnd.nextDouble() < 0.2) {
            shown = shown.startsWith("@") ? shown : "@" + shown;
        }
        StringBuilder bio = new StringBuilder();
        if (!missing || rnd.nextDouble() < 0.7) {
            int words = 1 + rnd.nextInt(3);
            for (int w = 0; w < words; w++) {
                bio.append(w > 0 ? ". " : "").append(cap(BIO_WORDS[rnd.nextInt(BIO_WORDS.length)]));
            }
        }
        return new String[] {rid, platform, shown, display, email, phone, url, bio.length() == 0 ? null : bio.toString()};
    }
}
