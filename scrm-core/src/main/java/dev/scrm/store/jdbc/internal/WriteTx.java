package dev.scrm.store.jdbc.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.StoreException;
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

    static final String INSERT_AUDIT = "INSERT INTO scrm_audit (seq, at_s, at_n, action, actor, customer_id,"
            + " subject, details, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final Clock clock;
    private long lastSeq;
    private long flushedSeq;
    private final List<AuditEvent> pending = new ArrayList<>();

    private WriteTx(Connection connection, Clock clock, long lastSeq) {
        this.connection = connection;
        this.clock = clock;
        this.lastSeq = lastSeq;
        this.flushedSeq = lastSeq;
    }

    static WriteTx begin(Connection c, Clock clock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM scrm_audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("begin", null, "table scrm_audit_head has no row: the scrm schema was not"
                        + " applied completely", null);
            }
            return new WriteTx(c, clock, rs.getLong(1));
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
        try (PreparedStatement ps = connection.prepareStatement(INSERT_AUDIT)) {
            for (AuditEvent e : pending) {
                ps.setLong(1, e.sequence());
                ps.setLong(2, e.at().getEpochSecond());
                ps.setInt(3, e.at().getNano());
                ps.setString(4, e.action().name());
                ps.setString(5, e.actor());
                if (e.customer() == null) {
                    ps.setNull(6, Types.VARCHAR);
                } else {
                    ps.setString(6, e.customer().value());
                }
                if (e.subject() == null) {
                    ps.setNull(7, Types.VARCHAR);
                } else {
                    ps.setString(7, e.subject());
                }
                ps.setString(8, Rows.writeDetails(e.details()));
                ps.setBoolean(9, false);
                ps.addBatch();
            }
            ps.executeBatch();
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
}
