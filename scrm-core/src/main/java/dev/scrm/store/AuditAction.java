package dev.scrm.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * What an {@link AuditEvent} records. An open value type so that later stages (cases, segments) can add
 * their own actions; the constants are the ones the stores emit. Names are upper-case letters, digits and
 * {@code _}. Immutable and thread-safe.
 *
 * @param name the action's name, for example {@code CUSTOMER_CREATED}
 */
public record AuditAction(String name) {

    /** A customer record was created. */
    public static final AuditAction CUSTOMER_CREATED = new AuditAction("CUSTOMER_CREATED");
    /** A customer's attributes changed (the details name the attributes, never their values). */
    public static final AuditAction CUSTOMER_UPDATED = new AuditAction("CUSTOMER_UPDATED");
    /** A customer's consent changed (the details name the purposes and their new status). */
    public static final AuditAction CONSENT_CHANGED = new AuditAction("CONSENT_CHANGED");
    /** A social identity was stored for the first time. */
    public static final AuditAction IDENTITY_ADDED = new AuditAction("IDENTITY_ADDED");
    /** A stored social identity was updated. */
    public static final AuditAction IDENTITY_UPDATED = new AuditAction("IDENTITY_UPDATED");
    /** A social identity was linked to a customer. */
    public static final AuditAction IDENTITY_LINKED = new AuditAction("IDENTITY_LINKED");
    /** A social identity was unlinked from a customer. */
    public static final AuditAction IDENTITY_UNLINKED = new AuditAction("IDENTITY_UNLINKED");
    /** Two customers were merged into one. */
    public static final AuditAction CUSTOMERS_MERGED = new AuditAction("CUSTOMERS_MERGED");
    /** A merge was undone or a customer split. */
    public static final AuditAction CUSTOMER_SPLIT = new AuditAction("CUSTOMER_SPLIT");
    /** An interaction was appended. */
    public static final AuditAction INTERACTION_APPENDED = new AuditAction("INTERACTION_APPENDED");
    /** A customer and all personal data about them were erased: the non-personal tombstone. */
    public static final AuditAction CUSTOMER_ERASED = new AuditAction("CUSTOMER_ERASED");

    /**
     * Validates the name.
     *
     * @throws IllegalArgumentException if it is blank, longer than 64 characters or has other characters
     */
    public AuditAction {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > 64) {
            throw new IllegalArgumentException("audit action name must have 1 to 64 characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                throw new IllegalArgumentException("audit action name may contain only A-Z, 0-9 and '_'"
                        + " (bad character at position " + i + ")");
            }
        }
    }

    /**
     * The action with this name.
     *
     * @param name the name
     * @return the action
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AuditAction of(String name) {
        return new AuditAction(name);
    }

    /**
     * The name, as written in JSON.
     *
     * @return the name
     */
    @Override
    @JsonValue
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
