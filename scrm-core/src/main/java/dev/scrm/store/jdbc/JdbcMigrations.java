package dev.scrm.store.jdbc;

import dev.scrm.store.StoreException;
import dev.scrm.store.jdbc.internal.Migrator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The store's schema as versioned SQL scripts, and the small migrator that applies them.
 *
 * <p>The scripts ship in scrm-core under {@link JdbcDialect#migrationFolder()}, named the way Flyway expects
 * ({@code V1__scrm_store.sql}, {@code V2__...}). {@link JdbcStore.Builder#build()} applies the missing ones
 * by default and records them in table {@code scrm_schema_history}. An application that manages its schema
 * with its own tool turns that off ({@code migrate(false)}) and either adds the folder to its Flyway
 * locations ({@code classpath:dev/scrm/store/jdbc/migration/postgresql}), or includes each script of
 * {@link #scripts(JdbcDialect)} from a Liquibase {@code sqlFile} change set, or runs them with {@code psql}
 * in order. Stateless and thread-safe.
 */
public final class JdbcMigrations {

    private JdbcMigrations() {
    }

    /**
     * The class-path resource names of a dialect's schema scripts, oldest first.
     *
     * @param dialect the dialect
     * @return the resource names, for example {@code dev/scrm/store/jdbc/migration/h2/V1__scrm_store.sql}
     */
    public static List<String> scripts(JdbcDialect dialect) {
        return Migrator.resources(Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * The text of one of the {@link #scripts(JdbcDialect)}.
     *
     * @param resource the resource name
     * @return the SQL
     * @throws IllegalArgumentException if it is not one of the scripts
     */
    public static String scriptText(String resource) {
        Objects.requireNonNull(resource, "resource");
        boolean known = false;
        for (JdbcDialect d : JdbcDialect.values()) {
            known |= scripts(d).contains(resource);
        }
        if (!known) {
            throw new IllegalArgumentException("not a scrm schema script: " + resource);
        }
        return Migrator.text(resource);
    }

    /**
     * Applies the scripts the database is missing, each in its own transaction, and refuses to run when a
     * script applied earlier was changed since.
     *
     * @param dataSource the database
     * @param dialect its dialect
     * @param clock stamps the history rows
     * @return how many scripts were applied (0 when the schema is current)
     * @throws StoreException if a script fails or an applied script was changed
     */
    public static int migrate(DataSource dataSource, JdbcDialect dialect, Clock clock) {
        return Migrator.migrate(Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(dialect, "dialect"), Objects.requireNonNull(clock, "clock"));
    }
}
