package dev.scrm.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.scrm.store.ScrmStore;
import dev.scrm.store.ScrmStoreConformanceTest;
import dev.scrm.store.TestClock;

/** The conformance suite against the JDBC store on an in-memory H2 database. */
class H2StoreConformanceTest extends ScrmStoreConformanceTest {

    private HikariDataSource dataSource;

    @Override
    protected ScrmStore newStore(TestClock clock) {
        dataSource = TestDatabases.h2Memory();
        return JdbcStore.builder(dataSource).clock(clock).build();
    }

    @Override
    protected void closeStore() {
        dataSource.close();
    }
}
