package dev.scrm.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.scrm.core.Interaction;
import dev.scrm.store.jdbc.JdbcStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Batch ingestion into PostgreSQL on loopback, measured two ways: wall-clock interactions per second, and the
 * CPU time the client JVM and the server backend spend per interaction. On a shared machine the wall clock
 * measures the other tenants as much as the store; the CPU cost does not, and
 * {@code 1 / (client + server CPU per interaction)} is the rate one connection reaches on an idle pair of
 * cores, since the client and its backend work in turn.
 *
 * <p>Run after {@code mvn -B -q -pl scrm-benchmarks -am package -DskipTests}:
 * <pre>
 * java -cp scrm-benchmarks/target/benchmarks.jar dev.scrm.benchmarks.store.StoreIngestCpuCost \
 *   'jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&amp;password=scrm' 40 5000
 * </pre>
 * Arguments: the server URL, how many batches to time (after 5 warm-up batches), the batch size, and
 * optionally {@code no-raw} to leave out the raw platform payloads. Data: the same synthetic interactions
 * as {@link StoreIngestBenchmark}. Linux only (reads the backend's CPU time from
 * {@code /proc}).
 */
public final class StoreIngestCpuCost {

    private StoreIngestCpuCost() {
    }

    /**
     * Measures and prints the figures.
     *
     * @param args URL, batches, batch size
     * @throws Exception if the database fails
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&password=scrm";
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        boolean raw = args.length <= 3 || !args[3].equals("no-raw");
        String schema = "cost_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            int backend;
            String version;
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                ResultSet rs = st.executeQuery("SELECT pg_backend_pid(), version()");
                rs.next();
                backend = rs.getInt(1);
                version = rs.getString(2);
            }
            JdbcStore store = JdbcStore.builder(ds).clock(Clock.systemUTC()).build();
            SyntheticInteractions source = new SyntheticInteractions(7, raw);
            for (int k = 0; k < 5; k++) {
                store.appendAll(batch(source, size), "connector:bench");
            }
            long stored = 0;
            long wall = 0;
            long jvmCpu0 = jvmCpuNanos();
            long pgCpu0 = backendCpuTicks(backend);
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long callerCpu = 0;
            for (int k = 0; k < batches; k++) {
                List<Interaction> batch = batch(source, size);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                stored += store.appendAll(batch, "connector:bench");
                wall += System.nanoTime() - t0;
                callerCpu += threads.getCurrentThreadCpuTime() - c0;
            }
            // generating the batches is part of the JVM's CPU time; measure it alone and subtract it
            long gen0 = jvmCpuNanos();
            SyntheticInteractions again = new SyntheticInteractions(7, raw);
            for (int k = 0; k < batches; k++) {
                batch(again, size);
            }
            long generation = jvmCpuNanos() - gen0;
            long jvmCpu = jvmCpuNanos() - jvmCpu0 - 2 * generation;
            double pgCpu = (backendCpuTicks(backend) - pgCpu0) * 1e9 / 100.0;
            double perClient = jvmCpu / 1e3 / stored;
            double perServer = pgCpu / 1e3 / stored;
            System.out.printf("server: %s%n", version);
            System.out.printf("stored %d interactions in batches of %d; table grew to %d rows%n", stored, size,
                    store.interactionCount());
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT avg(octet_length(body) + coalesce(octet_length(raw_body), 0)), pg_total_relation_size("
                            + "'scrm_interaction') FROM scrm_interaction")) {
                rs.next();
                System.out.printf("average stored interaction %.0f bytes (raw payloads %s); table and indexes %d MB%n",
                        rs.getDouble(1), raw ? "included" : "left out", rs.getLong(2) >> 20);
            }
            System.out.printf("wall clock: %.0f interactions/s (machine load average %.1f)%n",
                    stored / (wall / 1e9), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("CPU per interaction: client %.1f us (of which the calling thread %.1f us; the rest is"
                    + " JIT and GC), server backend %.1f us%n", perClient, callerCpu / 1e3 / stored, perServer);
            System.out.printf("one connection on idle cores: %.0f interactions/s%n", 1e6 / (perClient + perServer));
        } finally {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static List<Interaction> batch(SyntheticInteractions source, int size) {
        List<Interaction> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            out.add(source.next());
        }
        return out;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime of a process, in clock ticks (100 per second on Linux). */
    private static long backendCpuTicks(int pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
