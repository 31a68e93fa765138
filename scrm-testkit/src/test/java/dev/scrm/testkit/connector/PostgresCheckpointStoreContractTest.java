package dev.scrm.testkit.connector;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrm.connector.CheckpointStore;
import dev.scrm.store.jdbc.JdbcStore;
import java.time.Clock;

/**
 * The JDBC store's checkpoints on a real PostgreSQL server against the checkpoint-store contract, each test
 * in a schema of its own; a restart is a new store over a new data source. Skipped, with the reason, when no
 * server is configured.
 */
class PostgresCheckpointStoreContractTest extends CheckpointStoreContract {

    private TestPostgres schema;

    @Override
    protected CheckpointStore newStore() {
        assumeTrue(TestPostgres.url().isPresent(), TestPostgres.NO_POSTGRES);
        if (schema == null) {
            schema = TestPostgres.create();
        }
        return JdbcStore.builder(schema.dataSource()).clock(Clock.systemUTC()).build().checkpoints();
    }

    @Override
    protected CheckpointStore reopen(CheckpointStore store) {
        return newStore();
    }

    @Override
    protected void closeStore() {
        if (schema != null) {
            schema.close();
            schema = null;
        }
    }
}
