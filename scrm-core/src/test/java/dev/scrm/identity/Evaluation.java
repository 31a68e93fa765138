package dev.scrm.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Test helper: loads Febrl-style CSV and measures a resolution against ground truth. */
final class Evaluation {

    /** Pairwise and blocking figures. */
    record Figures(long truePairs, long candidates, double reductionRatio, double ceiling, long tp, long fp, long fn,
            double precision, double recall, double f1, double clusteredPrecision, double clusteredRecall,
            double clusteredF1, int largestCluster) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "true=%d cand=%d RR=%.5f ceiling=%.4f | TP=%d FP=%d FN=%d P=%.4f R=%.4f F1=%.4f"
                            + " | clustered P=%.4f R=%.4f F1=%.4f largest=%d",
                    truePairs, candidates, reductionRatio, ceiling, tp, fp, fn, precision, recall, f1,
                    clusteredPrecision, clusteredRecall, clusteredF1, largestCluster);
        }
    }

    private Evaluation() {
    }

    static List<IdentityRecord> load(String resource, String source, Map<String, String> columns,
            Map<RecordRef, String> truth, Function<String, String> entityOf) throws IOException {
        List<IdentityRecord> out = new ArrayList<>();
        try (InputStream in = Evaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = r.readLine().split(",", -1);
            for (int i = 0; i < header.length; i++) {
                header[i] = header[i].strip();
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                Map<String, String> v = new HashMap<>();
                String id = f[0].strip();
                for (int i = 1; i < header.length && i < f.length; i++) {
                    String s = f[i].strip();
                    if (!s.isEmpty() && columns.containsKey(header[i])) {
                        v.put(header[i], s);
                    }
                }
                RecordRef ref = RecordRef.of(source, id);
                truth.put(ref, entityOf.apply(id));
                out.add(IdentityRecord.of(ref, v));
            }
        }
        return out;
    }

    static IdentitySchema schema(Map<String, String> columns) {
        List<FieldSpec> f = new ArrayList<>();
        columns.forEach((c, k) -> f.add(FieldSpec.of(c, FieldKind.of(k))));
        return new IdentitySchema(f);
    }

    static Map<String, String> febrlColumns(boolean phone) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("given_name", "given_name");
        m.put("surname", "family_name");
        m.put("street_number", "street_number");
        m.put("address_1", "address");
        m.put("address_2", "address");
        m.put("suburb", "locality");
        m.put("postcode", "postcode");
        m.put("state", "region");
        m.put("date_of_birth", "date");
        m.put("soc_sec_id", "identifier");
        if (phone) {
            m.put("phone_number", "phone");
        }
        return m;
    }

    static String febrlEntity(String id) {
        String[] p = id.split("-");
        return p[1];
    }

    static String dsgenEntity(String id) {
        return Long.toString(Long.parseLong(id) / 10);
    }

    static Figures measure(Resolution res, Map<RecordRef, String> truth, boolean linkOnly) {
        // true pairs
        Map<String, List<RecordRef>> byEntity = new HashMap<>();
        for (int i = 0; i < res.recordCount(); i++) {
            byEntity.computeIfAbsent(truth.get(res.record(i)), k -> new ArrayList<>()).add(res.record(i));
        }
        long truePairs = 0;
        for (List<RecordRef> g : byEntity.values()) {
            for (int a = 0; a < g.size(); a++) {
                for (int b = a + 1; b < g.size(); b++) {
                    if (!linkOnly || !g.get(a).source().equals(g.get(b).source())) {
                        truePairs++;
                    }
                }
            }
        }
        long[] c = new long[4]; // trueCandidates, tp, fp
        res.forEachPair(p -> {
            boolean match = truth.get(p.left()).equals(truth.get(p.right()));
            if (match) {
                c[0]++;
            }
            if (p.linked()) {
                if (match) {
                    c[1]++;
                } else {
                    c[2]++;
                }
            }
        });
        long tp = c[1];
        long fp = c[2];
        long fn = truePairs - tp;
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = truePairs == 0 ? 1 : (double) tp / truePairs;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        // clustered
        Map<Integer, List<RecordRef>> clusters = new HashMap<>();
        for (int i = 0; i < res.recordCount(); i++) {
            clusters.computeIfAbsent(res.clusterOf(i), k -> new ArrayList<>()).add(res.record(i));
        }
        long ctp = 0;
        long cfp = 0;
        int largest = 0;
        for (List<RecordRef> g : clusters.values()) {
            largest = Math.max(largest, g.size());
            for (int a = 0; a < g.size(); a++) {
                for (int b = a + 1; b < g.size(); b++) {
                    if (linkOnly && g.get(a).source().equals(g.get(b).source())) {
                        continue;
                    }
                    if (truth.get(g.get(a)).equals(truth.get(g.get(b)))) {
                        ctp++;
                    } else {
                        cfp++;
                    }
                }
            }
        }
        double cp = ctp + cfp == 0 ? 1 : (double) ctp / (ctp + cfp);
        double cr = truePairs == 0 ? 1 : (double) ctp / truePairs;
        double cf = cp + cr == 0 ? 0 : 2 * cp * cr / (cp + cr);
        return new Figures(truePairs, res.candidateCount(), res.blocking().reductionRatio(),
                BlockingReport.pairsCompleteness(c[0], truePairs), tp, fp, fn, p, r, f1, cp, cr, cf, largest);
    }

    static Set<String> sources(List<IdentityRecord> rs) {
        Set<String> s = new HashSet<>();
        rs.forEach(r -> s.add(r.ref().source()));
        return s;
    }
}
