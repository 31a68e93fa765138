package dev.scrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResolverBehaviourTest {

    private static final IdentitySchema PERSON = IdentitySchema.of(FieldSpec.of("given", FieldKind.GIVEN_NAME),
            FieldSpec.of("family", FieldKind.FAMILY_NAME), FieldSpec.of("dob", FieldKind.DATE),
            FieldSpec.of("zip", FieldKind.POSTCODE), FieldSpec.of("street", FieldKind.ADDRESS),
            FieldSpec.of("ssn", FieldKind.IDENTIFIER));

    private static final String[] GIVEN = {"anna", "ben", "carla", "dieter", "eva", "felix", "greta", "hans", "ida",
        "jonas", "karla", "lukas", "mia", "noah", "olga", "paul", "rosa", "sven", "tina", "ulf"};
    private static final String[] FAMILY = {"adler", "becker", "conrad", "dorn", "ebert", "fink", "graf", "hahn",
        "imhof", "jung", "keller", "lange", "maier", "nagel", "otto", "pohl", "roth", "seidel", "thiel", "vogt",
        "wolf", "zeller", "brandt", "kuhn", "busch"};

    /** People with a few duplicates carrying a typo; the truth map gets each record's person. */
    static List<IdentityRecord> people(int n, int dups, long seed, Map<RecordRef, String> truth) {
        Random r = new Random(seed);
        List<IdentityRecord> out = new ArrayList<>();
        List<Map<String, String>> base = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            Map<String, String> v = new HashMap<>();
            v.put("given", GIVEN[r.nextInt(GIVEN.length)]);
            v.put("family", FAMILY[r.nextInt(FAMILY.length)] + (r.nextInt(4) == 0 ? "er" : ""));
            v.put("dob", String.format("19%02d%02d%02d", 30 + r.nextInt(70), 1 + r.nextInt(12), 1 + r.nextInt(28)));
            v.put("zip", Integer.toString(2000 + r.nextInt(7000)));
            v.put("street", FAMILY[r.nextInt(FAMILY.length)] + " street");
            v.put("ssn", Integer.toString(1_000_000 + r.nextInt(8_999_999)));
            base.add(v);
            RecordRef ref = RecordRef.of("s", "p" + p);
            truth.put(ref, "p" + p);
            out.add(IdentityRecord.of(ref, v));
        }
        for (int d = 0; d < dups; d++) {
            int p = r.nextInt(n);
            Map<String, String> v = new HashMap<>(base.get(p));
            String f = List.of("given", "family", "dob", "zip", "street", "ssn").get(r.nextInt(6));
            String s = v.get(f);
            int k = r.nextInt(s.length());
            v.put(f, s.substring(0, k) + (char) ('a' + r.nextInt(26)) + s.substring(Math.min(s.length(), k + 1)));
            RecordRef ref = RecordRef.of("s", "d" + d);
            truth.put(ref, "p" + p);
            out.add(IdentityRecord.of(ref, v));
        }
        return out;
    }

    static ResolverConfig permissive() {
        return ResolverConfig.builder().linkPolicy(LinkPolicy.permissive()).randomPairs(20_000).build();
    }

    @Test
    @DisplayName("explanation weights add up to the score of every candidate pair")
    void explain_weightsSumToScore() {
        Map<RecordRef, String> truth = new HashMap<>();
        Resolution res = IdentityResolver.create(PERSON, permissive()).resolve(people(800, 200, 1, truth));
        List<ScoredPair> pairs = new ArrayList<>();
        res.forEachPair(pairs::add);
        assertThat(pairs).isNotEmpty();
        for (ScoredPair p : pairs.subList(0, Math.min(300, pairs.size()))) {
            MatchExplanation m = res.explain(p.left(), p.right());
            double sum = m.priorWeight() + m.contributions().stream().mapToDouble(FieldContribution::total).sum();
            assertThat(m.totalWeight()).isCloseTo(sum, within(1e-9));
            if (p.rule() == null) {
                assertThat(m.totalWeight()).isCloseTo(p.matchWeight(), within(1e-3));
                assertThat(m.probability()).isCloseTo(p.probability(), within(1e-4));
            }
            assertThat(m.contributions()).extracting(FieldContribution::comparison)
                    .containsExactly("given", "family", "dob", "zip", "street", "ssn");
            assertThat(m.render()).doesNotContain(p.left().id());
        }
        Evaluation.Figures f = Evaluation.measure(res, truth, false);
        assertThat(f.precision()).isGreaterThan(0.98);
        assertThat(f.recall()).isGreaterThan(0.9);
    }

    @Test
    @DisplayName("decision counts agree with the pairs visited one by one")
    void decisionCounts_matchTheVisitedPairs() {
        Map<RecordRef, String> truth = new HashMap<>();
        Resolution res = IdentityResolver.create(PERSON, permissive()).resolve(people(800, 200, 3, truth));
        Map<ScoredPair.Decision, Long> visited = new java.util.EnumMap<>(ScoredPair.Decision.class);
        res.forEachPair(p -> visited.merge(p.decision(), 1L, Long::sum));
        Map<ScoredPair.Decision, Long> counts = res.decisionCounts();
        assertThat(counts).hasSize(ScoredPair.Decision.values().length);
        for (ScoredPair.Decision d : ScoredPair.Decision.values()) {
            assertThat(counts.get(d)).as(d.name()).isEqualTo(visited.getOrDefault(d, 0L));
        }
        assertThat(counts.get(ScoredPair.Decision.AUTO_LINK)).isPositive();
        assertThat(java.util.Arrays.stream(ScoredPair.Decision.values()).filter(ScoredPair.Decision::links))
                .containsExactly(ScoredPair.Decision.RULE_LINK, ScoredPair.Decision.AUTO_LINK);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(res.candidateCount());
    }

    @Test
    @DisplayName("a shuffled input gives the same partition and cluster numbers")
    void resolve_shuffled_samePartition() {
        Map<RecordRef, String> truth = new HashMap<>();
        List<IdentityRecord> recs = people(600, 150, 2, truth);
        Resolution a = IdentityResolver.create(PERSON, permissive()).resolve(recs);
        List<IdentityRecord> shuffled = new ArrayList<>(recs);
        Collections.shuffle(shuffled, new Random(9));
        Resolution b = IdentityResolver.create(PERSON, permissive()).resolve(shuffled);
        for (IdentityRecord r : recs) {
            assertThat(b.clusterOf(r.ref())).isEqualTo(a.clusterOf(r.ref()));
        }
    }

    @Test
    @DisplayName("swapped names, date typos and day-month swaps reach their own levels")
    void comparators_levels() {
        List<IdentityRecord> recs = new ArrayList<>(people(300, 0, 3, new HashMap<>()));
        recs.add(IdentityRecord.of(RecordRef.of("t", "a"), Map.of("given", "smith", "family", "johanna",
                "dob", "19840307", "zip", "4223", "street", "stanley street", "ssn", "5304218")));
        recs.add(IdentityRecord.of(RecordRef.of("t", "b"), Map.of("given", "johanna", "family", "smith",
                "dob", "19840703", "zip", "4232", "street", "stanly street", "ssn", "5304281")));
        recs.add(IdentityRecord.of(RecordRef.of("t", "c"), Map.of("given", "jonna", "family", "smyth",
                "dob", "19840308", "zip", "4223")));
        Resolution res = IdentityResolver.create(PERSON, permissive()).resolve(recs);
        Map<String, String> ab = levels(res.explain(RecordRef.of("t", "a"), RecordRef.of("t", "b")));
        assertThat(ab).containsEntry("given", "swapped").containsEntry("family", "swapped")
                .containsEntry("dob", "day_month_swapped").containsEntry("zip", "edit_distance<=1")
                .containsEntry("street", "jaro_winkler>=0.92").containsEntry("ssn", "edit_distance<=2");
        Map<String, String> ac = levels(res.explain(RecordRef.of("t", "a"), RecordRef.of("t", "c")));
        assertThat(ac).containsEntry("dob", "edit_distance<=1").containsEntry("zip", "exact")
                .containsEntry("street", "null").containsEntry("ssn", "null");
        Map<String, String> bc = levels(res.explain(RecordRef.of("t", "b"), RecordRef.of("t", "c")));
        assertThat(bc.get("family")).isIn("jaro_winkler>=0.92", "phonetic");
    }

    static Map<String, String> levels(MatchExplanation m) {
        Map<String, String> out = new HashMap<>();
        m.contributions().forEach(c -> out.put(c.comparison(), c.level()));
        return out;
    }

    @Test
    @DisplayName("each deterministic rule links without scoring and is named; an unverified shared e-mail is not a rule")
    void rules_fireAndAreNamed() {
        List<IdentityRecord> recs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            recs.add(IdentityRecord.builder(RecordRef.of("crm", "n" + i)).value("display_name", "Person " + i + " X")
                    .value("email", "p" + i + "@mail" + i + ".org").build());
        }
        recs.add(IdentityRecord.builder(RecordRef.of("crm", "e1")).verifiedValue("email", "Kim.Lee@Gmail.com")
                .value("display_name", "Kim Lee").build());
        recs.add(IdentityRecord.builder(RecordRef.of("shop", "e2")).verifiedValue("email", "kimlee+shop@gmail.com")
                .value("display_name", "K. Zed").build());
        recs.add(IdentityRecord.builder(RecordRef.of("crm", "f1")).value("email", "ro.ma@acme-industries.com")
                .value("display_name", "Ro Ma").build());
        recs.add(IdentityRecord.builder(RecordRef.of("shop", "f2")).value("email", "ro.ma@acme-industries.com")
                .value("display_name", "Totally Different").build());
        recs.add(IdentityRecord.builder(RecordRef.of("crm", "g1")).verifiedValue("phone", "+44 7911 123456").build());
        recs.add(IdentityRecord.builder(RecordRef.of("shop", "g2")).verifiedValue("phone", "+447911123456").build());
        recs.add(IdentityRecord.builder(RecordRef.of("web", "h1")).oauthSubject("google|123").build());
        recs.add(IdentityRecord.builder(RecordRef.of("app", "h2")).oauthSubject("google|123").build());
        recs.add(IdentityRecord.builder(RecordRef.of("x", "i1")).value("profile_url", "https://x.com/zed")
                .value("bio", "also at https://mastodon.social/@zed").build());
        recs.add(IdentityRecord.builder(RecordRef.of("mastodon", "i2"))
                .value("profile_url", "https://mastodon.social/@zed").value("bio", "bird site: twitter.com/zed").build());
        recs.add(IdentityRecord.builder(RecordRef.of("x", "j1")).account(PlatformAccountId.of("x", "42")).build());
        recs.add(IdentityRecord.builder(RecordRef.of("x-archive", "j2")).account(PlatformAccountId.of("x", "42")).build());
        Resolution res = IdentityResolver.create(IdentitySchema.social(), permissive()).resolve(recs);
        assertThat(rule(res, "crm", "e1", "shop", "e2")).isEqualTo("same_verified_email");
        assertThat(rule(res, "crm", "g1", "shop", "g2")).isEqualTo("same_verified_phone");
        assertThat(rule(res, "web", "h1", "app", "h2")).isEqualTo("same_oauth_subject");
        assertThat(rule(res, "x", "i1", "mastodon", "i2")).isEqualTo("reciprocal_profile_links");
        assertThat(rule(res, "x", "j1", "x-archive", "j2")).isEqualTo("same_platform_account");
        assertThat(rule(res, "crm", "f1", "shop", "f2")).isNull();
        for (String[] p : new String[][] {{"crm", "e1", "shop", "e2"}, {"crm", "g1", "shop", "g2"},
            {"web", "h1", "app", "h2"}, {"x", "i1", "mastodon", "i2"}, {"x", "j1", "x-archive", "j2"}}) {
            assertThat(res.clusterOf(RecordRef.of(p[0], p[1]))).isEqualTo(res.clusterOf(RecordRef.of(p[2], p[3])));
        }
        Set<String> ruled = new HashSet<>();
        res.links().forEach(l -> {
            if (l.rule() != null) {
                ruled.add(l.rule());
                assertThat(l.decision()).isEqualTo(ScoredPair.Decision.RULE_LINK);
                assertThat(l.probability()).isEqualTo(1.0);
            }
        });
        assertThat(ruled).hasSize(5);
    }

    private static String rule(Resolution res, String s1, String i1, String s2, String i2) {
        return res.explain(RecordRef.of(s1, i1), RecordRef.of(s2, i2)).rule();
    }

    @Test
    @DisplayName("the default policy holds back a cross-platform score without consent; consent lets it link")
    void consent_gatesProbabilisticLinks() {
        List<IdentityRecord> recs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            recs.add(IdentityRecord.builder(RecordRef.of("crm", "n" + i)).value("display_name", "Name" + i + " Q" + i)
                    .value("email", "someone" + i + "@corp" + (i % 37) + ".com").value("phone", "+4479111" + (10000 + i))
                    .build());
            if (i % 3 == 0) {
                // the same people again, so that the model has matches to learn from
                recs.add(IdentityRecord.builder(RecordRef.of("shop", "m" + i)).value("display_name", "Name" + i + " Q" + i)
                        .value("email", "someone" + i + "@corp" + (i % 37) + ".com")
                        .value("phone", "+44 79111 " + (10000 + i)).build());
            }
        }
        IdentityRecord crm = IdentityRecord.builder(RecordRef.of("crm", "c1")).value("display_name", "Wilhelmina Quartz")
                .value("email", "wilhelmina.quartz@quartzworks.net").value("phone", "+44 7700 912345")
                .value("handle", "wquartz").build();
        IdentityRecord x = IdentityRecord.builder(RecordRef.of("x", "u1")).account(PlatformAccountId.of("x", "991"))
                .value("display_name", "Wilhelmina Quartz").value("email", "wilhelmina.quartz@quartzworks.net")
                .value("phone", "+447700912345").value("handle", "wquartz").build();
        recs.add(crm);
        recs.add(x);
        ResolverConfig strict = ResolverConfig.builder().randomPairs(20_000).build();
        Resolution gated = IdentityResolver.create(IdentitySchema.social(), strict).resolve(recs);
        assertThat(gated.clusterOf(crm.ref())).isNotEqualTo(gated.clusterOf(x.ref()));
        assertThat(gated.suggestions()).anyMatch(p -> p.decision() == ScoredPair.Decision.CONSENT_REQUIRED);
        assertThat(LinkPolicy.ofDefaults().requiresConsent(Platform.X)).isTrue();
        assertThat(LinkPolicy.requireOptIn(Platform.X).requiresConsent(Platform.MASTODON)).isFalse();
        List<IdentityRecord> consenting = new ArrayList<>(recs.subList(0, recs.size() - 1));
        consenting.add(new IdentityRecord(x.ref(), x.values(), x.account(), Set.of(), null, true));
        Resolution open = IdentityResolver.create(IdentitySchema.social(), strict).resolve(consenting);
        assertThat(open.clusterOf(crm.ref())).isEqualTo(open.clusterOf(x.ref()));
    }

    @Test
    @DisplayName("null and placeholder values never link and never build giant clusters")
    void placeholders_neverLink() {
        List<IdentityRecord> recs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            recs.add(IdentityRecord.builder(RecordRef.of("s", "r" + i)).value("display_name", i % 2 == 0 ? "n/a" : "unknown")
                    .value("email", "noreply@shop.com").value("phone", "000").value("handle", "user").build());
        }
        Resolution res = IdentityResolver.create(IdentitySchema.social(), permissive()).resolve(recs);
        assertThat(res.clusterCount()).isEqualTo(400);
        assertThat(res.candidateCount()).isZero();
    }

    @Test
    @DisplayName("a key value shared by too many records is sub-blocked or dropped, and reported")
    void blocking_skewedKey_capped() {
        List<IdentityRecord> recs = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            recs.add(IdentityRecord.of(RecordRef.of("s", "r" + i), Map.of("given", "anna", "family", "adler",
                    "dob", String.format("19%02d0101", i % 90), "ssn", Integer.toString(1_000_000 + i))));
        }
        Resolution res = IdentityResolver.create(PERSON, ResolverConfig.builder().maxBlockSize(100)
                .linkPolicy(LinkPolicy.permissive()).randomPairs(20_000).build()).resolve(recs);
        assertThat(res.blocking().largestBlock()).isEqualTo(700);
        assertThat(res.blocking().cappedBlocks()).isPositive();
        assertThat(res.candidateCount()).isLessThan(700 * 699 / 2 / 4);
        assertThat(res.blocking().reductionRatio()).isGreaterThan(0.75);
    }
}
