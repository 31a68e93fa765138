package dev.scrm.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrm.store.ScrmStore;
import dev.scrm.store.ScrmStoreConformanceTest;
import dev.scrm.store.TestClock;

/**
 * The conformance suite against the JDBC store on a real PostgreSQL server, each test in a schema of its
 * own; skipped, with the reason, when no server is configured ({@link TestDatabases#NO_POSTGRES}).
 */
class PostgresStoreConformanceTest extends ScrmStoreConformanceTest {

    private TestDatabases.PostgresSchema schema;

    @Override
    protected ScrmStore newStore(TestClock clock) {
        // checked per test, so that every test reports itself skipped with the reason
        assumeTrue(TestDatabases.postgresUrl().isPresent(), TestDatabases.NO_POSTGRES);
        schema = TestDatabases.postgresSchema(TestDatabases.postgresUrl().orElseThrow());
        JdbcStore store = JdbcStore.builder(schema.dataSource()).clock(clock).build();
        return store;
    }

    @Override
    protected void closeStore() {
        if (schema != null) {
            schema.close();
        }
    }
}
