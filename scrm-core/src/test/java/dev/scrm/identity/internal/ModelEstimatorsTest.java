package dev.scrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.scrm.identity.FieldKind;
import dev.scrm.identity.FieldSpec;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.RecordRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The estimators around EM: the prior on m from rule-linked pairs, and u of names from namesakes on one platform. */
class ModelEstimatorsTest {

    private static final IdentitySchema THREE = IdentitySchema.of(FieldSpec.of("a", FieldKind.EXACT),
            FieldSpec.of("b", FieldKind.EXACT), FieldSpec.of("c", FieldKind.EXACT));

    private static long pattern(int a, int b, int c) {
        return a | (long) b << 4 | (long) c << 8;
    }

    private static Groups groups(long[] patterns, double[] counts) {
        Groups g = new Groups();
        g.patterns = patterns;
        g.counts = counts;
        g.size = patterns.length;
        for (double c : counts) {
            g.total += c;
        }
        return g;
    }

    private static double elseOfC(double[][] prior) {
        Encoded e = new Encoded(THREE, null);
        e.add(IdentityRecord.of(RecordRef.of("t", "1"), Map.of("a", "x", "b", "y", "c", "z")));
        List<Comparison> comps = Comparison.forSchema(e);
        Model model = new Model(comps);
        model.mPrior = prior;
        // 1,000 matches that agree everywhere, 20,000 non-matches that agree nowhere, a few chance agreements
        Groups g = groups(new long[] {pattern(1, 1, 1), pattern(2, 2, 2), pattern(1, 2, 2), pattern(2, 1, 2),
            pattern(2, 2, 1)}, new double[] {1000, 20_000, 100, 100, 100});
        double[][] m = {{0, 0.8, 0.2}, {0, 0.8, 0.2}, {0, 0.8, 0.2}};
        double[][] u = {{0, 0.1, 0.9}, {0, 0.1, 0.9}, {0, 0.1, 0.9}};
        EmFit.fit(g, 0b111, m, u, 0.1, new Model.Options(1000, 1, 200, Model.DEFAULT_TOLERANCE, true, true), model);
        return m[2][2];
    }

    @Test
    @DisplayName("EM without a prior empties m of 'else'; the rule-linked pairs' levels keep it where they put it")
    void em_rulePrior_keepsElseLevelFromCollapsing() {
        double without = elseOfC(null);
        // 100 rule-linked pairs, half of them disagreeing on c
        double[][] prior = {{0, 100, 0}, {0, 100, 0}, {0, 50, 50}};
        double with = elseOfC(prior);
        assertThat(without).isLessThan(1e-3);
        // (0 expected + 50 pseudo) / (1,000 + 100)
        assertThat(with).isCloseTo(50.0 / 1100, offset(0.005));
    }

    @Test
    @DisplayName("rule-linked pairs count at each level, except on the comparisons the rule read")
    void rules_levelCounts_skipWhatTheRuleRead() {
        Encoded e = new Encoded(IdentitySchema.social(), "US");
        e.add(IdentityRecord.of(RecordRef.of("t", "a"), Map.of("display_name", "Ann Wexford", "profile_url",
                "https://x.com/annw", "bio", "https://www.instagram.com/ann_wx")));
        e.add(IdentityRecord.of(RecordRef.of("t", "b"), Map.of("display_name", "Zoltan Pirogov", "profile_url",
                "https://www.instagram.com/ann_wx", "bio", "see https://x.com/annw")));
        List<Comparison> comps = Comparison.forSchema(e);
        long[] cands = {candidate(0, 1)};
        long[] patterns = {Model.pattern(comps, e, 0, 1)};
        byte[] rule = {(byte) Rules.fire(e, 0, 1)};
        assertThat(Rules.NAMES.get(rule[0])).isEqualTo("reciprocal_profile_links");
        double[][] counts = Rules.levelCounts(e, comps, cands, patterns, rule);
        for (int c = 0; c < comps.size(); c++) {
            double sum = java.util.Arrays.stream(counts[c]).sum();
            switch (comps.get(c).name()) {
                case "display_name" -> assertThat(counts[c][comps.get(c).levels.length - 1]).isEqualTo(1);
                case "profile_url", "bio", Comparison.CROSS_LINK -> assertThat(sum).isZero();
                default -> {
                }
            }
        }
    }

    private static long candidate(int i, int j) {
        return ((long) i << 24 | j) << 16;
    }

    @Test
    @DisplayName("u of a name from namesakes on one platform: counted there, the prior's weight one agreement")
    void namesakes_onOnePlatform_setExactU() {
        Encoded e = new Encoded(IdentitySchema.social(), "US");
        String[][] accounts = {{"x", "jsmith1", "John Smith"}, {"x", "jsmith2", "John Smith"}, {"x", "annw",
            "Ann Wexford"}, {"x", "zp", "Zoltan Pirogov"}, {"reddit", "jsmith", "John Smith"}, {"reddit", "mq",
            "Mia Quast"}};
        for (String[] a : accounts) {
            String url = a[0].equals("x") ? "https://x.com/" + a[1] : "https://www.reddit.com/user/" + a[1];
            e.add(IdentityRecord.of(RecordRef.of("t", a[0] + a[1]), Map.of("handle", a[1], "display_name", a[2],
                    "profile_url", url)));
        }
        List<Comparison> comps = Comparison.forSchema(e);
        int name = 1;
        assertThat(comps.get(name).name()).isEqualTo("display_name");
        UEstimates.Namesakes ns = UEstimates.exactAmongNamesakes(e, comps, name);
        // pairs on one platform: 4 * 3 / 2 on x, 1 on reddit; one of them agrees (the two John Smiths on x)
        assertThat(ns.pairs()).isEqualTo(7);
        assertThat(ns.patterns()).hasSize(1);
        assertThat(ns.weights()[0]).isEqualTo(1);
        assertThat(UEstimates.exactAmongNamesakes(e, comps, 0)).as("handles are policed per platform").isNull();

        Model model = new Model(comps);
        int levels = comps.get(name).levels.length;
        for (int c = 0; c < comps.size(); c++) {
            java.util.Arrays.fill(model.m[c], 1.0 / (model.m[c].length - 1));
            java.util.Arrays.fill(model.u[c], 1.0 / (model.u[c].length - 1));
        }
        model.m[name][1] = 0.9;
        model.u[name][1] = 1e-3;
        model.updateWeights();
        double[][] freq = new double[comps.size()][];
        for (int c = 0; c < comps.size(); c++) {
            freq[c] = model.u[c].clone();
        }
        double rest = 1 - model.u[name][1];
        double other = model.u[name][2];
        model.withNamesakes(name, ns, 1e-9, freq);
        // with a negligible prior the agreeing pair counts as two persons: (1 + 1) / (7 + 1 / 1e-3)
        assertThat(model.u[name][1]).isCloseTo(2.0 / 1007, offset(1e-6));
        assertThat(model.u[name][2]).isCloseTo(other / rest * (1 - model.u[name][1]), offset(1e-12));
        assertThat(levels).isGreaterThan(2);
    }
}
