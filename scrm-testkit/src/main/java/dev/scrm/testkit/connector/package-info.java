/**
 * The connector conformance kit: simulated platforms served over real HTTP on 127.0.0.1 and abstract JUnit 5
 * tests that every connector's test subclasses.
 *
 * <p>{@link dev.scrm.testkit.connector.ConnectorConformanceKit} is the kit; a subclass supplies a
 * {@link dev.scrm.testkit.connector.PlatformSimulator} (for example
 * {@link dev.scrm.testkit.connector.MastodonSimulator} or {@link dev.scrm.testkit.connector.BlueskySimulator})
 * and builds its connector from a {@link dev.scrm.testkit.connector.KitEnvironment}.
 * {@link dev.scrm.testkit.connector.SimulatedPlatform} runs the dialect on WireMock, enforces a rate limit,
 * injects {@link dev.scrm.testkit.connector.Fault}s and counts violations; time is a
 * {@link dev.scrm.testkit.connector.ManualClock} advanced by a {@link dev.scrm.testkit.connector.VirtualSleeper},
 * so no test sleeps. The posts of a {@link dev.scrm.testkit.connector.SimWorld} are written by invented people.
 * {@link dev.scrm.testkit.connector.CheckpointStoreContract} is the contract every
 * {@link dev.scrm.connector.CheckpointStore} passes (in memory, files, the JDBC store).
 */
package dev.scrm.testkit.connector;
