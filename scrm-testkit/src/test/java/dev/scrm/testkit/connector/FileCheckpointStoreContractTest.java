package dev.scrm.testkit.connector;

import dev.scrm.connector.CheckpointStore;
import dev.scrm.connectors.http.FileCheckpointStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The file checkpoint store against the checkpoint-store contract; a restart is a new store on the folder. */
class FileCheckpointStoreContractTest extends CheckpointStoreContract {

    @TempDir
    Path dir;

    @Override
    protected CheckpointStore newStore() {
        return FileCheckpointStore.create(dir);
    }

    @Override
    protected CheckpointStore reopen(CheckpointStore store) {
        return FileCheckpointStore.create(dir);
    }
}
