package dev.scrm.store.jdbc.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.StoreException;
import dev.scrm.store.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One writing transaction: its connection, the audit sequence it holds the lock on, and the audit events it
 * appended, written in one batch before commit. Confined to one thread.
 */
final class WriteTx {

    /** Audit rows per multi-row insert: 9 parameters each, well below every driver's parameter limit. */
    static final int ROWS_PER_INSERT = 500;

    private final Connection connection;
    private final JdbcDialect dialect;
    private final Clock clock;
    private long lastSeq;
    private long flushedSeq;
    private final List<AuditEvent> pending = new ArrayList<>();

    private WriteTx(Connection connection, JdbcDialect dialect, Clock clock, long lastSeq) {
        this.connection = connection;
        this.dialect = dialect;
        this.clock = clock;
        this.lastSeq = lastSeq;
        this.flushedSeq = lastSeq;
    }

    static WriteTx begin(Connection c, JdbcDialect dialect, Clock clock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM scrm_audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("begin", null, "table scrm_audit_head has no row: the scrm schema was not"
                        + " applied completely", null);
            }
            return new WriteTx(c, dialect, clock, rs.getLong(1));
        }
    }

    Connection connection() {
        return connection;
    }

    Instant now() {
        return clock.instant();
    }

    /** Appends an audit event to this transaction; it is written at the latest just before commit. */
    AuditEvent audit(AuditAction action, String actor, CustomerId customer, String subject,
            Map<String, String> details) {
        AuditEvent event = new AuditEvent(lastSeq + 1, clock.instant(), action, actor, customer, subject, details,
                false);
        lastSeq++;
        pending.add(event);
        return event;
    }

    /** Writes the pending audit events and the new head; call before reading or changing audit rows. */
    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        if (!(dialect == JdbcDialect.POSTGRESQL && pending.size() > 1 && copyPending())) {
            insertPending();
        }
        pending.clear();
        if (lastSeq != flushedSeq) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE scrm_audit_head SET last_seq = ? WHERE id = 1")) {
                ps.setLong(1, lastSeq);
                ps.executeUpdate();
            }
            flushedSeq = lastSeq;
        }
    }

    private boolean copyPending() throws SQLException {
        java.util.Optional<PgCopy> open = PgCopy.open(connection, "scrm_audit", Rows.AUDIT_COLUMNS);
        if (open.isEmpty()) {
            return false;
        }
        PgCopy copy = open.get();
        try {
            for (AuditEvent e : pending) {
                copy.row(9);
                copy.int8(e.sequence());
                copy.int8(e.at().getEpochSecond());
                copy.int4(e.at().getNano());
                copy.text(e.action().name());
                copy.text(e.actor());
                copy.text(e.customer() == null ? null : e.customer().value());
                copy.text(e.subject());
                copy.text(Rows.writeDetails(e.details()));
                copy.bool(false);
            }
            copy.finish();
            return true;
        } finally {
            copy.cancel();
        }
    }

    private void insertPending() throws SQLException {
        for (int from = 0; from < pending.size(); from += ROWS_PER_INSERT) {
            List<AuditEvent> rows = pending.subList(from, Math.min(pending.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement ps = connection.prepareStatement(
                    Dialects.multiRowInsert("scrm_audit", Rows.AUDIT_COLUMNS, 9, rows.size()))) {
                int p = 1;
                for (AuditEvent e : rows) {
                    ps.setLong(p++, e.sequence());
                    ps.setLong(p++, e.at().getEpochSecond());
                    ps.setInt(p++, e.at().getNano());
                    ps.setString(p++, e.action().name());
                    ps.setString(p++, e.actor());
                    if (e.customer() == null) {
                        ps.setNull(p++, Types.VARCHAR);
                    } else {
                        ps.setString(p++, e.customer().value());
                    }
                    if (e.subject() == null) {
                        ps.setNull(p++, Types.VARCHAR);
                    } else {
                        ps.setString(p++, e.subject());
                    }
                    ps.setString(p++, Rows.writeDetails(e.details()));
                    ps.setBoolean(p++, false);
                }
                ps.executeUpdate();
            }
        }
    }
}
