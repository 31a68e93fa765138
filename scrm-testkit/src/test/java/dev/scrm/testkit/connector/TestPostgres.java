package dev.scrm.testkit.connector;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own on the PostgreSQL server named by {@code SCRM_TEST_POSTGRES_URL} (environment) or
 * {@code scrm.test.postgres.url} (system property); closing drops it, so concurrent runs never meet.
 */
final class TestPostgres implements AutoCloseable {

    /** Why PostgreSQL tests are skipped when no server is configured. */
    static final String NO_POSTGRES = "PostgreSQL tests skipped: set SCRM_TEST_POSTGRES_URL (or -Dscrm.test"
            + ".postgres.url) to a JDBC URL of a server on 127.0.0.1; .ci/postgres.sh sets one up";

    private final String url;
    private final String schema;

    private TestPostgres(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    static Optional<String> url() {
        String url = System.getProperty("scrm.test.postgres.url");
        if (url == null || url.isBlank()) {
            url = System.getenv("SCRM_TEST_POSTGRES_URL");
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    static TestPostgres create() {
        String url = url().orElseThrow(() -> new IllegalStateException(NO_POSTGRES));
        String schema = "k_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema", e);
        }
        return new TestPostgres(url, schema);
    }

    /** A data source on this schema; a new one per call, as a restarted process would make. */
    DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setCurrentSchema(schema);
        return ds;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema", e);
        }
    }
}
