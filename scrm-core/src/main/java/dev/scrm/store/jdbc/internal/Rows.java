package dev.scrm.store.jdbc.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.RawPayload;
import dev.scrm.core.ScrmJson;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * How records map to rows: the full record as JSON (scrm's own strict format) in a {@code body} column, and
 * the fields the SPI queries by in their own indexed columns. Stateless and thread-safe.
 */
final class Rows {

    private static final ObjectWriter WRITER = ScrmJson.mapper().writer();
    /** An interaction without its raw payload, which has columns of its own (schema version 3). */
    private static final ObjectWriter INTERACTION_BODY = ScrmJson.mapper().rebuild()
            .addMixIn(Interaction.class, WithoutRaw.class).build().writerFor(Interaction.class);
    private static final ObjectReader INTERACTION = ScrmJson.mapper().readerFor(Interaction.class);
    private static final ObjectReader IDENTITY = ScrmJson.mapper().readerFor(SocialIdentity.class);
    private static final ObjectReader CUSTOMER = ScrmJson.mapper().readerFor(Customer.class);
    private static final ObjectReader DETAILS = ScrmJson.mapper().readerFor(
            new TypeReference<TreeMap<String, String>>() { });

    static final String AUDIT_COLUMNS = "seq, at_s, at_n, action, actor, customer_id, subject, details, redacted";

    private Rows() {
    }

    static String write(Object value) {
        return WRITER.writeValueAsString(value);
    }

    /** Leaves the raw payload out of an interaction's body. */
    @JsonIgnoreProperties("raw")
    private abstract static class WithoutRaw {
    }

    /** Writes an interaction's body (everything but its raw payload) to a stream as UTF-8. */
    static void writeInteractionBody(java.io.OutputStream out, Interaction i) {
        INTERACTION_BODY.writeValue(out, i);
    }

    /** An interaction's body: everything but its raw payload. */
    static String writeInteractionBody(Interaction i) {
        return INTERACTION_BODY.writeValueAsString(i);
    }

    /** The customer's body: everything but its identities (kept in scrm_identity) and version (a column). */
    static String writeCustomer(Customer c) {
        return write(new Customer(c.id(), c.attributes(), c.consent(), Set.of(), c.createdAt(), c.updatedAt(), 0));
    }

    static Customer readCustomer(String body, long version, Set<PlatformAccountId> identities) {
        try {
            Customer c = CUSTOMER.readValue(body);
            return new Customer(c.id(), c.attributes(), c.consent(), identities, c.createdAt(), c.updatedAt(),
                    version);
        } catch (RuntimeException e) {
            throw Failures.unreadable("read", "scrm_customer", e);
        }
    }

    /** The columns {@link #readInteraction(ResultSet, int)} reads, in order. */
    static final String INTERACTION_READ_COLUMNS = "body, raw_type, raw_body";

    /**
     * Reads an interaction from its body and raw payload columns, starting at column {@code at}. Rows written
     * before schema version 3 have no payload columns and keep the payload in the body.
     */
    static Interaction readInteraction(ResultSet rs, int at) throws SQLException {
        String body = rs.getString(at);
        String rawType = rs.getString(at + 1);
        String rawBody = rs.getString(at + 2);
        try {
            Interaction i = INTERACTION.readValue(body);
            return rawBody == null ? i : i.toBuilder().raw(new RawPayload(rawType, rawBody)).build();
        } catch (RuntimeException e) {
            throw Failures.unreadable("read", "scrm_interaction", e);
        }
    }

    static SocialIdentity readIdentity(String body) {
        try {
            return IDENTITY.readValue(body);
        } catch (RuntimeException e) {
            throw Failures.unreadable("read", "scrm_identity", e);
        }
    }

    /**
     * An audit event's details as a JSON object. Written by hand: it runs once per stored interaction, and
     * a flat map of strings needs no serialiser.
     */
    static String writeDetails(Map<String, String> details) {
        if (details.isEmpty()) {
            return "{}";
        }
        StringBuilder out = new StringBuilder(16 + 32 * details.size()).append('{');
        for (Map.Entry<String, String> e : details.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, e.getKey());
            out.append(':');
            quote(out, e.getValue());
        }
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20) {
                out.append("\\u00").append(Character.forDigit(ch >> 4, 16)).append(Character.forDigit(ch & 15, 16));
            } else {
                out.append(ch);
            }
        }
        out.append('"');
    }

    static AuditEvent readAudit(ResultSet rs) throws SQLException {
        try {
            String customer = rs.getString(6);
            Map<String, String> details = DETAILS.readValue(rs.getString(8));
            return new AuditEvent(rs.getLong(1), Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)),
                    AuditAction.of(rs.getString(4)), rs.getString(5), customer == null ? null : CustomerId.of(customer),
                    rs.getString(7), details, rs.getBoolean(9));
        } catch (RuntimeException e) {
            throw Failures.unreadable("read", "scrm_audit", e);
        }
    }
}
