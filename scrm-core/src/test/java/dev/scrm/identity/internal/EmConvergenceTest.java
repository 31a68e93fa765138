package dev.scrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.identity.FieldKind;
import dev.scrm.identity.FieldSpec;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.RecordRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EM on data built to make a naive fit collapse: few distinct names, so blocks on the name hold several different
 * people for every true pair (a match is rare among candidates), and a town that nearly everyone shares (a dominant
 * value that says nothing). The naive fit (u frozen at its random-pair estimate, every comparison in one run, also
 * the ones the blocks were built on) reads agreement on the blocked name as evidence and declares whole blocks
 * matches. Our fit (one run per blocking key without the key's fields, u re-estimated) must find the true share of
 * matches, keep m and u apart where the data separates them, link correctly and stop because it converged.
 */
class EmConvergenceTest {

    private static final String[] GIVEN = {"ava", "ben", "cara", "dan", "eva", "finn", "gina", "hugo", "ivy", "jack",
        "kira", "leo", "mia", "nils", "olga", "paul", "rosa", "sam", "tara", "umar", "vera", "will", "xena", "yann",
        "zoe"};
    private static final String[] FAMILY = {"adler", "berg", "costa", "dahl", "eder", "falk", "gross", "haas",
        "imhof", "jung", "kern", "lang", "moser", "nagel", "ott", "pohl", "quast", "roth", "stern", "thal", "ulm",
        "vogt", "wolf", "xaver", "zell"};

    private record Data(Encoded e, List<BlockKey> keys, List<Comparison> comps, long[] cands, long[] patterns,
            boolean[] same, long truePairs) {
    }

    private static Data data() {
        SplittableRandom rnd = new SplittableRandom(5);
        IdentitySchema schema = IdentitySchema.of(FieldSpec.of("given", FieldKind.GIVEN_NAME),
                FieldSpec.of("family", FieldKind.FAMILY_NAME), FieldSpec.of("dob", FieldKind.DATE),
                FieldSpec.of("town", FieldKind.LOCALITY));
        List<IdentityRecord> recs = new ArrayList<>();
        Map<RecordRef, Integer> person = new HashMap<>();
        for (int p = 0; p < 2500; p++) {
            String g = GIVEN[rnd.nextInt(GIVEN.length)];
            String f = FAMILY[rnd.nextInt(FAMILY.length)];
            String dob = String.format(Locale.ROOT, "%04d%02d%02d", 1940 + rnd.nextInt(65), 1 + rnd.nextInt(12),
                    1 + rnd.nextInt(28));
            String town = rnd.nextDouble() < 0.9 ? "springfield" : "town" + rnd.nextInt(20);
            int copies = rnd.nextDouble() < 0.4 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                String d = dob;
                if (c > 0 && rnd.nextDouble() < 0.2) {
                    int k = 2 + rnd.nextInt(6);
                    d = dob.substring(0, k) + (char) ('0' + (dob.charAt(k) - '0' + 1) % 10) + dob.substring(k + 1);
                }
                RecordRef ref = RecordRef.of("people", p + "-" + c);
                person.put(ref, p);
                recs.add(IdentityRecord.builder(ref).value("given", g).value("family", f).value("dob", d)
                        .value("town", c > 0 && rnd.nextDouble() < 0.1 ? "town" + rnd.nextInt(20) : town).build());
            }
        }
        Encoded e = new Encoded(schema, null);
        e.addAll(recs, ForkJoinPool.commonPool(), 2);
        List<BlockKey> keys = BlockKey.forSchema(e);
        long[] cands = new Blocker(e, keys, 500, false).run(new Blocker.Stats());
        List<Comparison> comps = Comparison.forSchema(e);
        long[] patterns = new long[cands.length];
        boolean[] same = new boolean[cands.length];
        for (int x = 0; x < cands.length; x++) {
            int i = PairTable.left(cands[x]);
            int j = PairTable.right(cands[x]);
            patterns[x] = Model.pattern(comps, e, i, j);
            same[x] = person.get(e.ref(i)).equals(person.get(e.ref(j)));
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        person.values().forEach(p -> sizes.merge(p, 1, Integer::sum));
        long truePairs = sizes.values().stream().mapToLong(s -> (long) s * (s - 1) / 2).sum();
        return new Data(e, keys, comps, cands, patterns, same, truePairs);
    }

    private static Model fit(Data d, boolean naive, int maxIterations) {
        long n = d.e().size();
        return Model.train(d.e(), d.comps(), d.keys(), d.cands(), d.patterns(), false, 0, n * (n - 1) / 2.0,
                new Model.Options(20_000, 1, maxIterations, Model.DEFAULT_TOLERANCE, !naive, !naive));
    }

    /** TP, FP at posterior 0.99. */
    private static long[] links(Data d, Model m) {
        long[] out = new long[2];
        for (int x = 0; x < d.cands().length; x++) {
            if (Model.probability(m.score(d.e(), d.patterns()[x], PairTable.left(d.cands()[x]))) >= 0.99) {
                out[d.same()[x] ? 0 : 1]++;
            }
        }
        return out;
    }

    private static int comp(Data d, String name) {
        for (int c = 0; c < d.comps().size(); c++) {
            if (d.comps().get(c).name.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    @DisplayName("naive EM collapses on blocks of namesakes; ours finds the true share, sensible m and u, and links")
    void em_namesakeBlocks_naiveCollapses_oursConverges() {
        Data d = data();
        long matches = 0;
        for (boolean s : d.same()) {
            matches += s ? 1 : 0;
        }
        double truth = (double) matches / d.cands().length;
        assertThat(truth).as("matches are rare among candidates").isLessThan(0.3);

        Model naive = fit(d, true, 200);
        long[] nl = links(d, naive);
        Model ours = fit(d, false, 200);
        long[] ol = links(d, ours);
        System.out.printf(Locale.ROOT, "candidates=%d true share=%.4f | naive share=%.4f TP=%d FP=%d | ours share=%.4f"
                + " TP=%d FP=%d iterations=%d converged=%s%n", d.cands().length, truth, naive.lambdaCandidates,
                nl[0], nl[1], ours.lambdaCandidates, ol[0], ol[1], ours.iterations, ours.converged);

        // the naive fit declares whole blocks matches: the share of matches runs to 1 and m follows the candidates
        // (m close to u). Scored with u from random pairs, a label-free threshold then either links few true pairs or
        // links namesakes by the hundred
        assertThat(naive.lambdaCandidates).isGreaterThan(0.9);
        double naivePrecision = (double) nl[0] / Math.max(1, nl[0] + nl[1]);
        assertThat((double) nl[0] / d.truePairs() < 0.5 || naivePrecision < 0.9)
                .as("naive links: recall %.3f, precision %.3f", (double) nl[0] / d.truePairs(), naivePrecision)
                .isTrue();

        // ours: the share of matches, sensible weights, precise and complete links
        assertThat(ours.lambdaCandidates).isBetween(truth * 0.7, truth * 1.5);
        int dob = comp(d, "dob");
        System.out.println("dob m=" + java.util.Arrays.toString(ours.m[dob]) + " u="
                + java.util.Arrays.toString(ours.u[dob]) + " w=" + java.util.Arrays.toString(ours.w[dob]));
        assertThat(ours.w[dob][1]).as("exact birth date is strong evidence").isGreaterThan(10);
        assertThat(ours.m[dob][1]).as("m stays apart from u").isGreaterThan(100 * ours.u[dob][1]);
        // with the town saying nothing, birth date is the only comparison that separates namesakes, so EM leaves
        // some namesakes among the matches and m of "else" too high; the weight still counts against
        assertThat(ours.w[dob][ours.w[dob].length - 1]).as("a different birth date counts against").isLessThan(-1);
        int town = comp(d, "town");
        assertThat(Math.abs(ours.w[town][1])).as("the dominant town says little").isLessThan(1.5);
        assertThat((double) ol[0] / Math.max(1, ol[0] + ol[1])).isGreaterThanOrEqualTo(0.99);
        // a fifth of the duplicates carry a birth-date typo: with four namesakes per name those stay for review
        assertThat((double) ol[0] / d.truePairs()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    @DisplayName("EM stops because it converged, well before the iteration limit, and more iterations change nothing")
    void em_stopsOnConvergence() {
        Data d = data();
        Model ours = fit(d, false, 200);
        assertThat(ours.converged).isTrue();
        assertThat(ours.iterations).isLessThan(200);
        assertThat(ours.warnings).noneMatch(w -> w.contains("without converging"));
        Model longer = fit(d, false, 5_000);
        assertThat(longer.iterations).isEqualTo(ours.iterations);
        assertThat(longer.lambdaCandidates).isEqualTo(ours.lambdaCandidates);
    }
}
