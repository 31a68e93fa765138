package dev.scrm.examples.cli;

import dev.scrm.core.ValidationException;
import dev.scrm.identity.FieldKind;
import dev.scrm.identity.FieldSpec;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentityResolver;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.LinkMode;
import dev.scrm.identity.LinkPolicy;
import dev.scrm.identity.MatchExplanation;
import dev.scrm.identity.RecordRef;
import dev.scrm.identity.Resolution;
import dev.scrm.identity.ResolverConfig;
import dev.scrm.identity.ScoredPair;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrm resolve}: deduplicates one CSV file or links two, writing every record's cluster and optionally the
 * scored pairs; {@code --explain ID} prints why a record was linked.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Deduplicate one CSV file or link two into clusters of the same person.")
final class ResolveCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "CSV file with a header row; give two to link them.")
    List<Path> inputs;

    @Option(names = "--id-column", required = true, paramLabel = "C",
            description = "Column holding each record's id (name, or 1-based number).")
    String idColumn;

    @Option(names = "--field", required = true, paramLabel = "COL=KIND",
            description = "A column to compare and its kind: given_name, family_name, full_name, email, phone, handle,"
                    + " url, date, postcode, street_number, address, locality, region, identifier, text, exact.")
    List<String> fields;

    @Option(names = "--one-to-one", description = "When linking two files, link each record to at most one.")
    boolean oneToOne;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write source,record_id,cluster_id.")
    Path out;

    @Option(names = "--links", paramLabel = "FILE",
            description = "Also write the scored pairs: left_source,left_id,right_source,right_id,probability,match_weight.")
    Path links;

    @Option(names = "--explain", paramLabel = "ID", description = "Print the explanation of this record's links.")
    String explain;

    @Option(names = "--default-region", paramLabel = "CC",
            description = "ISO region for phone numbers written without a country code (default: only +numbers).")
    String region;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.99",
            description = "Posterior at which a pair links automatically (default: ${DEFAULT-VALUE}).")
    double threshold;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        if (inputs.size() > 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one --input to deduplicate or two to link");
        }
        if (inputs.size() == 2 && inputs.get(0).getFileName().equals(inputs.get(1).getFileName())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the two inputs must have different file names");
        }
        List<FieldSpec> specs = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String f : fields) {
            int eq = f.lastIndexOf('=');
            if (eq <= 0 || eq == f.length() - 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--field must be COL=KIND, was '" + f + "'");
            }
            String col = f.substring(0, eq).strip();
            FieldKind kind;
            try {
                kind = FieldKind.of(f.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            String name = col.replaceAll("\\s+", "_");
            if (!names.add(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "column '" + col + "' is given twice");
            }
            specs.add(FieldSpec.of(name, kind));
            columns.add(col);
        }
        if (specs.size() > IdentitySchema.MAX_FIELDS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "at most " + IdentitySchema.MAX_FIELDS
                    + " --field options");
        }
        IdentitySchema schema = new IdentitySchema(specs);
        RowList records = new RowList(specs);
        for (Path in : inputs) {
            readInput(in, columns, specs, records, err);
        }
        err.printf(Locale.ROOT, "read %,d records from %d file(s)%n", records.size(), inputs.size());
        err.flush();
        ResolverConfig config;
        try {
            config = ResolverConfig.builder().mode(inputs.size() == 2 ? LinkMode.LINK_ONLY : LinkMode.DEDUPE)
                    .oneToOne(oneToOne && inputs.size() == 2).defaultRegion(region).autoLinkThreshold(threshold)
                    .reviewThreshold(Math.min(ResolverConfig.DEFAULT_REVIEW, threshold))
                    // the caller holds these files and asked to match them: no platform consent gate applies
                    .linkPolicy(LinkPolicy.permissive())
                    .build();
        } catch (ValidationException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.problem());
        }
        Resolution res = IdentityResolver.create(schema, config).resolve(records, (stage, done) -> {
            if (done < 1) {
                err.printf(Locale.ROOT, "  %s ... (%.1f s)%n", stage, (System.nanoTime() - t0) / 1e9);
                err.flush();
            }
        });
        writeClusters(res);
        if (links != null) {
            writeLinks(res);
        }
        long[] counts = new long[2];
        res.decisionCounts().forEach((d, c) -> {
            if (d.links()) {
                counts[0] += c;
            } else if (d != ScoredPair.Decision.NO_LINK) {
                counts[1] += c;
            }
        });
        if (explain != null) {
            explain(res);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "records %,d | candidate pairs %,d | links %,d | review %,d | clusters %,d | time %.1f s%n",
                res.recordCount(), res.candidateCount(), counts[0], counts[1], res.clusterCount(), secs);
        err.printf(Locale.ROOT, "blocking: reduction ratio %.6f, largest block %,d, capped %,d, dropped %,d%n",
                res.blocking().reductionRatio(), res.blocking().largestBlock(), res.blocking().cappedBlocks(),
                res.blocking().droppedBlocks());
        err.printf(Locale.ROOT, "model: %s, prior %.3g, EM iterations %d%s%n", res.model().version(),
                res.model().lambda(), res.model().iterations(),
                res.model().warnings().isEmpty() ? "" : ", warnings: " + res.model().warnings());
        err.printf(Locale.ROOT, "stages: %s%n", res.timings());
        err.flush();
        return 0;
    }

    /** The input rows kept compactly; each record is built when the resolver reads it. */
    private static final class RowList extends java.util.AbstractList<IdentityRecord>
            implements java.util.RandomAccess {
        private final List<FieldSpec> specs;
        private final List<String> sources = new ArrayList<>();
        private final List<Integer> sourceOf = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final List<String[]> values = new ArrayList<>();

        RowList(List<FieldSpec> specs) {
            this.specs = specs;
        }

        void add(String source, String id, String[] vals) {
            if (sources.isEmpty() || !sources.get(sources.size() - 1).equals(source)) {
                sources.add(source);
            }
            sourceOf.add(sources.size() - 1);
            ids.add(id);
            values.add(vals);
        }

        @Override
        public IdentityRecord get(int index) {
            String[] v = values.get(index);
            Map<String, String> m = new HashMap<>();
            for (int k = 0; k < v.length; k++) {
                if (v[k] != null) {
                    m.put(specs.get(k).name(), v[k]);
                }
            }
            return IdentityRecord.of(RecordRef.of(sources.get(sourceOf.get(index)), ids.get(index)), m);
        }

        @Override
        public int size() {
            return ids.size();
        }
    }

    private void readInput(Path in, List<String> columns, List<FieldSpec> specs, RowList records, PrintWriter err) {
        String name = in.getFileName().toString();
        if (!Files.isRegularFile(in)) {
            throw ValidationException.at(name, 0, null, "input file does not exist or is not a file", null);
        }
        List<String> header = CsvTable.header(in);
        int idIdx = column(header, idColumn, name);
        int[] idx = new int[columns.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = column(header, columns.get(k), name);
        }
        Set<String> seen = new HashSet<>();
        CsvTable.rows(in, (line, row) -> {
            String id = row.get(idIdx);
            if (id.isEmpty()) {
                throw ValidationException.at(name, line, header.get(idIdx), "the record id is empty", null);
            }
            if (!seen.add(id)) {
                throw ValidationException.at(name, line, header.get(idIdx), "the record id appears twice", null);
            }
            String[] values = new String[idx.length];
            for (int k = 0; k < idx.length; k++) {
                String v = row.get(idx[k]);
                values[k] = v.isEmpty() ? null : v;
            }
            records.add(name, id, values);
            if (records.size() % 250_000 == 0) {
                err.printf(Locale.ROOT, "  read %,d records%n", records.size());
                err.flush();
            }
        });
    }

    private static int column(List<String> header, String col, String file) {
        int i = header.indexOf(col);
        if (i >= 0) {
            return i;
        }
        if (col.matches("\\d+")) {
            int n = Integer.parseInt(col);
            if (n >= 1 && n <= header.size()) {
                return n - 1;
            }
        }
        throw ValidationException.at(file, 1, col, "the header has no such column", null);
    }

    private void writeClusters(Resolution res) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("source,record_id,cluster_id\n");
            for (int i = 0; i < res.recordCount(); i++) {
                RecordRef r = res.record(i);
                w.write(csv(r.source()));
                w.write(',');
                w.write(csv(r.id()));
                w.write(",c");
                w.write(Integer.toString(res.clusterOf(i)));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.getFileName(), e);
        }
    }

    private void writeLinks(Resolution res) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(links, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("left_source,left_id,right_source,right_id,probability,match_weight\n");
            res.forEachPair(p -> {
                try {
                    w.write(csv(p.left().source()) + "," + csv(p.left().id()) + "," + csv(p.right().source()) + ","
                            + csv(p.right().id()) + "," + String.format(Locale.ROOT, "%.6f", p.probability()) + ","
                            + (Double.isInfinite(p.matchWeight()) ? "inf"
                                    : String.format(Locale.ROOT, "%.4f", p.matchWeight())) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + links.getFileName(), e);
        }
    }

    private void explain(Resolution res) {
        PrintWriter o = spec.commandLine().getOut();
        List<RecordRef> refs = new ArrayList<>();
        for (Path in : inputs) {
            RecordRef r = RecordRef.of(in.getFileName().toString(), explain);
            if (res.clusterOf(r).isPresent()) {
                refs.add(r);
            }
        }
        if (refs.isEmpty()) {
            throw ValidationException.ofField("--explain", "no input has a record with this id");
        }
        Map<Integer, List<RecordRef>> byCluster = new HashMap<>();
        for (RecordRef r : refs) {
            o.printf(Locale.ROOT, "record %s:%s is in cluster c%d%n", r.source(), r.id(), res.clusterOf(r).orElseThrow());
            List<MatchExplanation> ex = res.explain(r);
            if (ex.isEmpty()) {
                o.println("  no links or suggestions: it is its own cluster");
            }
            for (MatchExplanation m : ex) {
                RecordRef other = m.left().equals(r) ? m.right() : m.left();
                o.printf(Locale.ROOT, "%nwith %s:%s%n", other.source(), other.id());
                o.print(m.render());
            }
            byCluster.computeIfAbsent(res.clusterOf(r).orElseThrow(), k -> new ArrayList<>()).add(r);
        }
        o.flush();
    }

    private static String csv(String v) {
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
