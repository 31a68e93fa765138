package dev.scrm.store.jdbc.internal;

import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN}, the fastest way to add many rows, reached through the PostgreSQL
 * driver's {@code PGConnection.getCopyAPI()} by reflection so that scrm-core needs no driver at compile or
 * run time. When the driver or the unwrapping is not available (another driver, a pool that does not
 * unwrap), callers fall back to multi-row inserts. Rows use COPY's text format; {@link #field} escapes a
 * value for it. Thread-safe.
 */
final class PgCopy {

    private static final Logger LOG = LoggerFactory.getLogger(PgCopy.class);
    private static final String PG_CONNECTION = "org.postgresql.PGConnection";

    private PgCopy() {
    }

    /**
     * Copies rows into a table, or reports that COPY is not available on this connection.
     *
     * @param c the connection (inside the caller's transaction)
     * @param sql the {@code COPY table (columns) FROM STDIN} statement
     * @param rows the rows in COPY text format, each ending with a newline
     * @return the number of rows copied, or empty when COPY is not available
     */
    static Optional<Long> copyIn(Connection c, String sql, Reader rows) throws SQLException {
        Object api = copyApi(c);
        if (api == null) {
            return Optional.empty();
        }
        try {
            Method copyIn = api.getClass().getMethod("copyIn", String.class, Reader.class);
            return Optional.of((Long) copyIn.invoke(api, sql, rows));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql2) {
                throw sql2;
            }
            throw new SQLException("COPY failed", "58000", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("COPY is not available ({}); using multi-row inserts", e.getClass().getSimpleName());
            return Optional.empty();
        }
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

    /** Appends a value in COPY text format ({@code \N} for null) followed by a tab or, when last, a newline. */
    static void field(StringBuilder out, String value, boolean last) {
        if (value == null) {
            out.append("\\N");
        } else {
            // copy runs of plain characters in bulk; only backslash, tab, newline and return need escapes
            int start = 0;
            int n = value.length();
            for (int i = 0; i < n; i++) {
                char ch = value.charAt(i);
                if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                    out.append(value, start, i).append('\\')
                            .append(ch == '\\' ? '\\' : ch == '\t' ? 't' : ch == '\n' ? 'n' : 'r');
                    start = i + 1;
                }
            }
            if (start == 0) {
                out.append(value);
            } else {
                out.append(value, start, n);
            }
        }
        out.append(last ? '\n' : '\t');
    }

    /** Appends a number followed by a tab or, when last, a newline. */
    static void field(StringBuilder out, long value, boolean last) {
        out.append(value).append(last ? '\n' : '\t');
    }
}
