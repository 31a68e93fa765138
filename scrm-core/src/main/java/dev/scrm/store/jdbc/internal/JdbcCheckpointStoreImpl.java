package dev.scrm.store.jdbc.internal;

import dev.scrm.store.jdbc.JdbcCheckpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The {@link JdbcCheckpointStore}; one short auto-commit statement per call; thread-safe. */
final class JdbcCheckpointStoreImpl implements JdbcCheckpointStore {

    private final Db db;

    JdbcCheckpointStoreImpl(Db db) {
        this.db = db;
    }

    @Override
    public Optional<String> load(String key) {
        check(key);
        return db.read("checkpoint.load", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT checkpoint_value FROM scrm_checkpoint WHERE checkpoint_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void save(String key, String checkpoint) {
        check(key);
        Objects.requireNonNull(checkpoint, "checkpoint");
        Instant now = db.clock().instant();
        db.read("checkpoint.save", c -> {
            upsert(c, key, checkpoint, now);
            return null;
        });
    }

    private void upsert(Connection c, String key, String checkpoint, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Dialects.upsertCheckpoint(db.dialect()))) {
            ps.setString(1, key);
            ps.setString(2, checkpoint);
            ps.setLong(3, now.getEpochSecond());
            ps.setInt(4, now.getNano());
            ps.executeUpdate();
        }
    }

    @Override
    public boolean delete(String key) {
        check(key);
        return db.read("checkpoint.delete", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scrm_checkpoint WHERE checkpoint_key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static void check(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("checkpoint key must have 1 to " + MAX_KEY_LENGTH + " characters, had "
                    + key.length());
        }
    }
}
