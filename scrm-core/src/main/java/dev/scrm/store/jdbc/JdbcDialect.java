package dev.scrm.store.jdbc;

import dev.scrm.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The databases the JDBC store supports. The SQL that differs between them (schema scripts, upserts, locks,
 * collation) lives in one internal class keyed by this enum. Immutable and thread-safe.
 */
public enum JdbcDialect {

    /** H2 2.x, embedded (file or memory) or server. */
    H2("h2"),
    /** PostgreSQL 12 or newer. */
    POSTGRESQL("postgresql");

    private final String folder;

    JdbcDialect(String folder) {
        this.folder = folder;
    }

    /**
     * The class-path folder that holds this dialect's versioned migration scripts
     * ({@code V1__scrm_store.sql}, ...), for a host application that applies them with its own migration
     * tool; Flyway reads it as {@code classpath:} followed by this folder.
     *
     * @return the folder, for example {@code dev/scrm/store/jdbc/migration/postgresql}
     */
    public String migrationFolder() {
        return "dev/scrm/store/jdbc/migration/" + folder;
    }

    /**
     * The dialect of the database behind a data source, from its JDBC metadata.
     *
     * @param dataSource the data source
     * @return the dialect
     * @throws StoreException if the database cannot be reached
     * @throws IllegalArgumentException if it is not a supported database
     */
    public static JdbcDialect detect(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreException("detectDialect", e.getSQLState(), "cannot read the database's metadata", e);
        }
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (p.equals("h2")) {
            return H2;
        }
        throw new IllegalArgumentException("unsupported database '" + product + "': supported are H2 and PostgreSQL");
    }
}
