package dev.scrm.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Databases for the store tests: a private in-memory H2 database, or a private schema in the PostgreSQL
 * server named by {@code SCRM_TEST_POSTGRES_URL} (environment) or {@code scrm.test.postgres.url} (system
 * property), for example {@code jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&password=scrm}.
 */
public final class TestDatabases {

    /** Why PostgreSQL tests are skipped when no server is configured. */
    public static final String NO_POSTGRES = "PostgreSQL tests skipped: set SCRM_TEST_POSTGRES_URL (or -Dscrm.test"
            + ".postgres.url) to a JDBC URL of a server on 127.0.0.1; .ci/postgres.sh sets one up";

    private TestDatabases() {
    }

    /** The configured PostgreSQL URL, if any. */
    public static Optional<String> postgresUrl() {
        String url = System.getProperty("scrm.test.postgres.url");
        if (url == null || url.isBlank()) {
            url = System.getenv("SCRM_TEST_POSTGRES_URL");
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** A pooled in-memory H2 database that lives until the pool is closed. */
    public static HikariDataSource h2Memory() {
        return pool("jdbc:h2:mem:scrm_" + UUID.randomUUID().toString().replace("-", ""), 4);
    }

    /** A pool on a new, empty schema of the configured PostgreSQL server. */
    public static PostgresSchema postgresSchema(String baseUrl) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema", e);
        }
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new PostgresSchema(baseUrl, schema, pool(url, 4));
    }

    static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /** A schema of its own on the PostgreSQL server; closing drops it. */
    public record PostgresSchema(String baseUrl, String schema, HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
            try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema", e);
            }
        }
    }
}
