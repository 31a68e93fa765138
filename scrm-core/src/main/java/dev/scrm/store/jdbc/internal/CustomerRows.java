package dev.scrm.store.jdbc.internal;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.ConcurrentUpdateException;
import dev.scrm.store.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Rows of {@code scrm_customer} and {@code scrm_identity}: the SQL the customer operations share. Stateless. */
final class CustomerRows {

    private CustomerRows() {
    }

    /** An identity as stored, with the customer it is linked to. */
    record IdentityRow(SocialIdentity identity, CustomerId owner) {
    }

    static Optional<Customer> loadCustomer(Connection c, CustomerId id, boolean withIdentities)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, body FROM scrm_customer WHERE id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long version = rs.getLong(1);
                String body = rs.getString(2);
                Set<PlatformAccountId> ids = withIdentities ? identityIdsOf(c, id) : Set.of();
                return Optional.of(Rows.readCustomer(body, version, ids));
            }
        }
    }

    static Customer requireCustomer(Connection c, CustomerId id) throws SQLException {
        return loadCustomer(c, id, true).orElseThrow(() -> new NotFoundException("customer " + id + " is not stored"));
    }

    static Set<PlatformAccountId> identityIdsOf(Connection c, CustomerId id) throws SQLException {
        return new TreeSet<>(byCustomer(c, "SELECT platform, native_id FROM scrm_identity WHERE customer_id = ?", id,
                rs -> PlatformAccountId.of(rs.getString(1), rs.getString(2))));
    }

    static List<SocialIdentity> identitiesOf(Connection c, CustomerId id) throws SQLException {
        return byCustomer(c, "SELECT body FROM scrm_identity WHERE customer_id = ? ORDER BY platform, native_id", id,
                rs -> Rows.readIdentity(rs.getString(1)));
    }

    /** Reads one value from the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The rows a query with one customer id parameter returns, read in order. */
    private static <T> List<T> byCustomer(Connection c, String sql, CustomerId id, RowReader<T> reader)
            throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
        }
        return List.copyOf(out);
    }

    static void insertCustomer(Connection c, Customer customer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scrm_customer (id, version, body) VALUES (?, ?, ?)")) {
            ps.setString(1, customer.id().value());
            ps.setLong(2, customer.version());
            ps.setString(3, Rows.writeCustomer(customer));
            ps.executeUpdate();
        }
    }

    /** Writes a new state; the version guard is belt and braces, as writers hold the writer lock. */
    static void saveCustomer(Connection c, Customer customer, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scrm_customer SET version = ?, body = ? WHERE id = ? AND version = ?")) {
            ps.setLong(1, customer.version());
            ps.setString(2, Rows.writeCustomer(customer));
            ps.setString(3, customer.id().value());
            ps.setLong(4, expectedVersion);
            if (ps.executeUpdate() != 1) {
                throw new ConcurrentUpdateException(customer.id(), expectedVersion, -1);
            }
        }
    }

    static void deleteCustomer(Connection c, CustomerId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM scrm_customer WHERE id = ?")) {
            ps.setString(1, id.value());
            ps.executeUpdate();
        }
    }

    static Optional<IdentityRow> loadIdentity(Connection c, PlatformAccountId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT body, customer_id FROM scrm_identity WHERE platform = ? AND native_id = ?")) {
            bindKey(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String owner = rs.getString(2);
                return Optional.of(new IdentityRow(Rows.readIdentity(rs.getString(1)),
                        owner == null ? null : CustomerId.of(owner)));
            }
        }
    }

    static Optional<CustomerId> loadIdentityOwner(Connection c, PlatformAccountId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT customer_id FROM scrm_identity WHERE platform = ? AND native_id = ?")) {
            bindKey(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                String owner = rs.next() ? rs.getString(1) : null;
                return owner == null ? Optional.empty() : Optional.of(CustomerId.of(owner));
            }
        }
    }

    static IdentityRow requireIdentity(Connection c, PlatformAccountId id) throws SQLException {
        return loadIdentity(c, id).orElseThrow(
                () -> new NotFoundException("identity on " + id.platform() + " is not stored"));
    }

    static void writeIdentityBody(Connection c, SocialIdentity identity) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scrm_identity SET body = ? WHERE platform = ? AND native_id = ?")) {
            ps.setString(1, Rows.write(identity));
            bindKey(ps, 2, identity.id());
            ps.executeUpdate();
        }
    }

    static void setIdentity(Connection c, SocialIdentity identity, CustomerId owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scrm_identity SET body = ?, customer_id = ? WHERE platform = ? AND native_id = ?")) {
            ps.setString(1, Rows.write(identity));
            bindOwner(ps, 2, owner);
            bindKey(ps, 3, identity.id());
            ps.executeUpdate();
        }
    }

    static void setOwner(Connection c, PlatformAccountId id, CustomerId owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE scrm_identity SET customer_id = ? WHERE platform = ? AND native_id = ?")) {
            bindOwner(ps, 1, owner);
            bindKey(ps, 2, id);
            ps.executeUpdate();
        }
    }

    private static void bindOwner(PreparedStatement ps, int index, CustomerId owner) throws SQLException {
        if (owner == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, owner.value());
        }
    }

    /** Binds an identity's key, platform and native id, at {@code index} and {@code index + 1}. */
    static void bindKey(PreparedStatement ps, int index, PlatformAccountId id) throws SQLException {
        ps.setString(index, id.platform().id());
        ps.setString(index + 1, id.nativeId());
    }

    static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
