package dev.scrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.testkit.connector.BlueskySimulator;
import dev.scrm.testkit.connector.MastodonSimulator;
import dev.scrm.testkit.connector.SimWorld;
import dev.scrm.testkit.connector.SimulatedPlatform;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ListenCommandTest {

    private static final String TOKEN = "cli-t0ken-9a8b7c6d5e4f";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        CommandLine cl = ScrmCli.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ListenCommand listen = cl.getSubcommands().get("listen").getCommand();
        listen.env = env::get;
        return cl.execute(args);
    }

    private static List<String> ids(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(l -> {
            JsonNode n = JSON.readTree(l);
            return n.get("id").get("nativeId").asString();
        }).collect(Collectors.toList());
    }

    @Test
    void mastodon_hashtag_resumesWithStateWithoutGapsOrDuplicates(@TempDir Path dir) throws IOException {
        SimWorld world = SimWorld.generate(120, 3, Clock.systemUTC().instant());
        MastodonSimulator dialect = new MastodonSimulator("acme", TOKEN);
        try (SimulatedPlatform platform = SimulatedPlatform.start(dialect, world, Clock.systemUTC())) {
            Path outFile = dir.resolve("acme.jsonl");
            Path state = dir.resolve("state");
            String base = platform.baseUrl().toString();
            for (int expected : new int[] {50, 100, 120}) {
                int code = run(Map.of("MASTODON_TOKEN", TOKEN), "listen", "--platform", "mastodon", "--base-url", base,
                        "--hashtag", "#acme", "--token-env", "MASTODON_TOKEN", "--max", "50", "--state",
                        state.toString(), "--out", outFile.toString());
                assertThat(code).as(err.toString()).isZero();
                assertThat(ids(outFile)).hasSize(expected).doesNotHaveDuplicates();
            }
            Set<String> want = world.newestFirst().stream().map(dialect::nativeId).collect(Collectors.toSet());
            assertThat(new HashSet<>(ids(outFile))).isEqualTo(want);
            assertThat(Files.readString(outFile)).doesNotContain(TOKEN);
            assertThat(err.toString()).contains("listen: done").doesNotContain(TOKEN);
        }
    }

    @Test
    void resume_dropsATornLastLine(@TempDir Path dir) throws IOException {
        SimWorld world = SimWorld.generate(30, 5, Clock.systemUTC().instant());
        MastodonSimulator dialect = new MastodonSimulator("acme", TOKEN);
        try (SimulatedPlatform platform = SimulatedPlatform.start(dialect, world, Clock.systemUTC())) {
            Path outFile = dir.resolve("acme.jsonl");
            Path state = dir.resolve("state");
            String[] args = {"listen", "--platform", "mastodon", "--base-url", platform.baseUrl().toString(),
                "--hashtag", "acme", "--max", "10", "--state", state.toString(), "--out", outFile.toString()};
            assertThat(run(Map.of(), args)).isZero();
            Files.writeString(outFile, "{\"id\":{\"platform\":\"masto", java.nio.file.StandardOpenOption.APPEND);
            assertThat(run(Map.of(), args)).as(err.toString()).isZero();
            assertThat(ids(outFile)).hasSize(20).doesNotHaveDuplicates();
        }
    }

    @Test
    void bluesky_search_logsInWithTheCredentialFromTheEnvironment(@TempDir Path dir) throws IOException {
        SimWorld world = SimWorld.generate(80, 9, Clock.systemUTC().instant());
        BlueskySimulator dialect = new BlueskySimulator("acme", "brand.example", TOKEN, Duration.ofHours(2));
        try (SimulatedPlatform platform = SimulatedPlatform.start(dialect, world, Clock.systemUTC())) {
            Path outFile = dir.resolve("bsky.jsonl");
            int code = run(Map.of("BSKY", "brand.example:" + TOKEN), "listen", "--platform", "bluesky", "--base-url",
                    platform.baseUrl().toString(), "--query", "acme", "--token-env", "BSKY", "--max", "60", "--out",
                    outFile.toString());
            assertThat(code).as(err.toString()).isZero();
            assertThat(ids(outFile)).hasSize(60).doesNotHaveDuplicates().allMatch(id -> id.startsWith("at://"));
            assertThat(dialect.logins()).isEqualTo(1);
            assertThat(Files.readString(outFile)).doesNotContain(TOKEN);
        }
    }

    @Test
    void refusedToken_exitsWithFailureAndNoSecret(@TempDir Path dir) {
        SimWorld world = SimWorld.generate(10, 1, Clock.systemUTC().instant());
        try (SimulatedPlatform platform = SimulatedPlatform.start(new MastodonSimulator("acme", TOKEN), world,
                Clock.systemUTC())) {
            String wrong = "wrong-token-1234567890";
            int code = run(Map.of("T", wrong), "listen", "--platform", "mastodon", "--base-url",
                    platform.baseUrl().toString(), "--hashtag", "acme", "--token-env", "T", "--out",
                    dir.resolve("x.jsonl").toString());
            assertThat(code).isEqualTo(ScrmCli.EXIT_FAILURE);
            assertThat(err.toString()).contains("credentials refused").doesNotContain(wrong);
        }
    }

    @Test
    void badUsage_exitsWithUsageStatus(@TempDir Path dir) {
        String outFile = dir.resolve("x.jsonl").toString();
        assertThat(run(Map.of(), "listen", "--platform", "mastodon", "--base-url", "https://m.example",
                "--hashtag", "a", "--query", "b", "--out", outFile)).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(run(Map.of(), "listen", "--platform", "mastodon", "--base-url", "ftp://m.example",
                "--hashtag", "a", "--out", outFile)).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(run(Map.of(), "listen", "--platform", "myspace", "--base-url", "https://m.example",
                "--hashtag", "a", "--out", outFile)).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(run(Map.of(), "listen", "--platform", "mastodon", "--base-url", "https://m.example",
                "--hashtag", "a", "--token-env", "UNSET_VARIABLE", "--out", outFile)).isEqualTo(ScrmCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--base-url").contains("--platform").contains("UNSET_VARIABLE");
    }
}
