package dev.scrm.testkit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.Connector;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.Puller;
import dev.scrm.connectors.mastodon.MastodonConnector;
import dev.scrm.core.Interaction;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Mastodon pull into the JDBC store, with its checkpoints in the same database, killed in the middle and
 * resumed by a new process (a new store over the same database): every post is stored exactly once, and the
 * resumed pull starts from the saved checkpoint instead of the first page.
 */
class JdbcCheckpointResumeTest {

    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");
    private static final String SECRET = "kit-s3cret-resume-1234";

    private ManualClock clock;
    private SimWorld world;
    private PlatformSimulator dialect;
    private SimulatedPlatform platform;

    @BeforeEach
    void startPlatform() {
        clock = ManualClock.at(START);
        world = SimWorld.generate(240, 42, START);
        dialect = new MastodonSimulator("acme", SECRET);
        platform = SimulatedPlatform.start(dialect, world, clock);
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void h2File_pullKilledMidway_resumesFromTheStoredCheckpoint(@TempDir Path dir) {
        killAndResume(() -> JdbcStore.h2File(dir.resolve("crm")));
    }

    @Test
    void postgres_pullKilledMidway_resumesFromTheStoredCheckpoint() {
        assumeTrue(TestPostgres.url().isPresent(), TestPostgres.NO_POSTGRES);
        try (TestPostgres schema = TestPostgres.create()) {
            killAndResume(schema::dataSource);
        }
    }

    private void killAndResume(Supplier<DataSource> database) {
        Set<String> expected = world.newestFirst().stream().map(dialect::nativeId)
                .collect(Collectors.toCollection(TreeSet::new));
        int[] pages = {0};
        int[] storedBeforeKill = {0};
        JdbcStore first = JdbcStore.builder(database.get()).clock(clock).build();
        try (Connector connector = connector()) {
            assertThrows(IllegalStateException.class, () -> Puller.of(connector, first.checkpoints())
                    .pull(dialect.query(), Integer.MAX_VALUE, page -> {
                        if (++pages[0] == 3) {
                            throw new IllegalStateException("process killed while handling page 3");
                        }
                        storedBeforeKill[0] += first.appendAll(page.interactions(), "connector:mastodon");
                    }));
        }
        assertTrue(storedBeforeKill[0] > 0 && storedBeforeKill[0] < expected.size(), "killed in the middle");
        CheckpointKey key = CheckpointKey.of(connector().manifest().id(), dialect.query());
        assertTrue(first.checkpoints().load(key).isPresent(), "the checkpoint of page 2 was saved");

        // a new process: a new store over the same database, resuming from the checkpoint it holds
        JdbcStore second = JdbcStore.builder(database.get()).clock(clock).build();
        int[] storedAfter = {0};
        int[] delivered = {0};
        try (Connector connector = connector()) {
            Puller.PullResult result = Puller.of(connector, second.checkpoints()).pull(dialect.query(),
                    Integer.MAX_VALUE, page -> {
                        delivered[0] += page.interactions().size();
                        storedAfter[0] += second.appendAll(page.interactions(), "connector:mastodon");
                    });
            assertTrue(result.exhausted());
        }
        assertEquals(expected.size() - storedBeforeKill[0], storedAfter[0], "only what was missing is stored");
        assertTrue(delivered[0] < expected.size(), "the resumed pull did not start again from the first page");
        try (Stream<Interaction> all = second.stream(InteractionQuery.builder().build())) {
            Set<String> stored = all.map(i -> i.id().nativeId()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, stored);
        }
        assertEquals(expected.size(), second.interactionCount());
        assertEquals(expected.size(), second.audit().lastSequence(), "one audit event per stored post");
    }

    private Connector connector() {
        return MastodonConnector.builder()
                .baseUrl(platform.baseUrl())
                .token(Secret.of(SECRET))
                .settings(HttpSettings.builder().clock(clock).sleeper(new VirtualSleeper(clock))
                        .readTimeout(Duration.ofSeconds(1)).seed(7).build())
                .build();
    }
}
