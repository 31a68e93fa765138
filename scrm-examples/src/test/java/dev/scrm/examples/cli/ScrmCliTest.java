package dev.scrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.ScrmVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScrmCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = ScrmCli.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void help_listsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: scrm", "demo", "help");
    }

    @Test
    void version_printsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(ScrmVersion.current()).isNotEqualTo("unknown").doesNotContain("${");
        assertThat(out.toString()).contains("scrm " + ScrmVersion.current());
    }

    @Test
    void unknownCommand_exitsWithUsageStatus() {
        assertThat(run("no-such-command")).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("no-such-command");
    }

    @Test
    void demo_acceptsAnOutputFolder_andKeepsItsHistoryThere(@TempDir Path dir) {
        assertThat(run("demo", "--persons", "100", "--out", dir.toString())).isZero();
        assertThat(out.toString()).contains(dir.resolve("report.html").toString(), "history: run 1, 0 interactions");
        assertThat(dir.resolve("scrm-demo-db")).isDirectory();
    }

    @Test
    void demo_live_acceptsOnlyMastodon_andNeedsAHashtag(@TempDir Path dir) {
        assertThat(run("demo", "--out", dir.toString(), "--live", "x", "--hashtag", "a")).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--live");
        assertThat(run("demo", "--out", dir.toString(), "--live", "mastodon")).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--hashtag");
        assertThat(run("demo", "--out", dir.toString(), "--hashtag", "a")).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(run("demo", "--out", dir.toString(), "--live", "mastodon", "--hashtag", "a", "--base-url",
                "ftp://example.org")).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--base-url");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }
}
