package dev.scrm.store.jdbc.internal;

import dev.scrm.store.StoreException;
import java.sql.SQLException;

/** Turns database failures into {@link StoreException}s that carry no stored values. */
final class Failures {

    private Failures() {
    }

    static StoreException of(String operation, SQLException e) {
        String state = e.getSQLState();
        String sqlClass = state == null || state.length() < 2 ? "" : state.substring(0, 2);
        // connection (08), authorisation (28), catalog and schema (3D, 3F, 42), resource (53), operator (57)
        // and rollback (40) failures carry no row data; the rest (constraint 23, data 22, vendor-specific
        // states) may quote values, so their cause is dropped
        boolean safe = switch (sqlClass) {
            case "08", "28", "3D", "3F", "42", "53", "57", "40" -> true;
            default -> false;
        };
        String message = switch (sqlClass) {
            case "08" -> "the database connection failed";
            case "28" -> "the database refused the credentials";
            case "42" -> "the database rejected a statement (is the scrm schema applied?)";
            case "23" -> "the database reported a constraint violation";
            case "22" -> "the database rejected a value";
            case "40" -> "the database aborted the transaction (deadlock or serialization failure); retry";
            default -> "the database reported an error";
        };
        return new StoreException(operation, state, message + " [" + e.getClass().getSimpleName() + ", code "
                + e.getErrorCode() + "]", safe ? e : null);
    }

    static StoreException unreadable(String operation, String table, RuntimeException e) {
        return new StoreException(operation, null, "a row of table " + table + " cannot be read back ["
                + e.getClass().getSimpleName() + "]", null);
    }
}
