package dev.scrm.core;

/**
 * The root of every exception that scrm throws on purpose.
 *
 * <p>It is unchecked: no public scrm method declares a checked exception. Subtypes carry their
 * context in accessors (a field path, a connector id, a retry hint), and messages name things by
 * typed id and operation only: they never contain e-mail addresses, phone numbers, handles, display
 * names, tokens or payloads. Programming errors (a null argument, an out-of-range value passed by
 * code) use the JDK's own exceptions instead.
 */
public abstract class ScrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, without personal data
     */
    protected ScrmException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, without personal data
     * @param cause the underlying failure, may be {@code null}
     */
    protected ScrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
