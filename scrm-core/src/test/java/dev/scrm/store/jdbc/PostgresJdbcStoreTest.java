package dev.scrm.store.jdbc;

import static dev.scrm.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrm.store.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL-only SQL paths: dialect detection, the migrator's lock and the checkpoint upsert. */
class PostgresJdbcStoreTest {

    private final TestClock clock = new TestClock(T0, Duration.ofMillis(1));

    @BeforeEach
    void requireServer() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), TestDatabases.NO_POSTGRES);
    }

    @Test
    void build_detectsPostgres_migratesOnce_andUpsertsCheckpoints() {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema(TestDatabases.postgresUrl().orElseThrow())) {
            JdbcStore store = JdbcStore.builder(schema.dataSource()).clock(clock).build();
            assertThat(store.dialect()).isEqualTo(JdbcDialect.POSTGRESQL);
            assertThat(JdbcMigrations.migrate(schema.dataSource(), JdbcDialect.POSTGRESQL, clock)).isZero();
            store.checkpoints().save("default.mastodon.q", "a");
            store.checkpoints().save("default.mastodon.q", "b");
            assertThat(store.checkpoints().load("default.mastodon.q")).contains("b");
            assertThat(store.checkpoints().delete("default.mastodon.q")).isTrue();
        }
    }
}
