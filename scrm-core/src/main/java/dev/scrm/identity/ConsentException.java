package dev.scrm.identity;

import dev.scrm.core.Platform;
import dev.scrm.core.ScrmException;
import java.util.Objects;

/**
 * A link was requested that the linking policy allows only with the person's consent, and the record has none.
 *
 * <p>Under {@link LinkPolicy} an account on a platform that requires opt-in is linked to a record of another
 * platform or source only on first-party evidence (a deterministic rule such as an OAuth login or a verified
 * e-mail), an agent's confirmation, or recorded consent. The message names the platform and the record's source,
 * never its values.
 */
public final class ConsentException extends ScrmException {

    private static final long serialVersionUID = 1L;

    private final transient RecordRef record;
    private final transient Platform platform;

    /**
     * Creates the exception.
     *
     * @param record the record whose consent is missing
     * @param platform the platform whose policy requires it
     * @throws NullPointerException if an argument is null
     */
    public ConsentException(RecordRef record, Platform platform) {
        super("linking an account of platform '" + Objects.requireNonNull(platform, "platform").id()
                + "' (source '" + Objects.requireNonNull(record, "record").source()
                + "') to another platform's record needs the person's consent under the linking policy");
        this.record = record;
        this.platform = platform;
    }

    /**
     * The record whose consent is missing.
     *
     * @return the record
     */
    public RecordRef record() {
        return record;
    }

    /**
     * The platform whose policy requires consent.
     *
     * @return the platform
     */
    public Platform platform() {
        return platform;
    }
}
