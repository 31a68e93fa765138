package dev.scrm.store.jdbc.internal;

import dev.scrm.store.StoreException;
import dev.scrm.store.jdbc.JdbcDialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema scripts that are missing, each in its own transaction, and records them in
 * {@code scrm_schema_history} with a checksum; refuses to run when an applied script was changed since.
 * Stateless and thread-safe; concurrent migrators (also in other JVMs) wait for each other on PostgreSQL.
 */
public final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** The scripts, oldest first; a new schema version appends one. */
    public static final List<String> SCRIPTS = List.of("V1__scrm_store.sql", "V2__ingest_storage.sql",
            "V3__raw_payload_column.sql", "V4__hashed_lookup_keys.sql");

    private Migrator() {
    }

    /**
     * The class-path resource names of a dialect's scripts, oldest first.
     *
     * @param dialect the dialect
     * @return the resource names
     */
    public static List<String> resources(JdbcDialect dialect) {
        List<String> out = new ArrayList<>();
        for (String s : SCRIPTS) {
            out.add(dialect.migrationFolder() + "/" + s);
        }
        return List.copyOf(out);
    }

    /**
     * A script's text.
     *
     * @param resource the resource name
     * @return the text
     */
    public static String text(String resource) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema script " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script " + resource, e);
        }
    }

    /**
     * Applies the missing scripts.
     *
     * @param dataSource the database
     * @param dialect its dialect
     * @param clock stamps the history rows
     * @return how many scripts were applied
     */
    public static int migrate(DataSource dataSource, JdbcDialect dialect, Clock clock) {
        int applied = 0;
        for (int k = 0; k < SCRIPTS.size(); k++) {
            if (applyIfMissing(dataSource, dialect, clock, k + 1)) {
                applied++;
            }
        }
        return applied;
    }

    private static boolean applyIfMissing(DataSource dataSource, JdbcDialect dialect, Clock clock, int version) {
        String resource = resources(dialect).get(version - 1);
        String script = text(resource);
        String checksum = checksum(script);
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    String lock = Dialects.migrationLock(dialect);
                    if (lock != null) {
                        st.execute(lock);
                    }
                    st.execute(Dialects.historyTable());
                }
                Map<Integer, String> done = applied(c);
                if (done.containsKey(version)) {
                    if (!done.get(version).equals(checksum)) {
                        throw new StoreException("migrate", null, "schema script " + resource + " was changed after"
                                + " it was applied (checksum " + done.get(version) + " recorded, " + checksum
                                + " now)", null);
                    }
                    c.rollback();
                    return false;
                }
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(script)) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO scrm_schema_history (version,"
                        + " description, checksum, applied_s) VALUES (?, ?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, SCRIPTS.get(version - 1));
                    ps.setString(3, checksum);
                    ps.setLong(4, clock.instant().getEpochSecond());
                    ps.executeUpdate();
                }
                c.commit();
                LOG.info("applied scrm schema script {} ({})", SCRIPTS.get(version - 1), dialect);
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw Failures.of("migrate", e);
        }
    }

    private static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> done = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM scrm_schema_history");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                done.put(rs.getInt(1), rs.getString(2));
            }
        }
        return done;
    }

    /** The statements of a script: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    static String checksum(String script) {
        CRC32 crc = new CRC32();
        crc.update(script.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
