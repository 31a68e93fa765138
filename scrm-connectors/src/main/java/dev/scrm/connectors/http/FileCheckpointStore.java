package dev.scrm.connectors.http;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.CheckpointStore;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link CheckpointStore} that keeps one small JSON file per key in a directory. A save writes a
 * temporary file and moves it over the old one atomically, so a crash leaves the old or the new
 * checkpoint, never a torn one. Thread-safe within one process; do not share a directory between
 * processes pulling the same query.
 */
public final class FileCheckpointStore implements CheckpointStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ConnectorId STORE_ID = ConnectorId.of("checkpoint-store");

    private final Path directory;

    private FileCheckpointStore(Path directory) {
        this.directory = directory;
    }

    /**
     * A store in a directory, created if missing.
     *
     * @param directory the directory
     * @return the store
     * @throws ConnectorException if the directory cannot be created
     */
    public static FileCheckpointStore create(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ConnectorException(STORE_ID, "create", 0, false,
                    "cannot create the checkpoint directory (" + e.getClass().getSimpleName() + ")", e);
        }
        return new FileCheckpointStore(directory);
    }

    @Override
    public Optional<Checkpoint> load(CheckpointKey key) {
        Path file = fileOf(key);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, String> values = JSON.readValue(text, new TypeReference<Map<String, String>>() { });
            return Optional.of(new Checkpoint(values));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | JacksonException | NullPointerException e) {
            throw new ConnectorException(STORE_ID, "load", 0, false,
                    "checkpoint file " + file.getFileName() + " is unreadable (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    @Override
    public synchronized void save(CheckpointKey key, Checkpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Path file = fileOf(key);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, JSON.writeValueAsString(new LinkedHashMap<>(checkpoint.values())),
                    StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ConnectorException(STORE_ID, "save", 0, false,
                    "cannot write checkpoint file " + file.getFileName() + " (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    private Path fileOf(CheckpointKey key) {
        return directory.resolve(Objects.requireNonNull(key, "key").asFileName() + ".json");
    }

    @Override
    public String toString() {
        return "FileCheckpointStore[" + directory.getFileName() + "]";
    }
}
