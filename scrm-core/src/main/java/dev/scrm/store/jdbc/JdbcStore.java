package dev.scrm.store.jdbc;

import dev.scrm.store.ScrmStore;
import dev.scrm.store.StoreException;
import dev.scrm.store.jdbc.internal.DriverDataSource;
import dev.scrm.store.jdbc.internal.JdbcStoreImpl;
import dev.scrm.store.jdbc.internal.Migrator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A durable {@link ScrmStore} in a relational database reached through a {@link DataSource} the caller
 * supplies (and pools): customers, identities, interactions, the audit log and connector checkpoints, with
 * the same semantics as {@link ScrmStore#inMemory(Clock)}.
 *
 * <p>Every operation is one transaction. Writers commit one at a time under a lock row, also across JVMs
 * sharing the database, so audit events are numbered without gaps in commit order and a merge, split or
 * erasure is atomic with its audit events. {@link #appendAll} runs in one transaction: after a crash either the whole
 * call is stored or none of it, and appending the same batch again stores what is missing and nothing
 * twice. On PostgreSQL it streams the new rows with a binary {@code COPY} (through the driver's copy API,
 * unwrapped from the pool's connection; multi-row inserts where that is not reachable), so pass batches of
 * a few thousand interactions rather than one at a time. It writes those rows before it takes the lock row,
 * so several threads calling it at once insert in parallel; give the pool a connection per such thread. {@link #stream} and {@link #customers()} read through a database cursor and
 * hold a connection until the stream is closed or consumed. Thread-safe: all state is in the database.
 *
 * <pre>{@code
 * DataSource ds = ...;                          // the application's pool (PostgreSQL or H2)
 * JdbcStore store = JdbcStore.builder(ds)
 *         .clock(Clock.systemUTC())
 *         .build();                             // applies missing schema scripts
 * store.appendAll(interactions, "connector:mastodon");
 * try (Stream<Interaction> history = store.stream(InteractionQuery.builder().customer(id).build())) {
 *     history.forEach(System.out::println);
 * }
 * }</pre>
 */
public interface JdbcStore extends ScrmStore {

    /**
     * The database's dialect.
     *
     * @return the dialect
     */
    JdbcDialect dialect();

    /**
     * Connector checkpoints kept in the same database; a {@link dev.scrm.connector.CheckpointStore}, so a
     * connector's pull resumes from it after a restart.
     *
     * @return the checkpoint store
     */
    JdbcCheckpointStore checkpoints();

    /**
     * A builder for a store over a data source.
     *
     * @param dataSource the database; the store never closes it
     * @return the builder
     */
    static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * A data source for an embedded H2 database kept in one file ({@code file} with the suffix
     * {@code .mv.db}; the suffix may be given or left out); the folder is created by H2 when missing. The
     * database stays open until the JVM exits, and every commit is written to the file before it returns
     * (H2's {@code WRITE_DELAY=0}; with H2's default a process killed within half a second of a commit loses
     * it, so set the same on your own H2 URLs). Needs {@code com.h2database:h2} on the class path.
     *
     * @param file the database file
     * @return a data source that opens a new connection per call
     * @throws IllegalArgumentException if the path contains {@code ;}, which H2 reads as a setting
     */
    static DataSource h2File(Path file) {
        Objects.requireNonNull(file, "file");
        String path = file.toAbsolutePath().normalize().toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("an H2 database path must not contain ';'");
        }
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        // WRITE_DELAY=0: each commit reaches the file before commit returns, so a killed process loses
        // nothing it committed (H2's default writes commits in the background, up to 500 ms later)
        return new DriverDataSource("jdbc:h2:file:" + path + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
    }

    /**
     * Builds a {@link JdbcStore}. Setters reject bad values at once; {@link #build()} may be called again.
     * Not thread-safe.
     */
    final class Builder {

        private final DataSource dataSource;
        private Clock clock = Clock.systemUTC();
        private JdbcDialect dialect;
        private boolean migrate = true;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The clock that stamps audit events, changes and erasures; default {@link Clock#systemUTC()}.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The dialect; by default it is detected from the database's metadata when {@link #build()} runs.
         *
         * @param value the dialect
         * @return this builder
         */
        public Builder dialect(JdbcDialect value) {
            this.dialect = Objects.requireNonNull(value, "dialect");
            return this;
        }

        /**
         * Whether {@link #build()} applies the missing schema scripts (default true). Turn it off when the
         * application applies them with its own migration tool (see {@link JdbcMigrations}).
         *
         * @param value true to migrate on build
         * @return this builder
         */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /**
         * Builds the store, detecting the dialect and applying missing schema scripts as configured.
         *
         * @return the store
         * @throws StoreException if the database cannot be reached or the schema cannot be applied
         * @throws IllegalArgumentException if the database is not supported
         */
        public JdbcStore build() {
            JdbcDialect d = dialect != null ? dialect : JdbcDialect.detect(dataSource);
            if (migrate) {
                Migrator.migrate(dataSource, d, clock);
            }
            return new JdbcStoreImpl(dataSource, d, clock);
        }
    }
}
