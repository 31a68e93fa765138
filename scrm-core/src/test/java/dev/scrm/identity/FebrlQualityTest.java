package dev.scrm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Pairwise quality on the Febrl data sets (ANU Open Source Licence 1.3, copied into test resources with the
 * licence beside them). Thresholds are the label-free operating points: posterior 0.99, and for two-source
 * linking greedy one-to-one down to 0.5.
 */
class FebrlQualityTest {

    private static Evaluation.Figures run(List<String[]> files, boolean link, boolean phone, String region)
            throws Exception {
        Map<String, String> cols = Evaluation.febrlColumns(phone);
        Map<RecordRef, String> truth = new HashMap<>();
        List<IdentityRecord> recs = new ArrayList<>();
        for (String[] f : files) {
            recs.addAll(Evaluation.load(f[0], f[1], cols, truth,
                    f[0].contains("dsgen") ? Evaluation::dsgenEntity : Evaluation::febrlEntity));
        }
        ResolverConfig cfg = ResolverConfig.builder().mode(link ? LinkMode.LINK_ONLY : LinkMode.DEDUPE)
                .oneToOne(link).defaultRegion(region).linkPolicy(LinkPolicy.permissive()).build();
        Resolution res = IdentityResolver.create(Evaluation.schema(cols), cfg).resolve(recs);
        Evaluation.Figures fig = Evaluation.measure(res, truth, link);
        System.out.println(files.get(0)[0] + ": " + fig + " model=" + res.model().lambda() + " it="
                + res.model().iterations() + " " + res.model().warnings() + " " + res.timings());
        if (System.getProperty("scrm.debugModel") != null) {
            res.model().comparisons().forEach(c -> System.out.println(c));
        }
        return fig;
    }

    @Test
    @DisplayName("Febrl4 linkage (4a + 4b): F1 >= 0.999 at the label-free operating point")
    void febrl4() throws Exception {
        Evaluation.Figures f = run(List.of(new String[] {"/febrl/dataset4a.csv", "dataset4a.csv"},
                new String[] {"/febrl/dataset4b.csv", "dataset4b.csv"}), true, false, null);
        assertThat(f.f1()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    @DisplayName("Febrl dataset2 deduplication: F1 >= 0.995")
    void febrl2() throws Exception {
        Evaluation.Figures f = run(List.<String[]>of(new String[] {"/febrl/dataset2.csv", "dataset2.csv"}), false,
                false, null);
        assertThat(f.f1()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    @DisplayName("Febrl dsgen A-10000 deduplication: F1 >= 0.999")
    void dsgenA() throws Exception {
        Evaluation.Figures f = run(List.<String[]>of(new String[] {"/febrl-dsgen/dataset_A_10000.csv",
                "dataset_A_10000.csv"}), false, true, "AU");
        assertThat(f.f1()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    @DisplayName("Febrl dsgen D-10000 linkage: F1 >= 0.999")
    void dsgenD() throws Exception {
        Evaluation.Figures f = run(List.of(new String[] {"/febrl-dsgen/dataset_D_org_10000.csv",
                "dataset_D_org_10000.csv"}, new String[] {"/febrl-dsgen/dataset_D_dup_10000.csv",
                        "dataset_D_dup_10000.csv"}), true, true, "AU");
        assertThat(f.f1()).isGreaterThanOrEqualTo(0.999);
    }
}
