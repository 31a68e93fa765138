package dev.scrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SentimentCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = ScrmCli.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void sentiment_tabInputWithIds_writesScores() throws IOException {
        Path in = write("tweets.txt", "1\t2.7\tVADER is smart, handsome, and funny.\r\n"
                + "2\t-1.0\tToday SUX!\r\n\r\n3\t0\tThe sky is blue\u2028today\r\n");
        Path tsv = dir.resolve("out.tsv");
        assertThat(run("sentiment", "--input", in.toString(), "--text-column", "3", "--id-column", "1",
                "--out", tsv.toString())).isZero();
        assertThat(Files.readAllLines(tsv)).containsExactly(
                "id\tcompound\tpos\tneu\tneg",
                "1\t0.8316\t0.746\t0.254\t0.0",
                "2\t-0.5461\t0.0\t0.221\t0.779",
                "3\t0.0\t0.0\t1.0\t0.0");
        assertThat(err.toString()).contains("scored 3 lines");
    }

    @Test
    void sentiment_withoutIdColumn_usesLineNumbers_andCustomDelimiter() throws IOException {
        Path in = write("c.csv", "good,x\n\nbad,y\n");
        Path tsv = dir.resolve("out.tsv");
        assertThat(run("sentiment", "--input", in.toString(), "--text-column", "1", "--delimiter", ",",
                "--out", tsv.toString())).isZero();
        List<String> lines = Files.readAllLines(tsv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1\t0.4404\t");
        assertThat(lines.get(2)).startsWith("3\t-0.5423\t");
    }

    @Test
    void sentiment_missingColumn_exits2NamingFileLineAndColumn() throws IOException {
        Path in = write("bad.tsv", "1\tfine text\n2\n");
        assertThat(run("sentiment", "--input", in.toString(), "--text-column", "2", "--out",
                dir.resolve("o.tsv").toString())).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("bad.tsv:2", "column 2").doesNotContain("fine text");
    }

    @Test
    void sentiment_invalidUtf8_exits2NamingTheLine() throws IOException {
        Path in = dir.resolve("latin1.txt");
        Files.write(in, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertThat(run("sentiment", "--input", in.toString(), "--text-column", "1", "--out",
                dir.resolve("o.tsv").toString())).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("latin1.txt:2", "UTF-8");
    }

    @Test
    void sentiment_badUsage_exits2() {
        assertThat(run("sentiment", "--input", dir.resolve("missing.txt").toString(), "--text-column", "1",
                "--out", dir.resolve("o.tsv").toString())).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("missing.txt", "file not found");
        assertThat(run("sentiment", "--input", "x", "--text-column", "0", "--out", "y")).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(run("sentiment", "--input", "x", "--text-column", "1", "--delimiter", "ab", "--out", "y"))
                .isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(run("sentiment", "--text-column", "1", "--out", "y")).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(run("sentiment", "--input", dir.toString(), "--text-column", "1", "--out",
                dir.resolve("no-such-folder/o.tsv").toString())).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void format_printsLikeTheReference() {
        assertThat(SentimentCommand.format(0.0)).isEqualTo("0.0");
        assertThat(SentimentCommand.format(-0.0)).isEqualTo("0.0");
        assertThat(SentimentCommand.format(1.0)).isEqualTo("1.0");
        assertThat(SentimentCommand.format(0.0001)).isEqualTo("0.0001");
        assertThat(SentimentCommand.format(-0.9571)).isEqualTo("-0.9571");
    }
}
