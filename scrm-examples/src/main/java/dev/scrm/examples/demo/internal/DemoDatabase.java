package dev.scrm.examples.demo.internal;

import dev.scrm.store.ScrmStore;
import dev.scrm.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Where the demo keeps customers, identities, interactions and the audit log: an embedded H2 database in
 * {@code <out>/scrm-demo-db}, through {@link JdbcStore}, so each run adds to the history of the runs before
 * it; or, without history, an in-memory store. Connections come from a small pool, and H2 writes commits to
 * the file in the background (its default): a process killed within half a second of a commit may lose it,
 * which the next run repairs, since ingestion is idempotent. Closing closes the pool's connections, and with the
 * last of them H2 writes and closes the file. Not thread-safe.
 */
public final class DemoDatabase implements AutoCloseable {

    /** The folder, inside the output folder, that holds the database. */
    public static final String FOLDER = "scrm-demo-db";
    private static final String RUNS = "scrm-demo.runs";

    private final ScrmStore store;
    private final JdbcStore jdbc;
    private final JdbcConnectionPool dataSource;

    private DemoDatabase(ScrmStore store, JdbcStore jdbc, JdbcConnectionPool dataSource) {
        this.store = store;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Opens (creating when missing) the database under an output folder, applying missing schema scripts.
     *
     * @param out the output folder
     * @param clock the store's clock
     * @return the open database
     */
    public static DemoDatabase open(Path out, Clock clock) {
        String path = out.resolve(FOLDER).resolve("scrm").toAbsolutePath().normalize().toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("the output folder's path must not contain ';'");
        }
        // a larger per-session statement cache than H2's default of 8: one store write runs several statements,
        // and re-parsing them cost about a quarter of the write's time
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + path + ";QUERY_CACHE_SIZE=256", "sa",
                "");
        try {
            JdbcStore s = JdbcStore.builder(pool).clock(clock).build();
            return new DemoDatabase(s, s, pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * An in-memory store that forgets everything when the run ends.
     *
     * @param clock the store's clock
     * @return the store
     */
    public static DemoDatabase inMemory(Clock clock) {
        return new DemoDatabase(ScrmStore.inMemory(clock), null, null);
    }

    /**
     * The store.
     *
     * @return the store
     */
    public ScrmStore store() {
        return store;
    }

    /**
     * Counts this run: 1 for a new database, one more than the last run otherwise.
     *
     * @return this run's number, or empty without history
     */
    public OptionalInt nextRun() {
        if (jdbc == null) {
            return OptionalInt.empty();
        }
        int last = jdbc.checkpoints().load(RUNS).map(Integer::parseInt).orElse(0);
        jdbc.checkpoints().save(RUNS, Integer.toString(last + 1));
        return OptionalInt.of(last + 1);
    }

    @Override
    public void close() {
        if (dataSource != null) {
            // closing the pool's connections closes the embedded database (H2 closes it with its last connection)
            dataSource.dispose();
        }
    }
}
