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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batch ingestion into PostgreSQL on loopback, measured two ways: wall-clock interactions per second, and the
 * CPU time the client JVM and the server backend spend per interaction. On a shared machine the wall clock
 * measures the other tenants as much as the store; the CPU cost does not, and
 * {@code 1 / (client + server CPU per interaction)} is the rate one connection reaches on an idle pair of
 * cores, since the client and its backend work in turn, and {@code cores / (client + server)} the most that
 * any number of writers can reach when client and server share the machine.
 *
 * <p>Run after {@code mvn -B -q -pl scrm-benchmarks -am package -DskipTests}:
 * <pre>
 * java -XX:+UseParallelGC -Xms6g -Xmx6g -cp scrm-benchmarks/target/benchmarks.jar \
 *   dev.scrm.benchmarks.store.StoreIngestCpuCost \
 *   'jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&amp;password=scrm' 60 5000 no-raw 2
 * </pre>
 * The README's figures were taken with the server at {@code shared_buffers = 2GB} and {@code max_wal_size = 4GB}
 * (at the default 128 MB the tables outgrow the buffers within the run).
 * The batches made up front stay reachable until the end (gigabytes with raw payloads), which G1's concurrent
 * threads keep scanning at several microseconds per stored interaction; a connector's interactions die young
 * instead. The throughput collector and a fixed heap take that cost of the harness out of the client's figure.
 * Arguments: the server URL, how many batches each writer times (after {@value #WARM_UP} warm-up batches,
 * which leave the JIT compiler little left to do), the batch size, optionally {@code no-raw} to leave out the
 * raw platform payloads ({@code raw} keeps them), and optionally how many writers call {@code appendAll} at
 * the same time, each on its own thread and connection with its own stream of interactions (default 1). The
 * timed batches are made before the clock starts. Data: the same synthetic interactions as
 * {@link StoreIngestBenchmark}. Linux only (reads the backends' CPU time from
 * {@code /proc}).
 */
public final class StoreIngestCpuCost {

    /** Batches each writer appends before the clock starts. */
    static final int WARM_UP = 40;

    private StoreIngestCpuCost() {
    }

    /**
     * Measures and prints the figures.
     *
     * @param args URL, batches, batch size, optionally {@code no-raw} (or {@code raw}), writers
     * @throws Exception if the database fails
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&password=scrm";
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        boolean raw = args.length <= 3 || !args[3].equals("no-raw");
        int writers = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        String schema = "cost_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setMaximumPoolSize(writers);
        config.setMinimumIdle(writers);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            // the pool's connections, held all at once, so that each backend is seen once
            List<Integer> backends = new ArrayList<>();
            String version = null;
            List<Connection> held = new ArrayList<>();
            try {
                for (int w = 0; w < writers; w++) {
                    Connection c = ds.getConnection();
                    held.add(c);
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery("SELECT pg_backend_pid(), version()")) {
                        rs.next();
                        backends.add(rs.getInt(1));
                        version = rs.getString(2);
                    }
                }
            } finally {
                for (Connection c : held) {
                    c.close();
                }
            }
            JdbcStore store = JdbcStore.builder(ds).clock(Clock.systemUTC()).build();
            // every writer's batches are made before the clock starts, so the timed phase is the store's alone
            List<List<List<Interaction>>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                SyntheticInteractions source = new SyntheticInteractions(7 + w, raw, w);
                for (int k = 0; k < WARM_UP; k++) {
                    store.appendAll(batch(source, size), "connector:bench");
                }
                List<List<Interaction>> mine = new ArrayList<>();
                for (int k = 0; k < batches; k++) {
                    mine.add(batch(source, size));
                }
                work.add(mine);
            }
            System.gc();
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            AtomicLong callerCpu = new AtomicLong();
            AtomicLong stored = new AtomicLong();
            java.util.Map<String, Long> threadTicks0 = threadTicks();
            long jvmCpu0 = jvmCpuNanos();
            long pgCpu0 = backendCpuTicks(backends);
            long t0 = System.nanoTime();
            List<Thread> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                List<List<Interaction>> mine = work.get(w);
                Thread t = new Thread(() -> {
                    long c0 = threads.getCurrentThreadCpuTime();
                    for (List<Interaction> batch : mine) {
                        stored.addAndGet(store.appendAll(batch, "connector:bench"));
                    }
                    callerCpu.addAndGet(threads.getCurrentThreadCpuTime() - c0);
                }, "writer-" + w);
                t.start();
                running.add(t);
            }
            for (Thread t : running) {
                t.join();
            }
            long wall = System.nanoTime() - t0;
            long jvmCpu = jvmCpuNanos() - jvmCpu0;
            java.util.Map<String, Long> threadTicks = threadTicks();
            double pgCpu = (backendCpuTicks(backends) - pgCpu0) * 1e9 / 100.0;
            double perClient = jvmCpu / 1e3 / stored.get();
            double perServer = pgCpu / 1e3 / stored.get();
            System.out.printf("server: %s%n", version);
            System.out.printf("stored %d interactions in batches of %d by %d writer(s); table grew to %d rows%n",
                    stored.get(), size, writers, store.interactionCount());
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT avg(octet_length(body) + coalesce(octet_length(raw_body), 0)), pg_total_relation_size("
                            + "'scrm_interaction') FROM scrm_interaction")) {
                rs.next();
                System.out.printf("average stored interaction %.0f bytes (raw payloads %s); table and indexes %d MB%n",
                        rs.getDouble(1), raw ? "included" : "left out", rs.getLong(2) >> 20);
            }
            System.out.printf("wall clock: %.0f interactions/s (machine load average %.1f)%n",
                    stored.get() / (wall / 1e9), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("CPU per interaction: client %.1f us (of which the writing threads %.1f us; the rest is"
                    + " JIT and GC), server backends %.1f us%n", perClient, callerCpu.get() / 1e3 / stored.get(),
                    perServer);
            StringBuilder groups = new StringBuilder();
            threadTicks.forEach((group, ticks) -> {
                long spent = ticks - threadTicks0.getOrDefault(group, 0L);
                if (spent > 0) {
                    groups.append(String.format(" %s %.1f us;", group, spent * 1e4 / stored.get()));
                }
            });
            System.out.printf("client CPU per interaction by thread group:%s%n", groups);
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("one connection on idle cores, client and backend in turn: %.0f interactions/s;"
                    + " all %d cores busy with nothing else: %.0f interactions/s at most%n",
                    1e6 / (perClient + perServer), cores, cores * 1e6 / (perClient + perServer));
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

    /**
     * CPU clock ticks of this JVM's threads so far, summed by thread name without digits (the writers, "C2
     * CompilerThread", "GC Thread", ...); threads that ended are missing.
     */
    private static java.util.Map<String, Long> threadTicks() throws java.io.IOException {
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("[#0-9-]+$", "")
                            .replaceAll("[0-9]", "");
                    ticks.merge(name, cpuTicks(task.resolve("stat")), Long::sum);
                } catch (java.io.IOException ended) {
                    // the thread ended while being read
                }
            }
        }
        return ticks;
    }

    /** utime + stime of processes, in clock ticks (100 per second on Linux). */
    private static long backendCpuTicks(List<Integer> pids) throws java.io.IOException {
        long ticks = 0;
        for (int pid : pids) {
            ticks += cpuTicks(Path.of("/proc", Integer.toString(pid), "stat"));
        }
        return ticks;
    }

    /** utime + stime from a {@code /proc} stat file of a process or thread, in clock ticks. */
    private static long cpuTicks(Path stat) throws java.io.IOException {
        String line = Files.readString(stat);
        String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
