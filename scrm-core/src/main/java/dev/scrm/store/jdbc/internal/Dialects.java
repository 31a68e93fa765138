package dev.scrm.store.jdbc.internal;

import dev.scrm.store.jdbc.JdbcDialect;

/**
 * Every SQL difference between the supported databases, in one place. The schema scripts differ too (column
 * collation and large-text types); they live in {@link JdbcDialect#migrationFolder()}. Everything else the
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
