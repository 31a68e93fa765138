package dev.scrm.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.ScrmStore;
import dev.scrm.store.jdbc.JdbcStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Batch ingestion of interactions into the JDBC store: interactions stored per second, audit events
 * included, through {@code appendAll} in batches of {@value #BATCH} (one transaction per batch).
 *
 * <p>Run (PostgreSQL on loopback, see {@code .ci/postgres.sh}):
 * <pre>
 * mvn -B -q -pl scrm-benchmarks -am package -DskipTests
 * SCRM_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&amp;password=scrm' \
 *   java -jar scrm-benchmarks/target/benchmarks.jar StoreIngestBenchmark -f 1 -wi 2 -i 3
 * </pre>
 * {@code -p database=h2} runs the same against an embedded H2 file in a temporary folder; on a shared
 * machine, {@link StoreIngestCpuCost} gives the contention-independent CPU cost per interaction.
 *
 * <p>Why the data is realistic: authors are drawn from 50,000 accounts on five platforms with a Zipf(1.1)
 * skew, as a few accounts write most of the mentions a brand receives; one account in ten is linked to a
 * customer among the 2,000 most active (about a tenth of the traffic), so the audit's owner lookup finds some
 * authors and misses most; texts are 40 to 280 characters with
 * URLs, brand and topic tags, engagement counts and the platform's raw JSON (a Mastodon status with its
 * account, 2 to 3 kB; {@code -p raw=false} leaves it out); time only moves forward, as in a live pull.
 * Each trial uses a new PostgreSQL schema, so the
 * tables grow from empty to a few million rows over the run, with every index the store's queries use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreIngestBenchmark {

    /** Interactions per {@code appendAll} call. */
    public static final int BATCH = 5_000;


    /** Which database to write to. */
    @Param({"postgresql", "h2"})
    public String database;

    /** Whether interactions carry their raw platform payload (2 to 3 kB of JSON each). */
    @Param({"true"})
    public boolean raw;

    private HikariDataSource dataSource;
    private String schema;
    private String baseUrl;
    private java.nio.file.Path h2Folder;
    private ScrmStore store;
    private SyntheticInteractions source;
    private List<Interaction> batch;

    /** Opens a new schema (PostgreSQL) or file (H2) and links one account in ten to a customer. */
    @Setup(Level.Trial)
    public void open() throws Exception {
        String url;
        if (database.equals("postgresql")) {
            baseUrl = System.getenv().getOrDefault("SCRM_BENCH_POSTGRES_URL",
                    "jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&password=scrm");
            schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            }
            url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema
                    + "&reWriteBatchedInserts=true";
        } else {
            h2Folder = java.nio.file.Files.createTempDirectory("scrm-bench-h2");
            url = "jdbc:h2:file:" + h2Folder.resolve("store");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        dataSource = new HikariDataSource(config);
        store = JdbcStore.builder(dataSource).clock(Clock.systemUTC()).build();
        source = new SyntheticInteractions(42, raw);
        Instant at = Instant.parse("2025-12-01T00:00:00Z");
        for (int a = 0; a < SyntheticInteractions.ACCOUNTS; a += 10) {
            PlatformAccountId account = SyntheticInteractions.account(a);
            CustomerId id = CustomerId.of("c-" + a);
            store.create(Customer.create(id, at), "bench");
            store.putIdentity(SocialIdentity.builder(account).handle("user" + a).observedAt(at).build(), "bench");
            store.link(account, id, new IdentityLink(LinkMethod.DECLARED, 1.0, null, at), "bench");
            if (a >= 2_000) {
                break;
            }
        }
    }

    /** Builds the next batch (not timed). */
    @Setup(Level.Invocation)
    public void nextBatch() {
        batch = new ArrayList<>(BATCH);
        for (int k = 0; k < BATCH; k++) {
            batch.add(source.next());
        }
    }

    /**
     * Appends one batch of new interactions.
     *
     * @return how many were stored
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int appendAll() {
        return store.appendAll(batch, "connector:bench");
    }

    /** Drops the schema or file. */
    @TearDown(Level.Trial)
    public void close() throws SQLException, java.io.IOException {
        dataSource.close();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        if (h2Folder != null) {
            try (var files = java.nio.file.Files.list(h2Folder)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(h2Folder);
        }
    }
}
