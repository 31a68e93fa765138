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

    @Test
    void appendAll_throughConnectionsThatHideTheDriver_storesWithInsertsInstead() throws Exception {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema(TestDatabases.postgresUrl().orElseThrow())) {
            java.util.concurrent.atomic.AtomicInteger inserts = new java.util.concurrent.atomic.AtomicInteger();
            JdbcStore store = JdbcStore.builder(hidingDriver(schema.dataSource(), inserts)).clock(clock).build();
            List<dev.scrm.core.Interaction> all = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                all.add(dev.scrm.store.Fixtures.interaction("mastodon", "h" + k, dev.scrm.core.PlatformAccountId.of("mastodon", "1001"),
                        dev.scrm.core.InteractionKind.MENTION, T0.plusSeconds(k)));
            }

            assertThat(store.appendAll(all.subList(0, 8), "c")).isEqualTo(8);
            assertThat(store.appendAll(all, "c")).isEqualTo(4);
            assertThat(store.appendAll(all, "c")).isZero();

            assertThat(store.interactionCount()).isEqualTo(12);
            for (dev.scrm.core.Interaction i : all) {
                assertThat(store.find(i.id())).contains(i);
            }
            assertThat(store.audit().lastSequence()).isEqualTo(12);
            assertThat(inserts.get()).as("multi-row inserts into scrm_interaction").isEqualTo(2);
        }
    }

    @Test
    void queriesByAuthorPlatformAndCustomer_andErasure_useTheHashedIndexes() throws Exception {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema(TestDatabases.postgresUrl().orElseThrow())) {
            List<Object[]> statements = new ArrayList<>();
            JdbcStore store = JdbcStore.builder(recording(schema.dataSource(), statements)).clock(clock).build();
            // 40 platforms of 50 interactions by 10 authors each: one platform or author is a small share
            List<dev.scrm.core.Interaction> all = new ArrayList<>();
            for (int k = 0; k < 2_000; k++) {
                String platform = "p" + (k % 40);
                all.add(dev.scrm.store.Fixtures.interaction(platform, "n" + k,
                        dev.scrm.core.PlatformAccountId.of(platform, "a" + (k / 40) % 10), dev.scrm.core.InteractionKind.MENTION,
                        T0.plusSeconds(k)));
            }
            store.appendAll(all, "c");
            dev.scrm.core.PlatformAccountId author = dev.scrm.core.PlatformAccountId.of("p3", "a7");
            store.create(dev.scrm.store.Fixtures.customer("cust-1"), "c");
            store.putIdentity(dev.scrm.store.Fixtures.identity(author), "c");
            store.link(author, dev.scrm.core.CustomerId.of("cust-1"), dev.scrm.store.Fixtures.link("email"), "c");
            try (Connection c = schema.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            statements.clear();

            assertThat(store.query(dev.scrm.store.InteractionQuery.builder().author(author).build())).hasSize(5);
            assertThat(store.query(dev.scrm.store.InteractionQuery.builder()
                    .platform(dev.scrm.core.Platform.of("p3")).build())).hasSize(50);
            assertThat(store.query(dev.scrm.store.InteractionQuery.builder()
                    .customer(dev.scrm.core.CustomerId.of("cust-1")).build())).hasSize(5);
            assertThat(store.erase(dev.scrm.core.CustomerId.of("cust-1"), "c").interactionsRemoved()).isEqualTo(5);

            List<String> plans = new ArrayList<>();
            try (Connection c = schema.dataSource().getConnection()) {
                c.setAutoCommit(false);
                for (Object[] statement : statements) {
                    String sql = (String) statement[0];
                    if (!sql.contains("FROM scrm_interaction x")) {
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    java.util.Map<Integer, Object> params = (java.util.Map<Integer, Object>) statement[1];
                    try (java.sql.PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
                        for (var e : params.entrySet()) {
                            ps.setObject(e.getKey(), e.getValue());
                        }
                        StringBuilder plan = new StringBuilder();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                plan.append(rs.getString(1)).append('\n');
                            }
                        }
                        plans.add(plan.toString());
                    }
                }
                c.rollback();
            }
            // the author, platform and customer queries, then erasure's look-up and delete
            assertThat(plans).hasSize(5);
            assertThat(plans.get(0)).contains("scrm_interaction_by_author_hash");
            assertThat(plans.get(1)).contains("scrm_interaction_by_platform_hash");
            assertThat(plans.get(2)).contains("scrm_interaction_by_author_hash");
            assertThat(plans.get(3)).contains("scrm_interaction_by_author_hash");
            assertThat(plans.get(4)).contains("scrm_interaction_by_author_hash");
        }
    }

    /** A data source that records each prepared statement's SQL and the parameters set on it. */
    private static javax.sql.DataSource recording(javax.sql.DataSource ds, List<Object[]> statements) {
        return wrappingConnections(ds, (c, m, a) -> {
            Object made = invoke(m, c, a);
            if (!m.getName().equals("prepareStatement") || !(made instanceof java.sql.PreparedStatement ps)) {
                return made;
            }
            java.util.Map<Integer, Object> params = new java.util.TreeMap<>();
            synchronized (statements) {
                statements.add(new Object[] {a[0], params});
            }
            return java.lang.reflect.Proxy.newProxyInstance(PostgresJdbcStoreTest.class.getClassLoader(),
                    new Class<?>[] {java.sql.PreparedStatement.class}, (q, sm, sa) -> {
                        if (sm.getName().startsWith("set") && sa != null && sa.length == 2
                                && sa[0] instanceof Integer index) {
                            params.put(index, sa[1]);
                        }
                        return invoke(sm, ps, sa);
                    });
        });
    }

    /** A data source whose connections do not unwrap to the driver's, as some pools and proxies do. */
    private static javax.sql.DataSource hidingDriver(javax.sql.DataSource ds,
            java.util.concurrent.atomic.AtomicInteger inserts) {
        return wrappingConnections(ds, (c, m, a) -> switch (m.getName()) {
            case "isWrapperFor" -> false;
            case "unwrap" -> throw new java.sql.SQLException("not a wrapper");
            case "prepareStatement" -> {
                if (((String) a[0]).startsWith("INSERT INTO scrm_interaction")) {
                    inserts.incrementAndGet();
                }
                yield invoke(m, c, a);
            }
            default -> invoke(m, c, a);
        });
    }

    /** A call on a wrapped connection: the connection, the method and its arguments. */
    @FunctionalInterface
    private interface ConnectionCall {
        Object handle(Connection c, java.lang.reflect.Method m, Object[] a) throws Throwable;
    }

    /** A data source whose connections hand every call to {@code call}. */
    private static javax.sql.DataSource wrappingConnections(javax.sql.DataSource ds, ConnectionCall call) {
        ClassLoader loader = PostgresJdbcStoreTest.class.getClassLoader();
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(loader,
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    Object out = invoke(method, ds, args);
                    if (!(out instanceof Connection c)) {
                        return out;
                    }
                    return java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class},
                            (p, m, a) -> call.handle(c, m, a));
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
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
