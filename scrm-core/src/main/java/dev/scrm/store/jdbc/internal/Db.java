package dev.scrm.store.jdbc.internal;

import dev.scrm.store.StoreException;
import dev.scrm.store.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Connections and transactions over the user's data source. Every writing transaction locks the audit head row
 * and holds it until it commits, so writers are serialised and audit sequences are gap-free in commit order;
 * readers never take that lock. A writer may do work that needs no order before it takes the lock (see
 * {@link #write(String, Prelude, LockedWork)}), so that work of several writers runs at the same time.
 * Thread-safe.
 */
final class Db {

    /** Work done on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Work done inside a writing transaction. */
    @FunctionalInterface
    interface WriteWork<T> {
        T run(WriteTx tx) throws SQLException;
    }

    /** Work done in a writing transaction before it takes the writer lock. */
    @FunctionalInterface
    interface Prelude<P> {
        P run(Connection c) throws SQLException;
    }

    /** Work done in a writing transaction once it holds the writer lock, given what the prelude returned. */
    @FunctionalInterface
    interface LockedWork<T, P> {
        T run(WriteTx tx, P prepared) throws SQLException;
    }

    private final DataSource dataSource;
    private final JdbcDialect dialect;
    private final Clock clock;

    Db(DataSource dataSource, JdbcDialect dialect, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    JdbcDialect dialect() {
        return dialect;
    }

    Clock clock() {
        return clock;
    }

    Connection open(String operation) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw Failures.of(operation, e);
        }
    }

    /** Runs read-only work in auto-commit mode. */
    <T> T read(String operation, Work<T> work) {
        try (Connection c = open(operation)) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return work.run(c);
        } catch (SQLException e) {
            throw Failures.of(operation, e);
        }
    }

    /**
     * Runs work in one transaction that holds the writer lock; commits when it returns, rolls back when it
     * throws (a scrm exception thrown by the work, such as a version conflict, passes through unchanged).
     */
    <T> T write(String operation, WriteWork<T> work) {
        return write(operation, c -> null, (tx, none) -> work.run(tx));
    }

    /**
     * Runs a prelude, then work holding the writer lock, in one transaction; commits when the work returns, rolls
     * back when either throws. The prelude runs before the lock is taken, so it must not depend on other writers'
     * order: it sees what they committed, and what it writes stays invisible to them until the commit.
     */
    <T, P> T write(String operation, Prelude<P> prelude, LockedWork<T, P> work) {
        Connection c = open(operation);
        try {
            boolean auto = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            if (auto) {
                c.setAutoCommit(false);
            }
            // read committed: after waiting for the writer lock, every statement sees the latest commits
            if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            try {
                P prepared = prelude.run(c);
                WriteTx tx = WriteTx.begin(c, dialect, clock);
                T result = work.run(tx, prepared);
                tx.flush();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                if (auto) {
                    c.setAutoCommit(true);
                }
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    c.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw Failures.of(operation, e);
        } finally {
            closeQuietly(c);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(new StoreException("rollback", e.getSQLState(), "rollback failed", null));
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing useful to do: the connection is being discarded
        }
    }
}
