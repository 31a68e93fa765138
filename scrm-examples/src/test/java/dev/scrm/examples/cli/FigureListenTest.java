package dev.scrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.testkit.connector.MatomoSimulator;
import dev.scrm.testkit.connector.SimFigures;
import dev.scrm.testkit.connector.SimWorld;
import dev.scrm.testkit.connector.SimulatedPlatform;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FigureListenTest {

    private static final String TOKEN = "cli-matomo-t0ken-1a2b3c4d";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        CommandLine cl = ScrmCli.newCommandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        ListenCommand listen = cl.getSubcommands().get("listen").getCommand();
        listen.env = env::get;
        return cl.execute(args);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> (JsonNode) JSON.readTree(l)).toList();
    }

    @Test
    void matomo_site_writesOneLinePerDayAndMetric_andResumes(@TempDir Path dir) throws IOException {
        Clock clock = Clock.systemUTC();
        SimFigures truth = new SimFigures(5, ZoneOffset.UTC);
        try (SimulatedPlatform platform = SimulatedPlatform.start(new MatomoSimulator("4", TOKEN, truth),
                SimWorld.generate(1, 1, clock.instant()), clock)) {
            LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            Path out = dir.resolve("visits.jsonl");
            String[] args = {"listen", "--platform", "matomo", "--base-url", platform.baseUrl().toString(),
                "--site", "4", "--from", today.minusDays(9).toString(), "--metrics", "visits,returning_visits",
                "--token-env", "MATOMO_TOKEN", "--state", dir.resolve("state").toString(), "--out", out.toString()};
            assertThat(run(Map.of("MATOMO_TOKEN", TOKEN), args)).as(err.toString()).isZero();
            List<JsonNode> first = lines(out);
            assertThat(first).hasSize(2 * 10);
            assertThat(Files.readString(out)).doesNotContain(TOKEN);
            assertThat(run(Map.of("MATOMO_TOKEN", TOKEN), args)).as(err.toString()).isZero();
            Map<String, Double> latest = new HashMap<>();
            for (JsonNode n : lines(out)) {
                latest.put(n.get("metric").asString() + "@" + n.get("start").asString(), n.get("value").asDouble());
            }
            assertThat(latest).hasSize(20);
            LocalDate closedDay = today.minusDays(3);
            assertThat(latest.get("visits@" + closedDay)).isEqualTo(
                    (double) truth.at(closedDay, clock.instant()).get(dev.scrm.connector.FigureMetric.VISITS));
            assertThat(lines(out).size()).as("a resumed run re-reads only the trailing days").isLessThan(2 * 10 + 10);
            assertThat(err.toString()).contains("listen: done").doesNotContain(TOKEN);
        }
    }

    @Test
    void trends_term_readsCsvExports(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("multiTimeline.csv");
        Files.writeString(csv, "Category: All categories\n\nWeek,acme: (Worldwide),globex: (Worldwide)\n"
                + "2026-10-04,40,<1\n2026-10-11,100,3\n");
        Path out = dir.resolve("trend.jsonl");
        assertThat(run(Map.of(), "listen", "--platform", "trends", "--term", "acme", "--path", csv.toString(),
                "--from", "2026-10-01", "--out", out.toString())).as(err.toString()).isZero();
        List<JsonNode> lines = lines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).get("value").asDouble()).isEqualTo(100);
        assertThat(lines.get(0).get("scope").asString()).startsWith("google-trends:multiTimeline.csv#");
    }

    @Test
    void badInput_exitsTwoWithAMessage(@TempDir Path dir) {
        Path out = dir.resolve("x.jsonl");
        assertThat(run(Map.of(), "listen", "--platform", "trends", "--term", "acme", "--out", out.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--path");
        assertThat(run(Map.of(), "listen", "--platform", "matomo", "--base-url", "http://127.0.0.1:1", "--site", "1",
                "--from", "2026-13-01", "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--from");
    }
}
