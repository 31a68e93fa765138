package dev.scrm.store;

import dev.scrm.core.ScrmException;

/** A record with the same key is already stored. The message names the key type and operation only. */
public final class AlreadyExistsException extends ScrmException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what already exists, without personal data
     */
    public AlreadyExistsException(String message) {
        super(message);
    }
}
