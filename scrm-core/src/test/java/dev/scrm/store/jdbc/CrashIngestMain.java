package dev.scrm.store.jdbc;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child JVM of {@link CrashRecoveryTest}: ingests deterministic batches into an H2 file and reports its
 * progress on standard output ({@code committed k} after batch k, {@code inside k} once batch k has written
 * part of its rows inside its open transaction). It never ends by itself before all batches are in; the
 * test kills it.
 */
public final class CrashIngestMain {

    private CrashIngestMain() {
    }

    /**
     * Ingests.
     *
     * @param args the H2 file, the number of batches, the batch size
     */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int batches = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        ReportingClock clock = new ReportingClock();
        JdbcStore store = JdbcStore.builder(JdbcStore.h2File(file)).clock(clock).build();
        for (int k = 0; k < batches; k++) {
            clock.arm(k, size / 2);
            store.appendAll(batch(k, size), "connector:crash");
            System.out.println("committed " + k);
            System.out.flush();
        }
        System.out.println("done");
        System.out.flush();
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

    /** Stamps with a fixed start and reports once when armed batch {@code k} has stamped n audit events. */
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
