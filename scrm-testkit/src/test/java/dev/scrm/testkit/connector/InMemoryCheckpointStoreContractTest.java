package dev.scrm.testkit.connector;

import dev.scrm.connector.CheckpointStore;
import dev.scrm.connectors.http.InMemoryCheckpointStore;

/** The in-memory checkpoint store against the checkpoint-store contract (it keeps nothing past the process). */
class InMemoryCheckpointStoreContractTest extends CheckpointStoreContract {

    @Override
    protected CheckpointStore newStore() {
        return new InMemoryCheckpointStore();
    }

    @Override
    protected boolean durable() {
        return false;
    }
}
