package dev.scrm.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrm.core.Interaction;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.InteractionQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM in the middle of a batch ingestion (into an H2 file, and into a PostgreSQL schema through the
 * streaming COPY path), restarts on the same database and ingests the same batches again: no interaction is
 * lost, none is duplicated and the audit log holds exactly one event per stored interaction, numbered
 * without gaps. The PostgreSQL case is skipped, with the reason, when no server is configured.
 */
class CrashRecoveryTest {

    private static final int BATCHES = 3;
    private static final int SIZE = 2_000;
    private static final int KILLED = 1;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void killMidBatch_restart_reingest_losesNothing_duplicatesNothing(@TempDir Path dir) throws Exception {
        killMidBatch_thenReingest(dir.resolve("crm.mv.db").toString());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void postgres_killMidBatch_restart_reingest_losesNothing_duplicatesNothing() throws Exception {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), TestDatabases.NO_POSTGRES);
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema(
                TestDatabases.postgresUrl().orElseThrow())) {
            String base = schema.baseUrl();
            killMidBatch_thenReingest(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema.schema());
        }
    }

    private static void killMidBatch_thenReingest(String database) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), database, Integer.toString(BATCHES), Integer.toString(SIZE),
                Integer.toString(KILLED))
                .redirectErrorStream(true)
                .start();
        int committed = 0;
        boolean killedInside = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed++;
                } else if (line.equals("inside " + KILLED)) {
                    child.destroyForcibly();
                    killedInside = true;
                    break;
                } else if (line.equals("done")) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended").isTrue();
        }
        if (!killedInside) {
            fail("the child was not killed inside batch " + KILLED + " (committed " + committed + ")");
        }
        assertThat(committed).isEqualTo(KILLED);

        JdbcStore store = JdbcStore.builder(CrashIngestMain.dataSource(database)).clock(Clock.systemUTC()).build();

        // after the crash: exactly the committed batches, each interaction once, one audit event each
        assertThat(store.interactionCount()).isEqualTo((long) KILLED * SIZE);
        assertConsistent(store, KILLED * SIZE);

        // restart: ingest every batch again, the killed one included
        int stored = 0;
        for (int k = 0; k < BATCHES; k++) {
            int n = store.appendAll(CrashIngestMain.batch(k, SIZE), "connector:crash");
            assertThat(n).as("batch " + k).isEqualTo(k < KILLED ? 0 : SIZE);
            stored += n;
        }
        assertThat(stored).isEqualTo((BATCHES - KILLED) * SIZE);
        assertThat(store.interactionCount()).isEqualTo((long) BATCHES * SIZE);
        assertConsistent(store, BATCHES * SIZE);
        for (int k = 0; k < BATCHES; k++) {
            for (Interaction expected : List.of(CrashIngestMain.batch(k, SIZE).get(0),
                    CrashIngestMain.batch(k, SIZE).get(SIZE - 1))) {
                assertThat(store.find(expected.id())).contains(expected);
            }
        }
    }

    private static void assertConsistent(JdbcStore store, int interactions) {
        Set<String> ids = new HashSet<>();
        try (Stream<Interaction> all = store.stream(InteractionQuery.builder().build())) {
            all.forEach(i -> assertThat(ids.add(i.id().toString())).as("unique " + i.id()).isTrue());
        }
        assertThat(ids).hasSize(interactions);
        assertThat(store.audit().lastSequence()).isEqualTo(interactions);
        Set<String> subjects = new HashSet<>();
        long expected = 1;
        long after = 0;
        while (true) {
            List<AuditEvent> page = store.audit().read(after, 1_000);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent e : page) {
                assertThat(e.sequence()).isEqualTo(expected++);
                assertThat(e.action()).isEqualTo(AuditAction.INTERACTION_APPENDED);
                assertThat(subjects.add(e.subject())).as("one event per interaction").isTrue();
                assertThat(ids).contains(e.subject().substring("interaction:".length()));
            }
            after = page.get(page.size() - 1).sequence();
        }
        assertThat(subjects).hasSize(interactions);
    }
}
