package dev.scrm.connector;

import java.util.Optional;

/**
 * Durable storage of {@link Checkpoint}s, so a restarted pull resumes where it stopped. A driver saves a
 * checkpoint only after its sink has committed the page it belongs to.
 *
 * <p>Implementations must be thread-safe, and {@link #save} must be atomic: after a crash, {@link #load}
 * returns either the previous or the new checkpoint, never a mix.
 */
public interface CheckpointStore {

    /**
     * The checkpoint saved under a key.
     *
     * @param key the key
     * @return the checkpoint, or empty when none was saved
     * @throws ConnectorException if the store cannot be read
     */
    Optional<Checkpoint> load(CheckpointKey key);

    /**
     * Saves a checkpoint, replacing the one saved before under the key.
     *
     * @param key the key
     * @param checkpoint the checkpoint
     * @throws ConnectorException if the store cannot be written
     */
    void save(CheckpointKey key, Checkpoint checkpoint);
}
