package dev.scrm.store.jdbc;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.store.jdbc.internal.DriverDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The child JVM of {@link CrashRecoveryTest}: ingests deterministic batches into an H2 file or a PostgreSQL
 * schema and reports its progress on standard output ({@code committed k} after batch k, {@code inside k}
 * once the held batch k has written its rows inside its open transaction). It then waits inside that
 * transaction until the test kills it.
 */
public final class CrashIngestMain {

    private CrashIngestMain() {
    }

    /**
     * Ingests.
     *
     * @param args the database (an H2 file, or a {@code jdbc:postgresql:} URL), the number of batches, the
     *     batch size, the batch to hold inside of until killed
     */
    public static void main(String[] args) {
        int batches = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        int held = Integer.parseInt(args[3]);
        ReportingClock clock = new ReportingClock();
        JdbcStore store = JdbcStore.builder(dataSource(args[0])).clock(clock).build();
        for (int k = 0; k < batches; k++) {
            if (k == held) {
                clock.arm(k, size / 2);
            }
            store.appendAll(batch(k, size), "connector:crash");
            System.out.println("committed " + k);
            System.out.flush();
        }
        System.out.println("done");
        System.out.flush();
    }

    /**
     * The database named by a child's first argument.
     *
     * @param database an H2 file, or a {@code jdbc:postgresql:} URL
     * @return a data source that opens a new connection per call
     */
    public static DataSource dataSource(String database) {
        return database.startsWith("jdbc:") ? new DriverDataSource(database) : JdbcStore.h2File(Path.of(database));
    }

    /**
     * Batch {@code k}: {@code size} interactions, the same on every call.
     *
     * @param k the batch number
     * @param size its size
     * @return the interactions
     */
    public static List<Interaction> batch(int k, int size) {
        List<Interaction> out = new ArrayList<>(size);
        Instant base = Instant.parse("2026-05-01T00:00:00Z").plusSeconds(k * 3600L);
        for (int i = 0; i < size; i++) {
            String id = k + "-" + i;
            out.add(Interaction.builder(InteractionId.of("mastodon", "crash-" + id))
                    .kind(i % 3 == 0 ? InteractionKind.REPLY : InteractionKind.MENTION)
                    .direction(Direction.INBOUND)
                    .occurredAt(base.plusMillis(i))
                    .author(PlatformAccountId.of("mastodon", "acct" + (i % 97)))
                    .text("crash test message " + id + " with some words to give it a realistic length")
                    .provenance(Provenance.of("connector:mastodon", base))
                    .build());
        }
        return out;
    }

    /**
     * Stamps with a fixed start; once armed batch {@code k} has stamped n audit events it reports so and
     * blocks, inside the batch's transaction, until the process is killed.
     */
    static final class ReportingClock extends Clock {
        private final AtomicLong ticks = new AtomicLong();
        private volatile int batch = -1;
        private volatile long reportAt = Long.MAX_VALUE;

        void arm(int k, long events) {
            batch = k;
            reportAt = ticks.get() + events;
        }

        @Override
        public Instant instant() {
            long t = ticks.incrementAndGet();
            if (t == reportAt) {
                System.out.println("inside " + batch);
                System.out.flush();
                // hold the open transaction until the test kills this process: the parent never writes to
                // our standard input, so the kill always lands before the commit
                try {
                    System.in.read();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return Instant.parse("2026-06-01T00:00:00Z").plusMillis(t);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
