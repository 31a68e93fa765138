package dev.scrm.store.jdbc.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The {@link AuditLog} in table {@code scrm_audit}; thread-safe (all state is in the database). */
final class JdbcAuditLogImpl implements AuditLog {

    private static final String REDACT_SET = "UPDATE scrm_audit SET subject = NULL, details = '{}', redacted = TRUE";
    private static final String NOT_YET_REDACTED = " AND (redacted = FALSE OR subject IS NOT NULL OR details <> '{}')";

    private final Db db;

    JdbcAuditLogImpl(Db db) {
        this.db = db;
    }

    @Override
    public AuditEvent append(AuditAction action, String actor, CustomerId customer, String subject,
            Map<String, String> details) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
        return db.write("audit.append", tx -> tx.audit(action, actor, customer, subject, details));
    }

    @Override
    public List<AuditEvent> eventsOf(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return db.read("audit.eventsOf", c -> select(c, "SELECT " + Rows.AUDIT_COLUMNS
                + " FROM scrm_audit WHERE customer_id = ? ORDER BY seq", customer.value()));
    }

    @Override
    public List<AuditEvent> eventsAbout(String subject) {
        Objects.requireNonNull(subject, "subject");
        return db.read("audit.eventsAbout", c -> select(c, "SELECT " + Rows.AUDIT_COLUMNS
                + " FROM scrm_audit WHERE subject = ? ORDER BY seq", subject));
    }

    @Override
    public List<AuditEvent> read(long afterSequence, int limit) {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must be >= 0, was " + afterSequence);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        return db.read("audit.read", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Rows.AUDIT_COLUMNS
                    + " FROM scrm_audit WHERE seq > ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY")) {
                ps.setLong(1, afterSequence);
                return collect(ps);
            }
        });
    }

    @Override
    public long lastSequence() {
        return db.read("audit.lastSequence", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM scrm_audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public int redact(CustomerId customer, Set<String> subjects) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(subjects, "subjects");
        return db.write("audit.redact", tx -> redact(tx, customer, subjects));
    }

    /** Redacts inside the caller's transaction; returns how many events changed. */
    static int redact(WriteTx tx, CustomerId customer, Iterable<String> subjects) throws SQLException {
        tx.flush();
        Connection c = tx.connection();
        int redacted;
        try (PreparedStatement ps = c.prepareStatement(REDACT_SET + " WHERE customer_id = ?" + NOT_YET_REDACTED)) {
            ps.setString(1, customer.value());
            redacted = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(REDACT_SET + " WHERE subject = ?" + NOT_YET_REDACTED)) {
            int batched = 0;
            for (String subject : subjects) {
                ps.setString(1, subject);
                ps.addBatch();
                if (++batched == 500) {
                    redacted += sum(ps.executeBatch());
                    batched = 0;
                }
            }
            if (batched > 0) {
                redacted += sum(ps.executeBatch());
            }
        }
        return redacted;
    }

    static int sum(int[] counts) {
        int total = 0;
        for (int n : counts) {
            if (n > 0) {
                total += n;
            }
        }
        return total;
    }

    private static List<AuditEvent> select(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            return collect(ps);
        }
    }

    private static List<AuditEvent> collect(PreparedStatement ps) throws SQLException {
        List<AuditEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Rows.readAudit(rs));
            }
        }
        return List.copyOf(out);
    }
}
