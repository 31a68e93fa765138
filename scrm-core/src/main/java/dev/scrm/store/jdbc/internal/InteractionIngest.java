package dev.scrm.store.jdbc.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.store.AuditAction;
import dev.scrm.store.internal.StoreRules;
import dev.scrm.store.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Batch ingestion of interactions, in one transaction per call, idempotent on platform + native id.
 *
 * <p>On PostgreSQL the rows are written before the transaction takes the writer lock, so that several writers
 * (one per connector, say) insert at the same time on a server with several cores, and only the audit events
 * are written in turn. A batch is first streamed optimistically with one binary {@code COPY} (see
 * {@link PgCopy}) inside a savepoint, so the server inserts while the client encodes and no lookup precedes the
 * insert: the primary key is the duplicate check. When a row is already stored, or another writer stores it
 * first, the copy fails with a unique violation (or, when two writers wait on each other's rows, a deadlock the
 * server breaks); the savepoint is rolled back and the batch takes the careful path, which later batches keep
 * taking until one meets no stored id (a connector re-reading an overlap sends several such batches in a row).
 * The careful path looks the batch's ids up in {@code scrm_interaction} ({@value #PROBE} per query, one index
 * probe each) and writes only the new rows, and is retried when a concurrent writer commits one of them in
 * between. Holding the writer lock, the authors of the stored rows are then looked up in {@code scrm_identity}
 * for the audit events' customer, and one audit event per stored interaction follows. The rows and their
 * events commit together, in the writer lock's order, so the outcome is that of the writers running one after
 * another. Rows are written by {@code COPY}, or in multi-row inserts of {@value #ROWS_PER_INSERT} when COPY
 * is not reachable through the data source.
 *
 * <p>Other databases take the writer lock first and then look up, insert and audit each part of
 * {@value #ROWS_PER_INSERT} rows. Thread-safe.
 */
final class InteractionIngest {

    /** Keys looked up per existence or owner query. */
    static final int PROBE = 5_000;

    /** Rows per multi-row insert: 10 parameters each, well below every driver's parameter limit. */
    static final int ROWS_PER_INSERT = 500;

    static final String COLUMNS = "platform, native_id, occurred_s, occurred_n, kind, author_platform,"
            + " author_native_id, body, raw_type, raw_body";

    /** Values per row. */
    private static final int FIELDS = 10;

    /** The SQL state of a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** PostgreSQL's SQL state of a deadlock it broke by failing this statement. */
    private static final String DEADLOCK = "40P01";

    /** Writes of one batch's rows, at most: each attempt after the first follows another writer's commit. */
    static final int ATTEMPTS = 20;

    private final Db db;

    /** Whether the last batch met stored ids, so the next one looks them up before writing. */
    private volatile boolean probeFirst;

    /** Whether COPY can be reached through the data source's connections; false once it could not be. */
    private volatile boolean copyReachable;

    InteractionIngest(Db db) {
        this.db = db;
        this.copyReachable = db.dialect() == JdbcDialect.POSTGRESQL;
    }

    int appendAll(Collection<Interaction> interactions, String actor) {
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(actor, "actor");
        // first occurrence of each id wins, as if appended one by one
        LinkedHashMap<InteractionId, Interaction> unique = new LinkedHashMap<>();
        for (Interaction i : interactions) {
            unique.putIfAbsent(Objects.requireNonNull(i, "interaction").id(), i);
        }
        if (unique.isEmpty()) {
            return 0;
        }
        List<Interaction> all = new ArrayList<>(unique.values());
        if (db.dialect() == JdbcDialect.POSTGRESQL) {
            return db.write("appendAll", c -> storeNew(c, all), (tx, stored) -> {
                audit(tx, stored, owners(tx.connection(), stored), actor);
                return stored.size();
            });
        }
        return db.write("appendAll", tx -> {
            int stored = 0;
            for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
                stored += appendPart(tx, all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT)), actor);
            }
            return stored;
        });
    }

    /**
     * Writes the interactions not stored yet and returns them; on PostgreSQL, before the writer lock is taken.
     * A write that fails because a row is stored by now, or on a deadlock with another writer's rows, is rolled
     * back to its savepoint and done again the careful way, at most {@value #ATTEMPTS} times in all.
     */
    private List<Interaction> storeNew(Connection c, List<Interaction> all) throws SQLException {
        boolean lookUp = probeFirst || !copyReachable;
        for (int attempt = 1;; attempt++) {
            List<Interaction> rows = all;
            if (lookUp) {
                rows = fresh(c, all);
                probeFirst = rows.size() < all.size();
                if (rows.isEmpty()) {
                    return rows;
                }
            }
            Savepoint before = c.setSavepoint();
            try {
                write(c, rows);
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !(UNIQUE_VIOLATION.equals(e.getSQLState())
                        || DEADLOCK.equals(e.getSQLState()))) {
                    throw e;
                }
                c.rollback(before);
                probeFirst = true;
                lookUp = true;
                continue;
            }
            c.releaseSavepoint(before);
            return rows;
        }
    }

    /** Writes rows by COPY where it can be reached, else by multi-row inserts. */
    private void write(Connection c, List<Interaction> rows) throws SQLException {
        if (!(copyReachable && copy(c, rows))) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                insert(c, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
            }
        }
    }

    /** Looks up, writes and audits part of a batch, holding the writer lock. */
    private int appendPart(WriteTx tx, List<Interaction> part, String actor) throws SQLException {
        Connection c = tx.connection();
        List<Interaction> fresh = fresh(c, part);
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<PlatformAccountId, CustomerId> owners = owners(c, fresh);
        write(c, fresh);
        audit(tx, fresh, owners, actor);
        tx.flush();
        return fresh.size();
    }

    private static void audit(WriteTx tx, List<Interaction> fresh, Map<PlatformAccountId, CustomerId> owners,
            String actor) {
        Map<String, Map<String, String>> details = new HashMap<>();
        for (Interaction i : fresh) {
            CustomerId owner = i.author() == null ? null : owners.get(i.author());
            // the few distinct (kind, platform) pairs share one details map
            Map<String, String> d = details.computeIfAbsent(i.kind().name() + '\u0000' + i.id().platform().id(),
                    k -> Map.of("kind", i.kind().name(), "platform", i.id().platform().id()));
            tx.audit(AuditAction.INTERACTION_APPENDED, actor, owner, StoreRules.interactionSubject(i.id()), d);
        }
    }

    /**
     * Streams rows with a binary COPY; false when COPY is not available on this connection, which later batches
     * then no longer try.
     */
    private boolean copy(Connection c, List<Interaction> fresh) throws SQLException {
        Optional<PgCopy> open = PgCopy.open(c, "scrm_interaction", COLUMNS);
        if (open.isEmpty()) {
            copyReachable = false;
            return false;
        }
        PgCopy copy = open.get();
        try {
            for (Interaction i : fresh) {
                copy.row(FIELDS);
                copy.text(i.id().platform().id());
                copy.text(i.id().nativeId());
                copy.int8(i.occurredAt().getEpochSecond());
                copy.int4(i.occurredAt().getNano());
                copy.text(i.kind().name());
                copy.text(i.author() == null ? null : i.author().platform().id());
                copy.text(i.author() == null ? null : i.author().nativeId());
                copy.text(out -> Rows.writeInteractionBody(out, i));
                copy.text(i.raw() == null ? null : i.raw().mediaType());
                copy.text(i.raw() == null ? null : i.raw().body());
            }
            copy.finish();
            return true;
        } finally {
            copy.cancel();
        }
    }

    /** Writes rows with one multi-row INSERT. */
    private static void insert(Connection c, List<Interaction> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                Dialects.multiRowInsert("scrm_interaction", COLUMNS, FIELDS, rows.size()))) {
            int p = 1;
            for (Interaction i : rows) {
                ps.setString(p++, i.id().platform().id());
                ps.setString(p++, i.id().nativeId());
                ps.setLong(p++, i.occurredAt().getEpochSecond());
                ps.setInt(p++, i.occurredAt().getNano());
                ps.setString(p++, i.kind().name());
                if (i.author() == null) {
                    ps.setNull(p++, Types.VARCHAR);
                    ps.setNull(p++, Types.VARCHAR);
                } else {
                    ps.setString(p++, i.author().platform().id());
                    ps.setString(p++, i.author().nativeId());
                }
                ps.setString(p++, Rows.writeInteractionBody(i));
                if (i.raw() == null) {
                    ps.setNull(p++, Types.VARCHAR);
                    ps.setNull(p++, Types.VARCHAR);
                } else {
                    ps.setString(p++, i.raw().mediaType());
                    ps.setString(p++, i.raw().body());
                }
            }
            ps.executeUpdate();
        }
    }

    /** The interactions whose ids are not stored yet, in order. */
    private List<Interaction> fresh(Connection c, List<Interaction> batch) throws SQLException {
        List<String[]> keys = new ArrayList<>(batch.size());
        for (Interaction i : batch) {
            keys.add(new String[] {i.id().platform().id(), i.id().nativeId()});
        }
        Set<InteractionId> found = new HashSet<>();
        probe(c, keys, "SELECT x.platform, x.native_id FROM " + Dialects.pairTable(db.dialect())
                + " JOIN scrm_interaction x ON x.platform = k.p AND x.native_id = k.n",
                rs -> found.add(InteractionId.of(rs.getString(1), rs.getString(2))));
        if (found.isEmpty()) {
            return batch;
        }
        List<Interaction> fresh = new ArrayList<>(batch.size() - found.size());
        for (Interaction i : batch) {
            if (!found.contains(i.id())) {
                fresh.add(i);
            }
        }
        return fresh;
    }

    /** The customers the authors of these interactions are linked to (unlinked authors are left out). */
    private Map<PlatformAccountId, CustomerId> owners(Connection c, List<Interaction> fresh) throws SQLException {
        Set<PlatformAccountId> distinct = new HashSet<>();
        for (Interaction i : fresh) {
            if (i.author() != null) {
                distinct.add(i.author());
            }
        }
        List<String[]> keys = new ArrayList<>(distinct.size());
        for (PlatformAccountId a : distinct) {
            keys.add(new String[] {a.platform().id(), a.nativeId()});
        }
        Map<PlatformAccountId, CustomerId> owners = new HashMap<>();
        probe(c, keys, "SELECT i.platform, i.native_id, i.customer_id FROM " + Dialects.pairTable(db.dialect())
                + " JOIN scrm_identity i ON i.platform = k.p AND i.native_id = k.n WHERE i.customer_id IS NOT NULL",
                rs -> owners.put(PlatformAccountId.of(rs.getString(1), rs.getString(2)),
                        CustomerId.of(rs.getString(3))));
        return owners;
    }

    /**
     * Runs a query that joins (platform, native id) keys bound as the pair table, {@value #PROBE} keys a query,
     * and hands each result row to {@code row}.
     */
    private static void probe(Connection c, List<String[]> keys, String sql, RowReader row) throws SQLException {
        for (int from = 0; from < keys.size(); from += PROBE) {
            int n = Math.min(keys.size(), from + PROBE) - from;
            String[] platforms = new String[n];
            String[] nativeIds = new String[n];
            for (int k = 0; k < n; k++) {
                platforms[k] = keys.get(from + k)[0];
                nativeIds[k] = keys.get(from + k)[1];
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Dialects.bindPairs(c, ps, 1, platforms, nativeIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            }
        }
    }

    /** Takes one result row. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }
}
