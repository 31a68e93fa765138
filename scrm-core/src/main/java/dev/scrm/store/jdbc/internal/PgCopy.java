package dev.scrm.store.jdbc.internal;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN (FORMAT binary)}, the cheapest way to add many rows, reached
 * through the PostgreSQL driver's {@code PGConnection.getCopyAPI()} by reflection so that scrm-core needs no
 * driver at compile or run time. When the driver or the unwrapping is not available (another driver, a pool
 * that does not unwrap), {@link #open} returns empty and callers fall back to multi-row inserts.
 *
 * <p>Rows are streamed: every {@value #FLUSH_AT} bytes the buffer goes to the server, which parses and
 * inserts them while the caller encodes the next rows, so the client's and the server's work overlap.
 * Binary format spares the server the per-character scan of the text format. Values are written in each
 * column's binary wire form: text as UTF-8 bytes, {@code BIGINT} as 8 bytes, {@code INTEGER} as 4,
 * {@code BOOLEAN} as 1. Confined to one thread; the caller owns the connection's transaction.
 */
final class PgCopy extends OutputStream {

    private static final Logger LOG = LoggerFactory.getLogger(PgCopy.class);
    private static final String PG_CONNECTION = "org.postgresql.PGConnection";
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};

    /** Bytes buffered before they are handed to the driver. */
    static final int FLUSH_AT = 256 * 1024;

    private final Object copyIn;
    private final Method write;
    private final Method end;
    private final Method cancel;
    private byte[] buf = new byte[FLUSH_AT + 64 * 1024];
    private int len;
    private boolean finished;

    private PgCopy(Object copyIn) throws NoSuchMethodException {
        this.copyIn = copyIn;
        Class<?> type = copyInType(copyIn);
        this.write = type.getMethod("writeToCopy", byte[].class, int.class, int.class);
        this.end = type.getMethod("endCopy");
        this.cancel = type.getMethod("cancelCopy");
        System.arraycopy(HEADER, 0, buf, 0, HEADER.length);
        len = HEADER.length;
    }

    /**
     * Starts a binary COPY, or reports that COPY is not available on this connection.
     *
     * @param c the connection (inside the caller's transaction)
     * @param table the table
     * @param columns its columns, comma-separated, in the order each row gives them
     * @return the copy in progress, or empty when COPY is not available
     * @throws SQLException if the server refuses the COPY
     */
    static Optional<PgCopy> open(Connection c, String table, String columns) throws SQLException {
        Object api = copyApi(c);
        if (api == null) {
            return Optional.empty();
        }
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)";
        try {
            Object in = api.getClass().getMethod("copyIn", String.class).invoke(api, sql);
            return Optional.of(new PgCopy(in));
        } catch (InvocationTargetException e) {
            throw sqlFailure(e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("COPY is not available ({}); using multi-row inserts", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The public interface that declares the copy methods (the driver's class itself is not public API). */
    private static Class<?> copyInType(Object copyIn) throws NoSuchMethodException {
        for (Class<?> t = copyIn.getClass(); t != null; t = t.getSuperclass()) {
            for (Class<?> i : t.getInterfaces()) {
                if (i.getName().equals("org.postgresql.copy.CopyIn")) {
                    return i;
                }
            }
        }
        throw new NoSuchMethodException("org.postgresql.copy.CopyIn");
    }

    private static Object copyApi(Connection c) {
        try {
            Class<?> type = Class.forName(PG_CONNECTION, false, c.getClass().getClassLoader());
            if (!c.isWrapperFor(type)) {
                return null;
            }
            Object pg = c.unwrap(type);
            return type.getMethod("getCopyAPI").invoke(pg);
        } catch (ReflectiveOperationException | SQLException | RuntimeException | LinkageError e) {
            LOG.debug("COPY is not available ({}); using multi-row inserts", e.getClass().getSimpleName());
            return null;
        }
    }

    /** Starts a row of {@code fields} values. */
    void row(int fields) throws SQLException {
        if (len >= FLUSH_AT) {
            send();
        }
        ensure(2);
        buf[len++] = (byte) (fields >>> 8);
        buf[len++] = (byte) fields;
    }

    /** A text value, or SQL NULL. */
    void text(String value) {
        if (value == null) {
            putInt(-1);
            return;
        }
        int n = value.length();
        ensure(4 + n);
        int at = len;
        len += 4;
        // ASCII, the common case for ids and names, is copied without an encoder
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            if (ch >= 0x80) {
                ascii = false;
                break;
            }
            buf[len + i] = (byte) ch;
        }
        if (ascii) {
            len += n;
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, len, bytes.length);
            len += bytes.length;
        }
        setInt(at, len - at - 4);
    }

    /** A {@code BIGINT} value. */
    void int8(long value) {
        ensure(12);
        putInt(8);
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    /** An {@code INTEGER} value. */
    void int4(int value) {
        ensure(8);
        putInt(4);
        putInt(value);
    }

    /** A {@code BOOLEAN} value. */
    void bool(boolean value) {
        ensure(5);
        putInt(1);
        buf[len++] = (byte) (value ? 1 : 0);
    }

    /**
     * A text value written by {@code writer} into this stream as UTF-8 (for example a JSON serialiser), so
     * that it needs no intermediate string.
     */
    void text(ValueWriter writer) throws SQLException {
        ensure(4);
        int at = len;
        len += 4;
        try {
            writer.writeTo(this);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot encode a value for COPY", "22000", e);
        }
        setInt(at, len - at - 4);
    }

    /** Writes one value's bytes to a stream. */
    @FunctionalInterface
    interface ValueWriter {
        void writeTo(OutputStream out) throws java.io.IOException;
    }

    @Override
    public void write(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    /** Does nothing: {@link #finish()} ends the copy (serialisers close the stream they were given). */
    @Override
    public void close() {
        // the copy is ended by finish() or abandoned by cancel()
    }

    /**
     * Sends the rest and ends the copy.
     *
     * @return the number of rows the server stored
     * @throws SQLException if the server rejected a row
     */
    long finish() throws SQLException {
        ensure(2);
        buf[len++] = (byte) 0xff;
        buf[len++] = (byte) 0xff;
        send();
        finished = true;
        try {
            return (Long) end.invoke(copyIn);
        } catch (InvocationTargetException e) {
            throw sqlFailure(e);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("COPY failed", "58000", e);
        }
    }

    /** Abandons an unfinished copy, so the connection can roll back; never throws. */
    void cancel() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            cancel.invoke(copyIn);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cancelling COPY failed ({})", e.getClass().getSimpleName());
        }
    }

    private void send() throws SQLException {
        if (len == 0) {
            return;
        }
        try {
            write.invoke(copyIn, buf, 0, len);
        } catch (InvocationTargetException e) {
            throw sqlFailure(e);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("COPY failed", "58000", e);
        }
        len = 0;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    private void putInt(int v) {
        ensure(4);
        setInt(len, v);
        len += 4;
    }

    private void setInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private static SQLException sqlFailure(InvocationTargetException e) {
        if (e.getCause() instanceof SQLException sql) {
            return sql;
        }
        return new SQLException("COPY failed", "58000", e.getCause());
    }
}
