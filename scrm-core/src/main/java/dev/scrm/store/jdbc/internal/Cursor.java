package dev.scrm.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over a query's rows, read through a server-side cursor in pages of {@link #FETCH_SIZE}
 * rows inside one read-only transaction (one consistent snapshot where the database offers it). The
 * connection is released when the stream is closed or its last row has been read. Confined to the thread
 * that consumes the stream.
 */
final class Cursor<T> extends Spliterators.AbstractSpliterator<T> implements AutoCloseable {

    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 1_000;

    /** Binds parameters to the statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /**
     * Turns the current row into a value. A value that spans several rows reads on, and reports through
     * {@code cursor} whether it stopped on the first row of the next value or ran out of rows.
     */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs, Cursor<T> cursor) throws SQLException;
    }

    private final String operation;
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final Reader<T> reader;
    private final int isolation;
    private boolean closed;
    private boolean rowPending;
    private boolean exhausted;

    private Cursor(String operation, Connection connection, PreparedStatement statement, ResultSet rows,
            Reader<T> reader, int isolation) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.isolation = isolation;
        this.operation = operation;
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.reader = reader;
    }

    static <T> Stream<T> open(Db db, String operation, String sql, Binder binder, Reader<T> reader) {
        Connection c = db.open(operation);
        PreparedStatement ps = null;
        int isolation = Connection.TRANSACTION_READ_COMMITTED;
        try {
            isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(FETCH_SIZE);
            binder.bind(ps);
            ResultSet rs = ps.executeQuery();
            Cursor<T> cursor = new Cursor<>(operation, c, ps, rs, reader, isolation);
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException e) {
            if (ps != null) {
                Db.closeQuietly(ps);
            }
            release(c, isolation);
            throw Failures.of(operation, e);
        } catch (RuntimeException e) {
            release(c, isolation);
            throw e;
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (closed) {
            return false;
        }
        T value;
        try {
            if (exhausted || (!rowPending && !rows.next())) {
                close();
                return false;
            }
            rowPending = false;
            value = reader.read(rows, this);
        } catch (SQLException e) {
            close();
            throw Failures.of(operation, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        action.accept(value);
        return true;
    }

    /** Called by a reader that stopped on the first row of the next value. */
    void rowPending() {
        rowPending = true;
    }

    /** Called by a reader that read past the last row. */
    void exhausted() {
        exhausted = true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Db.closeQuietly(rows);
        Db.closeQuietly(statement);
        release(connection, isolation);
    }

    private static void release(Connection c, int isolation) {
        try {
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is closed below either way
        } finally {
            Db.closeQuietly(c);
        }
    }
}
