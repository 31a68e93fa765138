package dev.scrm.store;

/** The conformance suite against the in-memory reference store. */
class InMemoryStoreConformanceTest extends ScrmStoreConformanceTest {

    @Override
    protected ScrmStore newStore(TestClock clock) {
        return ScrmStore.inMemory(clock);
    }
}
