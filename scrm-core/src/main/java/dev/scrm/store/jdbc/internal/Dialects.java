package dev.scrm.store.jdbc.internal;

import dev.scrm.core.PlatformAccountId;
import dev.scrm.store.jdbc.JdbcDialect;
import java.util.List;

/**
 * Every SQL difference between the supported databases, in one place. The schema scripts differ too (column
 * collation, large-text types, and on PostgreSQL the hashed keys of two indexes, which the conditions here
 * match); they live in {@link JdbcDialect#migrationFolder()}. Everything else the
 * store runs is SQL both databases accept: row-value {@code IN} lists, {@code FETCH FIRST n ROWS ONLY},
 * {@code SELECT ... FOR UPDATE}.
 */
final class Dialects {

    private Dialects() {
    }

    /**
     * A derived table {@code k(p, n)} of the key pairs bound as two string arrays (see {@link #bindPairs}),
     * to join a table's two key columns against: one index lookup per pair, where a long
     * {@code IN ((?, ?), ...)} list is planned poorly by PostgreSQL and an {@code IN (subquery)} is scanned
     * by H2.
     */
    static String pairTable(JdbcDialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "unnest(?::varchar[], ?::varchar[]) AS k(p, n)";
            case H2 -> "UNNEST(CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY)) AS k(p, n)";
        };
    }

    /** Binds the two arrays of a {@link #pairTable} at {@code index} and {@code index + 1}. */
    static void bindPairs(java.sql.Connection c, java.sql.PreparedStatement ps, int index, String[] left,
            String[] right) throws java.sql.SQLException {
        ps.setArray(index, c.createArrayOf("varchar", left));
        ps.setArray(index + 1, c.createArrayOf("varchar", right));
    }

    /** A bound text parameter, in the "C" collation of the key columns, for the hash expressions below. */
    private static final String TEXT_PARAMETER = "CAST(? AS TEXT) COLLATE \"C\"";

    /**
     * A condition that the interaction aliased {@code x} was written by one account, whose values
     * {@link #authorValues} gives in parameter order. On PostgreSQL it also matches the hash that leads the
     * author index (schema version 4), so that the index is used.
     */
    static String authorIs(JdbcDialect dialect, String x) {
        String columns = x + ".author_platform = ? AND " + x + ".author_native_id = ?";
        return switch (dialect) {
            case POSTGRESQL -> accountHash(x + ".author_platform", x + ".author_native_id") + " = "
                    + accountHash(TEXT_PARAMETER, TEXT_PARAMETER) + " AND " + columns;
            case H2 -> columns;
        };
    }

    /** The parameter values of {@link #authorIs}, in order. */
    static List<String> authorValues(JdbcDialect dialect, PlatformAccountId author) {
        String platform = author.platform().id();
        return switch (dialect) {
            case POSTGRESQL -> List.of(author.nativeId(), platform, platform, author.nativeId());
            case H2 -> List.of(platform, author.nativeId());
        };
    }

    /**
     * The join condition between the identity aliased {@code i} and the interactions aliased {@code x} that
     * its account wrote.
     */
    static String authorJoin(JdbcDialect dialect, String i, String x) {
        String columns = i + ".platform = " + x + ".author_platform AND " + i + ".native_id = " + x
                + ".author_native_id";
        return switch (dialect) {
            case POSTGRESQL -> accountHash(x + ".author_platform", x + ".author_native_id") + " = "
                    + accountHash(i + ".platform", i + ".native_id") + " AND " + columns;
            case H2 -> columns;
        };
    }

    /** A condition that the interaction aliased {@code x} is on a platform; its values: {@link #platformValues}. */
    static String platformIs(JdbcDialect dialect, String x) {
        return switch (dialect) {
            case POSTGRESQL -> "hashtext(" + x + ".platform) = hashtext(" + TEXT_PARAMETER + ") AND " + x
                    + ".platform = ?";
            case H2 -> x + ".platform = ?";
        };
    }

    /** The parameter values of {@link #platformIs}, in order. */
    static List<String> platformValues(JdbcDialect dialect, String platform) {
        return switch (dialect) {
            case POSTGRESQL -> List.of(platform, platform);
            case H2 -> List.of(platform);
        };
    }

    /**
     * The hash of an account (platform, native id) that the PostgreSQL author index leads with: the native id's
     * hash seeded with the platform's. Its parameters, when bound, come native id first.
     */
    private static String accountHash(String platform, String nativeId) {
        return "hashtextextended(" + nativeId + ", hashtext(" + platform + "))";
    }

    /** {@code INSERT INTO table (columns) VALUES (?, ...), ...} for {@code rows} rows of {@code width}. */
    static String multiRowInsert(String table, String columns, int width, int rows) {
        StringBuilder row = new StringBuilder("(");
        for (int k = 0; k < width; k++) {
            row.append(k == 0 ? "?" : ", ?");
        }
        row.append(')');
        StringBuilder sql = new StringBuilder(32 + rows * (row.length() + 2));
        sql.append("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sql.append(", ");
            }
            sql.append(row);
        }
        return sql.toString();
    }

    /** Inserts or replaces a checkpoint: parameters key, value, updated seconds, updated nanoseconds. */
    static String upsertCheckpoint(JdbcDialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "INSERT INTO scrm_checkpoint (checkpoint_key, checkpoint_value, updated_s, updated_n)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (checkpoint_key) DO UPDATE SET checkpoint_value ="
                    + " EXCLUDED.checkpoint_value, updated_s = EXCLUDED.updated_s, updated_n = EXCLUDED.updated_n";
            case H2 -> "MERGE INTO scrm_checkpoint (checkpoint_key, checkpoint_value, updated_s, updated_n)"
                    + " KEY (checkpoint_key) VALUES (?, ?, ?, ?)";
        };
    }

    /**
     * A statement that makes concurrent migrators wait for each other until the end of the transaction, or
     * {@code null} when the database needs none (H2 takes a table lock on the history row it inserts).
     */
    static String migrationLock(JdbcDialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "SELECT pg_advisory_xact_lock(7406012113)";
            case H2 -> null;
        };
    }

    /** Creates the table that records which schema scripts were applied, unless it exists. */
    static String historyTable() {
        return "CREATE TABLE IF NOT EXISTS scrm_schema_history (version INTEGER NOT NULL, description VARCHAR(200)"
                + " NOT NULL, checksum VARCHAR(16) NOT NULL, applied_s BIGINT NOT NULL, CONSTRAINT"
                + " scrm_schema_history_pk PRIMARY KEY (version))";
    }
}
