package dev.scrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ResolveCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cl = ScrmCli.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private String[] resolveArgs(Path in, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("resolve", "--input", in.toString(), "--id-column", "id",
                "--field", "given=given_name", "--field", "family=family_name", "--field", "dob=date",
                "--out", dir.resolve("clusters.csv").toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void missingColumn_exit2WithFileAndLine() throws Exception {
        Path in = write("people.csv", "id,given,dob\n1,anna,19800101\n");
        assertThat(run(resolveArgs(in))).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("people.csv:1", "family", "no such column");
    }

    @Test
    void raggedRow_exit2WithFileAndLine() throws Exception {
        Path in = write("people.csv", "id,given,family,dob\n1,anna,adler,19800101\n2,ben,becker\n");
        assertThat(run(resolveArgs(in))).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("people.csv:3", "3 fields", "header has 4");
    }

    @Test
    void badEncoding_exit2WithFileAndLine() throws Exception {
        Path in = dir.resolve("latin1.csv");
        byte[] head = "id,given,family,dob\n1,anna,adler,19800101\n2,".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {(byte) 0xE9, 'l', 'e', 'n', 'a'};
        byte[] tail = ",becker,19810101\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Files.write(in, all);
        assertThat(run(resolveArgs(in))).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("latin1.csv:3", "UTF-8");
    }

    @Test
    void unclosedQuote_andDuplicateIds_exit2() throws Exception {
        Path q = write("q.csv", "id,given,family,dob\n1,\"anna,adler,19800101\n");
        assertThat(run(resolveArgs(q))).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("q.csv:2", "quoted");
        Path d = write("d.csv", "id,given,family,dob\n1,anna,adler,19800101\n1,ben,becker,19810101\n");
        assertThat(run(resolveArgs(d))).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("d.csv:3", "twice");
    }

    @Test
    void badKind_exit2() throws Exception {
        Path in = write("p.csv", "id,given,family,dob\n1,anna,adler,19800101\n");
        assertThat(run("resolve", "--input", in.toString(), "--id-column", "id", "--field", "given=nickname",
                "--out", dir.resolve("c.csv").toString())).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("nickname");
    }

    @Test
    void dedupe_writesEveryRecordOnce_linksAndExplains() throws Exception {
        StringBuilder csv = new StringBuilder("id,given,family,dob\r\n");
        String[] g = {"anna", "ben", "carla", "dieter", "eva", "felix", "greta", "hans", "ida", "jonas"};
        String[] f = {"adler", "becker", "conrad", "dorn", "ebert", "fink", "graf", "hahn", "imhof", "jung", "keller"};
        int id = 0;
        for (int i = 0; i < 300; i++) {
            csv.append(++id).append(',').append(g[i % g.length]).append(',').append(f[(i / 10) % f.length]).append(i)
                    .append(',').append(String.format("19%02d%02d%02d", 40 + i % 50, 1 + i % 12, 1 + i % 28)).append("\r\n");
        }
        csv.append("dup1, anna ,\"adler0\",19400101\r\n");
        Path in = write("people.csv", csv.toString());
        Path links = dir.resolve("links.csv");
        assertThat(run(resolveArgs(in, "--links", links.toString(), "--explain", "dup1"))).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("clusters.csv"));
        assertThat(rows.get(0)).isEqualTo("source,record_id,cluster_id");
        assertThat(rows).hasSize(302);
        Set<String> ids = new HashSet<>();
        String c1 = null;
        String cd = null;
        for (String r : rows.subList(1, rows.size())) {
            String[] p = r.split(",");
            assertThat(p[0]).isEqualTo("people.csv");
            assertThat(ids.add(p[1])).isTrue();
            if (p[1].equals("1")) {
                c1 = p[2];
            }
            if (p[1].equals("dup1")) {
                cd = p[2];
            }
        }
        assertThat(cd).isEqualTo(c1);
        assertThat(Files.readAllLines(links).get(0))
                .isEqualTo("left_source,left_id,right_source,right_id,probability,match_weight");
        assertThat(out.toString()).contains("record people.csv:dup1", "given", "family", "dob", "total weight");
        assertThat(err.toString()).contains("records 301", "candidate pairs", "clusters", "time");
    }

    @Test
    void generateIdentities_writesGroundTruth() throws Exception {
        Path f = dir.resolve("ids.csv");
        assertThat(run("generate", "identities", "--persons", "50", "--seed", "3", "--out", f.toString())).isZero();
        List<String> rows = Files.readAllLines(f);
        assertThat(rows.get(0)).startsWith("record_id,person_id,platform,handle");
        assertThat(rows.size()).isGreaterThan(51);
        assertThat(run("generate", "identities", "--persons", "0", "--out", f.toString())).isEqualTo(ScrmCli.EXIT_USAGE);
    }
}
