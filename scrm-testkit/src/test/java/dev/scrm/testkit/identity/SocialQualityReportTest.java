package dev.scrm.testkit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.FieldContribution;
import dev.scrm.identity.IdentityResolver;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.LinkPolicy;
import dev.scrm.identity.RecordRef;
import dev.scrm.identity.Resolution;
import dev.scrm.identity.ResolverConfig;
import dev.scrm.identity.ScoredPair;
import dev.scrm.identity.internal.Normalize;
import dev.scrm.identity.internal.ProfileUrls;
import dev.scrm.identity.internal.Phones;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The quality of identity resolution on synthetic social identities at scale, with a diagnosis of the missed true
 * pairs: each is put in a bucket by the strongest evidence its two records share and by the stage that lost it.
 * Too slow for the default build, so it runs only when asked:
 *
 * <pre>{@code
 * mvn -B -pl scrm-testkit -am test -Dtest=SocialQualityReportTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscrm.quality.persons=100000
 * }</pre>
 *
 * <p>The ceiling analysis that follows asks what the data allows: for each true pair, how many other persons hold
 * the evidence it shares (recall on pairs that no other person's records agree with is the honest target), and for
 * each kind of key, how precise linking every pair that shares it would be, by how many records hold the key.
 * The transitive ceiling joins each person's records along the pairs with unambiguous evidence (union-find) and
 * counts the pairs inside the resulting groups: the pairwise recall a clustering could reach at perfect precision by
 * linking only those pairs, since a person's records also meet through a third one.
 * A calibration table compares, per band of posterior, the share of scored candidates that are truly one person's:
 * a calibrated model puts about 0.95 of the pairs in [0.9, 0.99) together.
 * Add {@code -Dscrm.quality.seed=23} (default 11) to check a second data set.
 *
 * <p>{@code -Dscrm.quality.explain=N} prints the explanations of N missed true pairs whose evidence no other
 * person holds ({@code -Dscrm.quality.explainBucket=1_email} picks a bucket), and
 * {@code -Dscrm.quality.explainFalse=N} those of about N false auto-links.
 *
 * <p>Evidence buckets, strongest first: the same e-mail after normalisation, the same phone in E.164, profile
 * links both ways, a link one way, the same handle skeleton, a handle or name variant (the handle-like keys of the
 * handles, e-mail local parts and names overlap), the same display name, different display names and nothing
 * else, nothing at all. The last two hold the pairs without usable evidence (pseudonymous accounts, a CRM row
 * with neither name nor shared contact), which no method can link.
 */
@EnabledIfSystemProperty(named = "scrm.quality.persons", matches = "\\d+")
class SocialQualityReportTest {

    private static final Set<String> WITHOUT_EVIDENCE = Set.of("8_display_name_differs", "9_nothing");

    @Test
    @DisplayName("synthetic social identities at scale: pairwise and clustered quality, blocking recall, missed pairs")
    void report() {
        int persons = Integer.parseInt(System.getProperty("scrm.quality.persons"));
        long seed = Long.parseLong(System.getProperty("scrm.quality.seed", "11"));
        List<SyntheticIdentity> ids = SyntheticIdentities.of(persons, seed).generate();
        Map<RecordRef, String> truth = new HashMap<>();
        Map<RecordRef, SyntheticIdentity> byRef = new HashMap<>();
        List<IdentityRecord> recs = SyntheticIdentitiesTest.records(ids, truth);
        for (SyntheticIdentity s : ids) {
            byRef.put(RecordRef.of("synthetic", s.recordId()), s);
        }
        long t0 = System.nanoTime();
        Resolution res = IdentityResolver.create(IdentitySchema.social(), ResolverConfig.builder()
                .defaultRegion("US").linkPolicy(LinkPolicy.permissive()).build()).resolve(recs);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        Map<String, ScoredPair> candidates = new HashMap<>();
        long[] direct = new long[2];
        Phones phonesForFalse = new Phones("US");
        int[] fpLeft = {Integer.getInteger("scrm.quality.explainFalse", 0)};
        StringBuilder falseLinks = new StringBuilder();
        Map<String, Integer> falseByRule = new TreeMap<>();
        // scored auto-links by the comparisons that agreed: same-person and false links per pattern
        Map<String, long[]> byPattern = new HashMap<>();
        // candidates scored at 0.5 or more but not auto-linked, the same way
        Map<String, long[]> reviewByPattern = new HashMap<>();
        // calibration: per band of posterior, candidates and how many of them are one person's records
        long[][] calibration = new long[CALIBRATION.length][2];
        res.forEachPair(p -> {
            candidates.put(key(p.left(), p.right()), p);
            if (p.rule() == null) {
                int band = 0;
                while (band + 1 < CALIBRATION.length && p.probability() >= CALIBRATION[band + 1]) {
                    band++;
                }
                calibration[band][0]++;
                calibration[band][1] += truth.get(p.left()).equals(truth.get(p.right())) ? 1 : 0;
            }
            if (p.rule() == null && (p.linked() || p.probability() >= 0.5)) {
                StringBuilder sig = new StringBuilder();
                for (FieldContribution f : res.explain(p.left(), p.right()).contributions()) {
                    if (!f.level().equals("null") && !f.level().equals("else")) {
                        sig.append(sig.length() == 0 ? "" : " + ").append(f.comparison()).append('=').append(f.level());
                    }
                }
                boolean one = truth.get(p.left()).equals(truth.get(p.right()));
                (p.linked() ? byPattern : reviewByPattern).computeIfAbsent(sig.toString(), k -> new long[2])[one ? 0 : 1]++;
            }
            if (p.linked()) {
                boolean same = truth.get(p.left()).equals(truth.get(p.right()));
                direct[same ? 0 : 1]++;
                if (!same) {
                    falseByRule.merge((p.rule() == null ? "score" : p.rule()) + "/" + evidence(byRef.get(p.left()),
                            byRef.get(p.right()), phonesForFalse), 1, Integer::sum);
                }
                if (!same && fpLeft[0] > 0 && Math.floorMod(p.left().hashCode() * 31 + p.right().hashCode(), 7) == 0) {
                    fpLeft[0]--;
                    falseLinks.append("false link ").append(describe(byRef.get(p.left()))).append(" ~ ")
                            .append(describe(byRef.get(p.right()))).append('\n')
                            .append(res.explain(p.left(), p.right()).render());
                }
            }
        });
        Map<String, List<RecordRef>> byPerson = new TreeMap<>();
        truth.forEach((r, p) -> byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
        Phones phones = new Phones("US");
        Holders holders = Holders.of(ids, phones);
        Map<String, long[]> ambiguity = new TreeMap<>();
        int explainLeft = Integer.getInteger("scrm.quality.explain", 0);
        String explainBucket = System.getProperty("scrm.quality.explainBucket", "");
        StringBuilder explained = new StringBuilder();
        Map<String, Map<String, Integer>> buckets = new TreeMap<>();
        Map<String, long[]> perEvidence = new TreeMap<>();
        long truePairs = 0;
        long inCandidates = 0;
        // the records of each person joined along the pairs with unambiguous evidence: the clustering a perfectly
        // precise engine could reach by linking exactly those pairs
        Map<RecordRef, RecordRef> joined = new HashMap<>();
        for (List<RecordRef> rs : byPerson.values()) {
            for (int i = 0; i < rs.size(); i++) {
                for (int j = i + 1; j < rs.size(); j++) {
                    RecordRef a = rs.get(i);
                    RecordRef b = rs.get(j);
                    truePairs++;
                    String evidence = evidence(byRef.get(a), byRef.get(b), phones);
                    ScoredPair p = candidates.get(key(a, b));
                    inCandidates += p == null ? 0 : 1;
                    boolean together = res.clusterOf(a).equals(res.clusterOf(b));
                    long[] c = perEvidence.computeIfAbsent(evidence, k -> new long[3]);
                    c[0]++;
                    c[1] += p != null && p.linked() ? 1 : 0;
                    c[2] += together ? 1 : 0;
                    int others = holders.others(evidence, byRef.get(a), byRef.get(b), phones);
                    long[] amb = ambiguity.computeIfAbsent(evidence, k -> new long[AMBIGUITY.length + 3]);
                    amb[AMBIGUITY.length + 1] += others == 0 ? 1 : 0;
                    if (others == 0) {
                        union(joined, a, b);
                    }
                    amb[AMBIGUITY.length + 2] += others == 0 && p != null && p.linked() ? 1 : 0;
                    if (others >= 0) {
                        int slot = 0;
                        while (slot + 1 < AMBIGUITY.length && others >= AMBIGUITY[slot + 1]) {
                            slot++;
                        }
                        amb[slot]++;
                    } else {
                        amb[AMBIGUITY.length]++;
                    }
                    if (others == 0 && p != null && !p.linked() && explainLeft > 0
                            && evidence.startsWith(explainBucket)) {
                        explainLeft--;
                        explained.append(evidence).append(' ').append(describe(byRef.get(a))).append(" ~ ")
                                .append(describe(byRef.get(b))).append('\n').append(res.explain(a, b).render());
                    }
                    if (!together) {
                        String stage = p == null ? "not_a_candidate" : p.decision().name().toLowerCase(Locale.ROOT);
                        buckets.computeIfAbsent(evidence, k -> new TreeMap<>()).merge(stage, 1, Integer::sum);
                    }
                }
            }
        }
        long ctp = 0;
        long cfp = 0;
        for (List<RecordRef> cl : res.clusters()) {
            for (int i = 0; i < cl.size(); i++) {
                for (int j = i + 1; j < cl.size(); j++) {
                    if (truth.get(cl.get(i)).equals(truth.get(cl.get(j)))) {
                        ctp++;
                    } else {
                        cfp++;
                    }
                }
            }
        }
        long withEvidence = 0;
        long togetherWithEvidence = 0;
        long linkedWithEvidence = 0;
        for (Map.Entry<String, long[]> en : perEvidence.entrySet()) {
            if (!WITHOUT_EVIDENCE.contains(en.getKey())) {
                withEvidence += en.getValue()[0];
                linkedWithEvidence += en.getValue()[1];
                togetherWithEvidence += en.getValue()[2];
            }
        }
        long n = recs.size();
        double dp = direct[0] / (double) Math.max(1, direct[0] + direct[1]);
        double dr = direct[0] / (double) truePairs;
        double cp = ctp / (double) Math.max(1, ctp + cfp);
        double cr = ctp / (double) truePairs;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "persons=%d records=%d true_pairs=%d candidates=%d RR=%.6f"
                + " blocking_recall=%.4f time_ms=%d%n", persons, n, truePairs, res.candidateCount(),
                1 - res.candidateCount() / (n * (n - 1) / 2.0), inCandidates / (double) truePairs, ms));
        out.append(String.format(Locale.ROOT, "auto-links (pairs scored >= threshold or by rule): TP=%d FP=%d"
                + " P=%.4f R=%.4f F1=%.4f%n", direct[0], direct[1], dp, dr, f1(dp, dr)));
        out.append(String.format(Locale.ROOT, "clustered (pairs sharing a customer): TP=%d FP=%d P=%.4f R=%.4f"
                + " F1=%.4f%n", ctp, cfp, cp, cr, f1(cp, cr)));
        out.append(String.format(Locale.ROOT, "pairs with usable evidence: %d of %d (%.2f%%); recall there: links"
                + " %.4f, clustered %.4f%n", withEvidence, truePairs, 100.0 * withEvidence / truePairs,
                linkedWithEvidence / (double) withEvidence, togetherWithEvidence / (double) withEvidence));
        out.append("prior=").append(res.model().lambda()).append(" iterations=").append(res.model().iterations())
                .append(" converged=").append(res.model().converged()).append(" warnings=")
                .append(res.model().warnings()).append(" timings=").append(res.timings()).append('\n');
        for (dev.scrm.identity.ComparisonWeights cw : res.model().comparisons()) {
            out.append(String.format(Locale.ROOT, "  weights %-14s", cw.comparison()));
            for (int l = 0; l < cw.levels().size(); l++) {
                out.append(String.format(Locale.ROOT, " %s=%.2f(m=%.2g,u=%.2g)", cw.levels().get(l), cw.weights().get(l),
                        cw.m().get(l), cw.u().get(l)));
            }
            out.append('\n');
        }
        perEvidence.forEach((ev, c) -> out.append(String.format(Locale.ROOT,
                "  %-26s true=%7d linked=%.4f clustered=%.4f missed by stage %s%n", ev, c[0], c[1] / (double) c[0],
                c[2] / (double) c[0], buckets.getOrDefault(ev, Map.of()))));
        out.append(ceiling(ambiguity, perEvidence, truePairs));
        out.append(String.format(Locale.ROOT, "ceiling, transitive: linking every pair with unambiguous evidence and"
                + " clustering gives pairwise recall %.4f at precision 1 (direct: %.4f)%n",
                transitivePairs(joined, byPerson) / (double) truePairs, unambiguousShare(ambiguity, truePairs)));
        out.append(holders.byRecordCount());
        out.append("calibration of scored candidates (posterior band: candidates, share that are one person's):");
        for (int b = 0; b < CALIBRATION.length; b++) {
            out.append(String.format(Locale.ROOT, " [%s,%s) %d %.4f", CALIBRATION[b],
                    b + 1 < CALIBRATION.length ? CALIBRATION[b + 1] : "1]", calibration[b][0],
                    calibration[b][1] / (double) Math.max(1, calibration[b][0])));
        }
        out.append('\n');
        out.append("false auto-links by rule or score / shared evidence: ").append(falseByRule).append('\n');
        out.append("scored auto-links by the comparisons that agreed (most false first):\n");
        byPattern.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(15)
                .forEach(en -> out.append(String.format(Locale.ROOT, "  pattern %-90s true=%6d false=%4d%n",
                        en.getKey(), en.getValue()[0], en.getValue()[1])));
        out.append("unlinked candidates at posterior >= 0.5 by the comparisons that agreed (most same-person first):\n");
        reviewByPattern.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(15)
                .forEach(en -> out.append(String.format(Locale.ROOT, "  pattern %-90s true=%6d false=%6d%n",
                        en.getKey(), en.getValue()[0], en.getValue()[1])));
        out.append(explained).append(falseLinks);
        System.out.print(out);

        assertThat(truePairs).isPositive();
        // a regression floor, not the target (pairwise precision 0.995 and recall 0.98): see the printed figures
        assertThat(cp).as("clustered precision").isGreaterThanOrEqualTo(0.9);
        assertThat(inCandidates / (double) truePairs).as("blocking recall").isGreaterThanOrEqualTo(0.9);
    }

    private static RecordRef root(Map<RecordRef, RecordRef> parent, RecordRef r) {
        RecordRef x = r;
        RecordRef p;
        while ((p = parent.get(x)) != null && !p.equals(x)) {
            x = p;
        }
        if (!x.equals(r)) {
            parent.put(r, x);
        }
        return x;
    }

    private static void union(Map<RecordRef, RecordRef> parent, RecordRef a, RecordRef b) {
        RecordRef ra = root(parent, a);
        RecordRef rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /** The same-person pairs inside the components of the union-find: each component lies within one person. */
    private static long transitivePairs(Map<RecordRef, RecordRef> parent, Map<String, List<RecordRef>> byPerson) {
        long pairs = 0;
        for (List<RecordRef> rs : byPerson.values()) {
            Map<RecordRef, Integer> sizes = new HashMap<>();
            for (RecordRef r : rs) {
                sizes.merge(root(parent, r), 1, Integer::sum);
            }
            for (int k : sizes.values()) {
                pairs += (long) k * (k - 1) / 2;
            }
        }
        return pairs;
    }

    private static double unambiguousShare(Map<String, long[]> ambiguity, long truePairs) {
        long u = 0;
        for (long[] a : ambiguity.values()) {
            u += a[AMBIGUITY.length + 1];
        }
        return u / (double) truePairs;
    }

    /** Lower bounds of the posterior bands of the calibration table. */
    private static final double[] CALIBRATION = {0, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999};

    /** Lower bounds of the ambiguity classes: how many other persons hold the shared evidence. */
    private static final int[] AMBIGUITY = {0, 1, 2, 5, 20};

    /**
     * The ceiling analysis: per evidence bucket, how many other persons hold the value the pair shares (its e-mail,
     * phone, handle skeleton, rarest shared handle or name key, or display name). A value only the pair's person
     * holds is unambiguous: linkable in principle, since no other person's record agrees on it. A value other
     * persons hold too (namesakes, a shared household phone) cannot separate this person's records from theirs on
     * its own. The share of unambiguous pairs is the honest ceiling on recall at high precision.
     */
    private static String ceiling(Map<String, long[]> ambiguity, Map<String, long[]> perEvidence, long truePairs) {
        StringBuilder out = new StringBuilder();
        out.append("ceiling: other persons holding the shared evidence, per bucket (unambiguous = none)\n");
        long unambiguous = 0;
        long unambiguousLinked = 0;
        for (Map.Entry<String, long[]> en : ambiguity.entrySet()) {
            long[] a = en.getValue();
            long total = perEvidence.get(en.getKey())[0];
            StringBuilder dist = new StringBuilder();
            for (int s = 0; s < AMBIGUITY.length; s++) {
                String label = s + 1 < AMBIGUITY.length ? AMBIGUITY[s] + (AMBIGUITY[s + 1] - 1 > AMBIGUITY[s]
                        ? "-" + (AMBIGUITY[s + 1] - 1) : "") : AMBIGUITY[s] + "+";
                dist.append(s == 0 ? "" : " ").append(label).append('=').append(a[s]);
            }
            if (a[AMBIGUITY.length] > 0) {
                dist.append(" no_evidence=").append(a[AMBIGUITY.length]);
            }
            long u = a[AMBIGUITY.length + 1];
            long ul = a[AMBIGUITY.length + 2];
            unambiguous += u;
            unambiguousLinked += ul;
            out.append(String.format(Locale.ROOT, "  %-26s unambiguous=%.4f linked_there=%.4f others {%s}%n",
                    en.getKey(), u / (double) total, u == 0 ? 0 : ul / (double) u, dist));
        }
        out.append(String.format(Locale.ROOT, "ceiling: unambiguous pairs %d of %d (%.4f of all true pairs);"
                + " auto-link recall on them %.4f%n", unambiguous, truePairs, unambiguous / (double) truePairs,
                unambiguousLinked / (double) Math.max(1, unambiguous)));
        return out.toString();
    }

    private static String describe(SyntheticIdentity s) {
        // synthetic test data only: no real person's data is printed
        return "[" + s.platform() + " h=" + s.handle() + " n=" + s.displayName() + " e=" + s.email() + " p="
                + s.phone() + "]";
    }

    /** Per evidence value, how many distinct persons hold it, over every generated record. */
    private record Holders(Map<String, Integer> persons, Map<String, Map<String, Integer>> perPerson) {

        static Holders of(List<SyntheticIdentity> ids, Phones phones) {
            Map<String, Integer> count = new HashMap<>();
            Map<String, Map<String, Integer>> perPerson = new HashMap<>();
            Map<String, String> last = new HashMap<>();
            for (SyntheticIdentity s : ids) {
                for (String k : keys(s, phones)) {
                    if (!s.personId().equals(last.put(k, s.personId()))) {
                        count.merge(k, 1, Integer::sum);
                    }
                    perPerson.computeIfAbsent(k, x -> new HashMap<>(2)).merge(s.personId(), 1, Integer::sum);
                }
            }
            return new Holders(count, perPerson);
        }

        /**
         * What an engine that sees only how many records hold a value could achieve: per kind of key and per
         * number of records holding the key, the share of the pairs among those records that are one person's.
         * Linking every pair that shares such a key has that precision.
         */
        String byRecordCount() {
            String[] kinds = {"e:", "p:", "a:", "n:"};
            String[] names = {"email", "phone", "handle_or_name_key", "display_name"};
            int[] lo = {2, 3, 4, 5, 10};
            StringBuilder out = new StringBuilder("precision of linking all pairs that share a key, by how many records"
                    + " hold it (same-person pairs / pairs):\n");
            for (int t = 0; t < kinds.length; t++) {
                long[] pairs = new long[lo.length];
                long[] same = new long[lo.length];
                for (Map.Entry<String, Map<String, Integer>> en : perPerson.entrySet()) {
                    if (!en.getKey().startsWith(kinds[t])) {
                        continue;
                    }
                    long k = 0;
                    long sp = 0;
                    for (int c : en.getValue().values()) {
                        k += c;
                        sp += (long) c * (c - 1) / 2;
                    }
                    if (k < 2) {
                        continue;
                    }
                    int slot = 0;
                    while (slot + 1 < lo.length && k >= lo[slot + 1]) {
                        slot++;
                    }
                    pairs[slot] += k * (k - 1) / 2;
                    same[slot] += sp;
                }
                out.append(String.format(Locale.ROOT, "  %-20s", names[t]));
                for (int slot = 0; slot < lo.length; slot++) {
                    String label = slot + 1 < lo.length ? lo[slot] + (lo[slot + 1] - 1 > lo[slot] ? "-"
                            + (lo[slot + 1] - 1) : "") : lo[slot] + "+";
                    out.append(String.format(Locale.ROOT, " k=%s: %.4f of %d", label,
                            same[slot] / (double) Math.max(1, pairs[slot]), pairs[slot]));
                }
                out.append('\n');
            }
            return out.toString();
        }

        /** Every evidence key of a record, namespaced by what it is. */
        static Set<String> keys(SyntheticIdentity s, Phones phones) {
            Set<String> out = new HashSet<>();
            String e = s.email() == null ? null : Normalize.email(s.email());
            if (e != null) {
                out.add("e:" + e);
            }
            String p = s.phone() == null ? null : phones.e164(s.phone());
            if (p != null) {
                out.add("p:" + p);
            }
            for (String a : aliases(s)) {
                out.add("a:" + a);
            }
            String n = sortedName(s.displayName());
            if (n != null) {
                out.add("n:" + n);
            }
            return out;
        }

        int holders(String key) {
            return persons.getOrDefault(key, 0);
        }

        /** How many persons besides the pair's own hold the evidence of its bucket; -1 for a pair without evidence. */
        int others(String evidence, SyntheticIdentity s, SyntheticIdentity t, Phones phones) {
            switch (evidence) {
                case "1_email":
                    return holders("e:" + Normalize.email(s.email())) - 1;
                case "2_phone":
                    return holders("p:" + phones.e164(s.phone())) - 1;
                case "3_reciprocal_links":
                case "4_one_way_link":
                    return 0;
                case "5_handle_skeleton":
                    return holders("a:" + skeleton(s.handle())) - 1;
                case "6_handle_or_name_variant": {
                    Set<String> shared = aliases(s);
                    shared.retainAll(aliases(t));
                    int min = Integer.MAX_VALUE;
                    for (String k : shared) {
                        min = Math.min(min, holders("a:" + k) - 1);
                    }
                    return min;
                }
                case "7_display_name":
                    return holders("n:" + sortedName(s.displayName())) - 1;
                default:
                    return -1;
            }
        }
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String key(RecordRef a, RecordRef b) {
        return a.compareTo(b) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
    }

    /** The strongest evidence the two records share, as a bucket name. */
    static String evidence(SyntheticIdentity s, SyntheticIdentity t, Phones phones) {
        String es = s.email() == null ? null : Normalize.email(s.email());
        if (es != null && es.equals(t.email() == null ? null : Normalize.email(t.email()))) {
            return "1_email";
        }
        String ps = s.phone() == null ? null : phones.e164(s.phone());
        if (ps != null && ps.equals(t.phone() == null ? null : phones.e164(t.phone()))) {
            return "2_phone";
        }
        boolean st = links(s, t);
        boolean ts = links(t, s);
        if (st && ts) {
            return "3_reciprocal_links";
        }
        if (st || ts) {
            return "4_one_way_link";
        }
        String hs = skeleton(s.handle());
        if (hs != null && hs.equals(skeleton(t.handle()))) {
            return "5_handle_skeleton";
        }
        Set<String> shared = aliases(s);
        shared.retainAll(aliases(t));
        if (!shared.isEmpty()) {
            return "6_handle_or_name_variant";
        }
        String ns = sortedName(s.displayName());
        String nt = sortedName(t.displayName());
        if (ns != null && ns.equals(nt)) {
            return "7_display_name";
        }
        return ns != null && nt != null ? "8_display_name_differs" : "9_nothing";
    }

    private static String sortedName(String raw) {
        String[] t = raw == null ? null : Normalize.nameTokens(raw);
        if (t == null) {
            return null;
        }
        t = t.clone();
        Arrays.sort(t);
        return String.join(" ", t);
    }

    private static String skeleton(String handle) {
        String h = handle == null ? null : Normalize.handle(handle);
        return h == null ? null : Normalize.skeleton(Normalize.handleLocal(h));
    }

    private static Set<String> aliases(SyntheticIdentity s) {
        Set<String> out = new HashSet<>();
        String h = skeleton(s.handle());
        if (h != null) {
            out.add(h);
        }
        String e = s.email() == null ? null : Normalize.email(s.email());
        if (e != null) {
            String k = Normalize.skeleton(Normalize.emailLocal(e));
            if (k != null) {
                out.add(k);
            }
        }
        String[] t = s.displayName() == null ? null : Normalize.nameTokens(s.displayName());
        if (t != null) {
            out.addAll(Normalize.nameAliases(t));
        }
        return out;
    }

    private static boolean links(SyntheticIdentity from, SyntheticIdentity to) {
        if (from.bio() == null || to.profileUrl() == null) {
            return false;
        }
        String own = ProfileUrls.profileKey(ProfileUrls.canonicalUrl(to.profileUrl()));
        for (String u : ProfileUrls.extractUrls(from.bio())) {
            String k = ProfileUrls.profileKey(ProfileUrls.canonicalUrl(u));
            if (k != null && k.equals(own)) {
                return true;
            }
        }
        return false;
    }
}
