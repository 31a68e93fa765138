package dev.scrm.store.jdbc;

import static dev.scrm.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrm.store.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL-only SQL paths: dialect detection, the migrator's lock, the schema's indexes, checkpoints. */
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

    @Test
    void scriptsRunByTheHostsOwnTool_giveTheSameSchemaAsTheMigrator() throws Exception {
        try (TestDatabases.PostgresSchema byHost = TestDatabases.postgresSchema(TestDatabases.postgresUrl().orElseThrow());
                TestDatabases.PostgresSchema byScrm = TestDatabases.postgresSchema(TestDatabases.postgresUrl().orElseThrow())) {
            // what psql -f or a Flyway location does: each script as it is, in order
            try (Connection c = byHost.dataSource().getConnection(); Statement st = c.createStatement()) {
                for (String script : JdbcMigrations.scripts(JdbcDialect.POSTGRESQL)) {
                    st.execute(JdbcMigrations.scriptText(script));
                }
            }
            JdbcStore.builder(byScrm.dataSource()).clock(clock).build();
            assertThat(indexes(byHost)).isEqualTo(indexes(byScrm)).contains(
                    "scrm_audit_by_customer ON scrm_audit USING btree (customer_id, seq) WHERE (customer_id IS NOT NULL)");
        }
    }

    private static List<String> indexes(TestDatabases.PostgresSchema schema) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = schema.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = '" + schema.schema()
                        + "' AND tablename <> 'scrm_schema_history' ORDER BY indexname")) {
            while (rs.next()) {
                out.add(rs.getString(1).replace(schema.schema() + ".", "").replaceFirst("^CREATE (UNIQUE )?INDEX ", ""));
            }
        }
        return out;
    }
}
