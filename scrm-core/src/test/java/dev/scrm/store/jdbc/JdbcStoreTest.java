package dev.scrm.store.jdbc;

import static dev.scrm.store.Fixtures.T0;
import static dev.scrm.store.Fixtures.customer;
import static dev.scrm.store.Fixtures.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.StoreException;
import dev.scrm.store.TestClock;
import dev.scrm.store.jdbc.internal.DriverDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the JDBC store has: schema scripts and migrator, checkpoints, files, cursors and failures. */
class JdbcStoreTest {

    private final TestClock clock = new TestClock(T0, Duration.ofMillis(1));

    @Test
    void build_appliesTheSchemaOnce_andDetectsTheDialect() {
        try (HikariDataSource ds = TestDatabases.h2Memory()) {
            assertThat(JdbcMigrations.migrate(ds, JdbcDialect.H2, clock)).isEqualTo(4);
            JdbcStore store = JdbcStore.builder(ds).clock(clock).build();
            assertThat(store.dialect()).isEqualTo(JdbcDialect.H2);
            assertThat(JdbcDialect.detect(ds)).isEqualTo(JdbcDialect.H2);
            assertThat(JdbcMigrations.migrate(ds, JdbcDialect.H2, clock)).isZero();
        }
    }

    @Test
    void migrate_refusesAScriptChangedAfterItWasApplied() throws Exception {
        try (HikariDataSource ds = TestDatabases.h2Memory()) {
            JdbcMigrations.migrate(ds, JdbcDialect.H2, clock);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("UPDATE scrm_schema_history SET checksum = '00000000' WHERE version = 1");
            }
            assertThatThrownBy(() -> JdbcMigrations.migrate(ds, JdbcDialect.H2, clock))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("V1__scrm_store.sql was changed after it was applied");
        }
    }

    @Test
    void rowsWrittenBeforeVersion3_keepTheirRawPayloadInTheBody_andReadBackWhole() throws Exception {
        Interaction old = interaction("mastodon", "v2-row", null, InteractionKind.MENTION, T0);
        assertThat(old.raw()).isNotNull();
        try (HikariDataSource ds = TestDatabases.h2Memory()) {
            JdbcStore store = JdbcStore.builder(ds).clock(clock).build();
            try (Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO scrm_interaction (platform, native_id, occurred_s, occurred_n, kind, body)"
                            + " VALUES ('mastodon', 'v2-row', ?, 0, 'MENTION', ?)")) {
                ps.setLong(1, T0.getEpochSecond());
                ps.setString(2, dev.scrm.core.ScrmJson.mapper().writeValueAsString(old));
                ps.executeUpdate();
            }
            Interaction fresh = interaction("mastodon", "v3-row", null, InteractionKind.MENTION, T0);
            store.append(fresh, "c");

            assertThat(store.find(old.id())).contains(old);
            assertThat(store.query(InteractionQuery.builder().build())).containsExactly(old, fresh);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                    java.sql.ResultSet rs = st.executeQuery(
                            "SELECT body, raw_body FROM scrm_interaction WHERE native_id = 'v3-row'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).doesNotContain("\"raw\"");
                assertThat(rs.getString(2)).isEqualTo(fresh.raw().body());
            }
        }
    }

    @Test
    void scripts_canBeAppliedByTheHostsOwnTool_thenTheStoreRunsWithoutMigrating() throws Exception {
        assertThat(JdbcMigrations.scripts(JdbcDialect.POSTGRESQL))
                .containsExactly("dev/scrm/store/jdbc/migration/postgresql/V1__scrm_store.sql",
                        "dev/scrm/store/jdbc/migration/postgresql/V2__ingest_storage.sql",
                        "dev/scrm/store/jdbc/migration/postgresql/V3__raw_payload_column.sql",
                        "dev/scrm/store/jdbc/migration/postgresql/V4__hashed_lookup_keys.sql");
        assertThatThrownBy(() -> JdbcMigrations.scriptText("dev/scrm/other.sql"))
                .isInstanceOf(IllegalArgumentException.class);
        try (HikariDataSource ds = TestDatabases.h2Memory()) {
            // what a host's tool does: run each script as it is
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                for (String script : JdbcMigrations.scripts(JdbcDialect.H2)) {
                    st.execute(JdbcMigrations.scriptText(script));
                }
            }
            JdbcStore store = JdbcStore.builder(ds).clock(clock).migrate(false).dialect(JdbcDialect.H2).build();
            store.create(customer("c-host"), "agent:1");
            assertThat(store.find(CustomerId.of("c-host"))).isPresent();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                assertThat(st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME ="
                        + " 'SCRM_SCHEMA_HISTORY'").next()).isTrue();
            }
        }
    }

    @Test
    void missingSchema_failsWithATypedErrorNamingOperationAndState_notData() {
        try (HikariDataSource ds = TestDatabases.h2Memory()) {
            JdbcStore store = JdbcStore.builder(ds).clock(clock).migrate(false).build();
            assertThatThrownBy(() -> store.find(CustomerId.of("c-secret-name")))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.operation()).isEqualTo("find");
                        assertThat(e.sqlState()).startsWith("42");
                        assertThat(e.getMessage()).contains("is the scrm schema applied?")
                                .doesNotContain("c-secret-name");
                    });
        }
    }

    @Test
    void checkpoints_loadSaveReplaceDelete() {
        try (HikariDataSource ds = TestDatabases.h2Memory()) {
            JdbcCheckpointStore checkpoints = JdbcStore.builder(ds).clock(clock).build().checkpoints();
            assertThat(checkpoints.load("default.mastodon.tag-acme")).isEmpty();
            checkpoints.save("default.mastodon.tag-acme", "{\"since_id\":\"100\"}");
            checkpoints.save("default.mastodon.tag-acme", "{\"since_id\":\"200\"}");
            checkpoints.save("default.bluesky.q-acme", "cursor-7");
            assertThat(checkpoints.load("default.mastodon.tag-acme")).contains("{\"since_id\":\"200\"}");
            assertThat(checkpoints.delete("default.mastodon.tag-acme")).isTrue();
            assertThat(checkpoints.delete("default.mastodon.tag-acme")).isFalse();
            assertThat(checkpoints.load("default.mastodon.tag-acme")).isEmpty();
            assertThat(checkpoints.load("default.bluesky.q-acme")).contains("cursor-7");
            assertThatThrownBy(() -> checkpoints.save("", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> checkpoints.load("k".repeat(513))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void h2File_keepsTheDataForTheNextStoreOnTheSameFile(@TempDir Path dir) {
        Path file = dir.resolve("out").resolve("scrm.mv.db");
        JdbcStore first = JdbcStore.builder(JdbcStore.h2File(file)).clock(clock).build();
        first.create(customer("c-alice"), "agent:1");
        first.append(interaction("mastodon", "s1", PlatformAccountId.of("mastodon", "1"), InteractionKind.MENTION, T0),
                "c");
        first.checkpoints().save("k", "v");
        assertThat(Files.exists(file)).isTrue();

        JdbcStore second = JdbcStore.builder(JdbcStore.h2File(dir.resolve("out").resolve("scrm"))).clock(clock)
                .build();
        assertThat(second.find(CustomerId.of("c-alice"))).isPresent();
        assertThat(second.interactionCount()).isEqualTo(1);
        assertThat(second.audit().lastSequence()).isEqualTo(2);
        assertThat(second.checkpoints().load("k")).contains("v");
        assertThatThrownBy(() -> JdbcStore.h2File(dir.resolve("a;MODE=MySQL")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JdbcStore.h2File(file).toString()).doesNotContain("DB_CLOSE_DELAY");
    }

    @Test
    void stream_readsLazily_andGivesItsConnectionBackWhenClosedOrConsumed() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:cursor_" + UUID.randomUUID().toString().replace("-", ""));
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(5_000);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            JdbcStore store = JdbcStore.builder(ds).clock(clock).build();
            List<Interaction> batch = new ArrayList<>();
            for (int k = 0; k < 2_500; k++) {
                batch.add(interaction("mastodon", "m" + k, PlatformAccountId.of("mastodon", "a" + (k % 10)),
                        InteractionKind.MENTION, T0.plusSeconds(k)));
            }
            assertThat(store.appendAll(batch, "c")).isEqualTo(2_500);

            try (Stream<Interaction> s = store.stream(InteractionQuery.builder().build())) {
                Iterator<Interaction> it = s.iterator();
                assertThat(it.next().id().nativeId()).isEqualTo("m0");
                assertThat(it.next().id().nativeId()).isEqualTo("m1");
            }
            // the only pooled connection is free again, or this would time out
            assertThat(store.interactionCount()).isEqualTo(2_500);
            // consumed to the end without close: released as well
            assertThat(store.stream(InteractionQuery.builder().build()).count()).isEqualTo(2_500);
            assertThat(store.customerCount()).isZero();
        }
    }

    @Test
    void driverDataSource_hidesUrlParameters() {
        DataSource ds = new DriverDataSource("jdbc:postgresql://db.example/crm?user=u&password=secret");
        assertThat(ds.toString()).doesNotContain("secret").contains("db.example/crm");
    }
}
