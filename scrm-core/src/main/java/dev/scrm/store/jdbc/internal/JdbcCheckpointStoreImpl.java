package dev.scrm.store.jdbc.internal;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import dev.scrm.core.ScrmJson;
import dev.scrm.store.StoreException;
import dev.scrm.store.jdbc.JdbcCheckpointStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;

/** The {@link JdbcCheckpointStore}; one short auto-commit statement per call; thread-safe. */
final class JdbcCheckpointStoreImpl implements JdbcCheckpointStore {

    /** Names the store in the connector SPI's exceptions. */
    private static final ConnectorId STORE_ID = ConnectorId.of("checkpoint-store");
    private static final ObjectReader VALUES = ScrmJson.mapper().readerFor(
            new TypeReference<TreeMap<String, String>>() { });

    private final Db db;

    JdbcCheckpointStoreImpl(Db db) {
        this.db = db;
    }

    @Override
    public Optional<Checkpoint> load(CheckpointKey key) {
        String row = rowKey(key);
        Optional<String> json;
        try {
            json = load(row);
        } catch (StoreException e) {
            throw new ConnectorException(STORE_ID, "load", 0, false, "cannot read the checkpoint from the database",
                    e);
        }
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, String> values = VALUES.readValue(json.get());
            return Optional.of(new Checkpoint(values));
        } catch (JacksonException | NullPointerException e) {
            throw new ConnectorException(STORE_ID, "load", 0, false, "the stored checkpoint is not a JSON object of"
                    + " strings [" + e.getClass().getSimpleName() + "]", null);
        }
    }

    @Override
    public void save(CheckpointKey key, Checkpoint checkpoint) {
        String row = rowKey(key);
        Objects.requireNonNull(checkpoint, "checkpoint");
        String json = Rows.writeDetails(checkpoint.values());
        try {
            save(row, json);
        } catch (StoreException e) {
            throw new ConnectorException(STORE_ID, "save", 0, false, "cannot write the checkpoint to the database", e);
        }
    }

    @Override
    public boolean delete(CheckpointKey key) {
        String row = rowKey(key);
        try {
            return delete(row);
        } catch (StoreException e) {
            throw new ConnectorException(STORE_ID, "delete", 0, false, "cannot delete the checkpoint", e);
        }
    }

    /** The row key of a typed key; tenants, connector ids and query keys never contain '/'. */
    static String rowKey(CheckpointKey key) {
        Objects.requireNonNull(key, "key");
        return "connector/" + key.tenant() + "/" + key.connector().value() + "/" + key.queryKey();
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
            try (PreparedStatement ps = c.prepareStatement(Dialects.upsertCheckpoint(db.dialect()))) {
                ps.setString(1, key);
                ps.setString(2, checkpoint);
                ps.setLong(3, now.getEpochSecond());
                ps.setInt(4, now.getNano());
                ps.executeUpdate();
            }
            return null;
        });
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
