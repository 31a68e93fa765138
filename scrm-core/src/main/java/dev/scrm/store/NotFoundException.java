package dev.scrm.store;

import dev.scrm.core.ScrmException;

/** A record that an operation needs is not stored (or was erased). */
public final class NotFoundException extends ScrmException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing, without personal data
     */
    public NotFoundException(String message) {
        super(message);
    }
}
