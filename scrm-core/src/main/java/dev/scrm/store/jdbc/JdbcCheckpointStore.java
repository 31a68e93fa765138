package dev.scrm.store.jdbc;

import dev.scrm.store.StoreException;
import java.util.Optional;

/**
 * Connector checkpoints in table {@code scrm_checkpoint}: one opaque value per key, so a restarted pull
 * resumes where it stopped. A caller saves a checkpoint only after the page it belongs to was committed to
 * the store; {@link #save(String, String)} replaces the value atomically, so after a crash {@link #load}
 * returns either the previous or the new value, never a mix. Checkpoints are not personal data and are not
 * audited. Thread-safe.
 */
public interface JdbcCheckpointStore {

    /** Longest key accepted, in characters. */
    int MAX_KEY_LENGTH = 512;

    /**
     * The value saved under a key.
     *
     * @param key the key, 1 to {@value #MAX_KEY_LENGTH} characters
     * @return the value, or empty when none was saved
     * @throws IllegalArgumentException if the key is empty or too long
     * @throws StoreException if the database fails
     */
    Optional<String> load(String key);

    /**
     * Saves a value under a key, replacing the one saved before.
     *
     * @param key the key, 1 to {@value #MAX_KEY_LENGTH} characters
     * @param checkpoint the value
     * @throws IllegalArgumentException if the key is empty or too long
     * @throws StoreException if the database fails
     */
    void save(String key, String checkpoint);

    /**
     * Removes the value saved under a key, if any.
     *
     * @param key the key
     * @return true when a value was removed
     * @throws StoreException if the database fails
     */
    boolean delete(String key);
}
