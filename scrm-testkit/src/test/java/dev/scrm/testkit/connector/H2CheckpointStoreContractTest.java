package dev.scrm.testkit.connector;

import dev.scrm.connector.CheckpointStore;
import dev.scrm.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC store's checkpoints in an embedded H2 file against the checkpoint-store contract; a restart is a
 * new store on the same file.
 */
class H2CheckpointStoreContractTest extends CheckpointStoreContract {

    @TempDir
    Path dir;

    @Override
    protected CheckpointStore newStore() {
        return JdbcStore.builder(JdbcStore.h2File(dir.resolve("crm"))).clock(Clock.systemUTC()).build().checkpoints();
    }

    @Override
    protected CheckpointStore reopen(CheckpointStore store) {
        return newStore();
    }
}
