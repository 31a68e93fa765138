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
    void demo_acceptsAnOutputFolder(@TempDir Path dir) {
        assertThat(run("demo", "--out", dir.toString())).isZero();
        assertThat(out.toString()).contains(dir.resolve("report.html").toString());
    }
}
