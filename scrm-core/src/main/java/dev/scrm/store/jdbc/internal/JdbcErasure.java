package dev.scrm.store.jdbc.internal;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.store.AuditAction;
import dev.scrm.store.ErasureReceipt;
import dev.scrm.store.internal.StoreRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Erasure (right to be forgotten) in one transaction: the customer's interactions, identities and record are
 * deleted from every table, and its audit events, and those about its identities and interactions, are
 * redacted to non-personal tombstones, followed by one {@code CUSTOMER_ERASED} event. Thread-safe.
 */
final class JdbcErasure {

    private final Db db;

    JdbcErasure(Db db) {
        this.db = db;
    }

    ErasureReceipt erase(CustomerId customer, String actor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(actor, "actor");
        return db.write("erase", tx -> {
            Connection c = tx.connection();
            Customer erased = CustomerRows.requireCustomer(c, customer);
            List<String> subjects = new ArrayList<>();
            for (PlatformAccountId account : erased.identities()) {
                subjects.add(StoreRules.identitySubject(account));
                try (PreparedStatement ps = c.prepareStatement("SELECT x.platform, x.native_id FROM scrm_interaction x"
                        + " WHERE " + Dialects.authorIs(db.dialect(), "x"))) {
                    bind(ps, Dialects.authorValues(db.dialect(), account));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            subjects.add(StoreRules.interactionSubject(
                                    InteractionId.of(rs.getString(1), rs.getString(2))));
                        }
                    }
                }
            }
            int interactionsRemoved = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM scrm_interaction x WHERE " + Dialects.authorIs(db.dialect(), "x"))) {
                for (PlatformAccountId account : erased.identities()) {
                    bind(ps, Dialects.authorValues(db.dialect(), account));
                    interactionsRemoved += ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scrm_identity WHERE customer_id = ?")) {
                ps.setString(1, customer.value());
                ps.executeUpdate();
            }
            CustomerRows.deleteCustomer(c, customer);
            int redacted = JdbcAuditLogImpl.redact(tx, customer, subjects);
            ErasureReceipt receipt = new ErasureReceipt(customer, erased.identities().size(), interactionsRemoved,
                    redacted, tx.now());
            tx.audit(AuditAction.CUSTOMER_ERASED, actor, customer, null, Map.of(
                    "identities_removed", Integer.toString(receipt.identitiesRemoved()),
                    "interactions_removed", Integer.toString(receipt.interactionsRemoved()),
                    "audit_events_redacted", Integer.toString(receipt.auditEventsRedacted())));
            return receipt;
        });
    }

    private static void bind(PreparedStatement ps, List<String> values) throws java.sql.SQLException {
        for (int k = 0; k < values.size(); k++) {
            ps.setString(k + 1, values.get(k));
        }
    }
}
