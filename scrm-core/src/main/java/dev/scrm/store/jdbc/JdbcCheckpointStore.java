package dev.scrm.store.jdbc;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.CheckpointStore;
import dev.scrm.connector.ConnectorException;
import dev.scrm.store.StoreException;
import java.util.Optional;

/**
 * Connector checkpoints in table {@code scrm_checkpoint}, in the same database as the store: the connector
 * SPI's {@link CheckpointStore}, so a {@code Puller} resumes from it after a restart, and a lower-level view
 * of one opaque string per key for callers with cursors of their own.
 *
 * <p>A caller saves a checkpoint only after the page it belongs to was committed to the store; a save
 * replaces the value in one statement, so after a crash a load returns either the previous or the new value,
 * never a mix. A {@link CheckpointKey} is kept under the string key
 * {@code connector/}<i>tenant</i>{@code /}<i>connector</i>{@code /}<i>query key</i> (no typed key contains
 * {@code /}, so two typed keys never share a row) and its {@link Checkpoint} as a JSON object of its values.
 * Checkpoints are not personal data and are not audited. Thread-safe.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.builder(dataSource).build();
 * Puller.of(connector, store.checkpoints())
 *         .pull(query, 10_000, page -> store.appendAll(page.interactions(), "connector:mastodon"));
 * }</pre>
 */
public interface JdbcCheckpointStore extends CheckpointStore {

    /** Longest key accepted, in characters. */
    int MAX_KEY_LENGTH = 512;

    /**
     * The checkpoint saved under a key.
     *
     * @param key the key
     * @return the checkpoint, or empty when none was saved
     * @throws ConnectorException if the database fails or the stored value is not a checkpoint (the cause is
     *     the {@link StoreException}, when there is one)
     */
    @Override
    Optional<Checkpoint> load(CheckpointKey key);

    /**
     * Saves a checkpoint, replacing the one saved before under the key.
     *
     * @param key the key
     * @param checkpoint the checkpoint
     * @throws ConnectorException if the database fails (the cause is the {@link StoreException})
     */
    @Override
    void save(CheckpointKey key, Checkpoint checkpoint);

    /**
     * Removes the checkpoint saved under a key, if any, so the next pull of that query starts afresh.
     *
     * @param key the key
     * @return true when a checkpoint was removed
     * @throws ConnectorException if the database fails (the cause is the {@link StoreException})
     */
    boolean delete(CheckpointKey key);

    /**
     * The value saved under a string key.
     *
     * @param key the key, 1 to {@value #MAX_KEY_LENGTH} characters
     * @return the value, or empty when none was saved
     * @throws IllegalArgumentException if the key is empty or too long
     * @throws StoreException if the database fails
     */
    Optional<String> load(String key);

    /**
     * Saves a value under a string key, replacing the one saved before.
     *
     * @param key the key, 1 to {@value #MAX_KEY_LENGTH} characters
     * @param checkpoint the value
     * @throws IllegalArgumentException if the key is empty or too long
     * @throws StoreException if the database fails
     */
    void save(String key, String checkpoint);

    /**
     * Removes the value saved under a string key, if any.
     *
     * @param key the key
     * @return true when a value was removed
     * @throws StoreException if the database fails
     */
    boolean delete(String key);
}
