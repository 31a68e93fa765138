package dev.scrm.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.scrm.core.Interaction;
import dev.scrm.store.jdbc.JdbcStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * How fast PostgreSQL itself can take the rows the store writes, with nothing of scrm in the way: the
 * interaction rows a {@link JdbcStore} stored are copied out in binary form, then copied back into fresh tables
 * with one binary {@code COPY} each, with no index, with the primary key only, with the four indexes the
 * store's queries need, and with the text-keyed indexes of schema version 3 that version 4 replaced. No JSON encoding, lookups, audit rows or transactions of the store are involved, so the
 * figures are a ceiling for {@code appendAll} on the same server and data.
 *
 * <p>Run after {@code mvn -B -q -pl scrm-benchmarks -am package -DskipTests}:
 * <pre>
 * java -cp scrm-benchmarks/target/benchmarks.jar dev.scrm.benchmarks.store.StoreIngestCeiling \
 *   'jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&amp;password=scrm' 100000
 * </pre>
 * Arguments: the server URL, how many interactions, and optionally {@code no-raw} to leave out the raw platform
 * payloads. Data: the same synthetic interactions as {@link StoreIngestBenchmark}. Each table is loaded three
 * times and the best time is printed.
 */
public final class StoreIngestCeiling {

    private static final String COLUMNS = "platform, native_id, occurred_s, occurred_n, kind, author_platform,"
            + " author_native_id, body, raw_type, raw_body";

    private StoreIngestCeiling() {
    }

    /**
     * Measures and prints the figures.
     *
     * @param args URL, number of interactions, optionally {@code no-raw}
     * @throws Exception if the database fails
     */
    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&password=scrm";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        boolean raw = args.length <= 2 || !args[2].equals("no-raw");
        String schema = "ceiling_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(1);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            st.execute("SET search_path = " + schema);
            try (HikariDataSource ds = new HikariDataSource(config)) {
                fill(JdbcStore.builder(ds).clock(Clock.systemUTC()).build(), rows, raw);
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long copied = copy.copyOut("COPY scrm_interaction (" + COLUMNS + ") TO STDOUT (FORMAT binary)", out);
            byte[] data = out.toByteArray();
            System.out.printf("%d interactions (raw payloads %s), %d MB in binary COPY form%n", copied,
                    raw ? "included" : "left out", data.length >> 20);
            String[][] tables = {
                {"bare table, no index", ""},
                {"primary key only", "ALTER TABLE t ADD PRIMARY KEY (platform, native_id)"},
                {"the store's four indexes", "ALTER TABLE t ADD PRIMARY KEY (platform, native_id);"
                        + " CREATE INDEX ON t (occurred_s, occurred_n, platform, native_id);"
                        + " CREATE INDEX ON t ((hashtextextended(author_native_id, hashtext(author_platform))),"
                        + " occurred_s, occurred_n);"
                        + " CREATE INDEX ON t ((hashtext(platform)), occurred_s, occurred_n)"},
                {"four indexes, text keys (schema 3)", "ALTER TABLE t ADD PRIMARY KEY (platform, native_id);"
                        + " CREATE INDEX ON t (occurred_s, occurred_n, platform, native_id);"
                        + " CREATE INDEX ON t (author_platform, author_native_id, occurred_s, occurred_n);"
                        + " CREATE INDEX ON t (platform, occurred_s, occurred_n)"}};
            for (String[] table : tables) {
                long best = Long.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    st.execute("DROP TABLE IF EXISTS t");
                    // the same columns, storage and compression as the store's table
                    st.execute("CREATE TABLE t (LIKE scrm_interaction INCLUDING STORAGE INCLUDING COMPRESSION)");
                    if (!table[1].isEmpty()) {
                        st.execute(table[1]);
                    }
                    long t0 = System.nanoTime();
                    copy.copyIn("COPY t (" + COLUMNS + ") FROM STDIN (FORMAT binary)", new ByteArrayInputStream(data));
                    best = Math.min(best, System.nanoTime() - t0);
                }
                System.out.printf("%-36s %,9.0f rows/s (best of 3)%n", table[0], copied / (best / 1e9));
            }
        } finally {
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void fill(JdbcStore store, int rows, boolean raw) {
        SyntheticInteractions source = new SyntheticInteractions(7, raw);
        for (int done = 0; done < rows; done += 5_000) {
            List<Interaction> batch = new ArrayList<>();
            for (int k = 0; k < Math.min(5_000, rows - done); k++) {
                batch.add(source.next());
            }
            store.appendAll(batch, "connector:bench");
        }
    }
}
