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
 * <p>On PostgreSQL a batch is first streamed optimistically with one binary {@code COPY} (see {@link PgCopy})
 * inside a savepoint, so the server inserts while the client encodes and no lookup precedes the insert: the
 * primary key is the duplicate check. When a row is already stored the copy fails with a unique violation,
 * the savepoint is rolled back and the batch takes the careful path, which later batches keep taking until
 * one meets no stored id (a connector re-reading an overlap sends several such batches in a row). The
 * careful path looks the batch's ids up in {@code scrm_interaction} ({@value #PROBE} per query, one index
 * probe each) and writes only the new rows: by {@code COPY} on PostgreSQL, elsewhere (or when COPY is not
 * reachable through the data source) in multi-row inserts of {@value #ROWS_PER_INSERT}. Either way the
 * authors of the new rows are looked up in {@code scrm_identity} for the audit events' customer, and one
 * audit event per stored interaction follows in the same transaction. Writers hold the writer lock, so no
 * other transaction adds rows between the lookup and the insert. Thread-safe.
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
        // PostgreSQL streams the whole batch in one COPY; other databases go chunk by chunk
        int part = copyReachable ? all.size() : ROWS_PER_INSERT;
        return db.write("appendAll", tx -> {
            int stored = 0;
            for (int from = 0; from < all.size(); from += part) {
                stored += appendPart(tx, all.subList(from, Math.min(all.size(), from + part)), actor);
            }
            return stored;
        });
    }

    /** Looks up, writes and audits part of a batch; its audit events are written before the next part. */
    private int appendPart(WriteTx tx, List<Interaction> part, String actor) throws SQLException {
        Connection c = tx.connection();
        if (copyReachable && !probeFirst && copyOptimistically(c, part)) {
            audit(tx, part, owners(c, part), actor);
            tx.flush();
            return part.size();
        }
        List<Interaction> fresh = fresh(c, part);
        probeFirst = fresh.size() < part.size();
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<PlatformAccountId, CustomerId> owners = owners(c, fresh);
        if (!(copyReachable && copy(c, fresh))) {
            for (int from = 0; from < fresh.size(); from += ROWS_PER_INSERT) {
                insert(c, fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_INSERT)));
            }
        }
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
     * Copies a whole part without looking its ids up first; false, with nothing written, when an id was
     * already stored or COPY is not available.
     */
    private boolean copyOptimistically(Connection c, List<Interaction> part) throws SQLException {
        Savepoint before = c.setSavepoint();
        boolean copied;
        try {
            copied = copy(c, part);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before);
            probeFirst = true;
            return false;
        }
        c.releaseSavepoint(before);
        return copied;
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
