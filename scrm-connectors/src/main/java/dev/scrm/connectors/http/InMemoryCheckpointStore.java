package dev.scrm.connectors.http;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.CheckpointStore;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CheckpointStore} in memory: resumes within one process only. Thread-safe.
 */
public final class InMemoryCheckpointStore implements CheckpointStore {

    private final ConcurrentHashMap<CheckpointKey, Checkpoint> map = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryCheckpointStore() {
    }

    @Override
    public Optional<Checkpoint> load(CheckpointKey key) {
        return Optional.ofNullable(map.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public void save(CheckpointKey key, Checkpoint checkpoint) {
        map.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(checkpoint, "checkpoint"));
    }

    @Override
    public String toString() {
        return "InMemoryCheckpointStore[" + map.size() + " keys]";
    }
}
