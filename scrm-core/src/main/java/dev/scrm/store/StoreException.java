package dev.scrm.store;

import dev.scrm.core.ScrmException;
import java.util.Objects;

/**
 * A durable store could not do what was asked: the database was unreachable, refused the statement or
 * holds a row that cannot be read back. Nothing of the failed operation was written.
 *
 * <p>The message names the operation, the table where known and the database's SQLState, never a stored
 * value. The database's own exception is attached as the cause only for failures that cannot carry row data
 * (connection, authentication, missing schema); constraint and data errors, whose database messages quote
 * values, are reported by SQLState alone.
 */
public final class StoreException extends ScrmException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String sqlState;

    /**
     * Creates the exception.
     *
     * @param operation the store operation that failed, for example {@code appendAll}
     * @param sqlState the database's SQLState, or {@code null} when the failure was not a database error
     * @param message what went wrong, without personal data
     * @param cause the underlying failure, or {@code null}
     */
    public StoreException(String operation, String sqlState, String message, Throwable cause) {
        super(Objects.requireNonNull(operation, "operation") + ": " + Objects.requireNonNull(message, "message")
                + (sqlState == null ? "" : " (SQLState " + sqlState + ")"), cause);
        this.operation = operation;
        this.sqlState = sqlState;
    }

    /**
     * The store operation that failed.
     *
     * @return the operation's name
     */
    public String operation() {
        return operation;
    }

    /**
     * The database's SQLState, when the failure came from the database.
     *
     * @return the SQLState, or {@code null}
     */
    public String sqlState() {
        return sqlState;
    }
}
