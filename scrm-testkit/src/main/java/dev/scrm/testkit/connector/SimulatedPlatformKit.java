package dev.scrm.testkit.connector;

import dev.scrm.connector.Secret;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the conformance kits share: before each test a manual clock at {@link #START}, a virtual sleeper that
 * advances it and a {@link SimulatedPlatform} on 127.0.0.1 that the kit launches; after each test the platform
 * is stopped. A kit's tests build the connector under test from {@link #env(String)}. Not thread-safe; one
 * instance per test, as JUnit creates it.
 */
public abstract class SimulatedPlatformKit {

    /** The simulated time at which every test starts: midday UTC. */
    protected static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    /** The manual clock. */
    protected ManualClock clock;
    /** The virtual sleeper, advancing {@link #clock}. */
    protected VirtualSleeper sleeper;
    /** The running simulated platform. */
    protected SimulatedPlatform platform;

    /** Creates the kit. */
    protected SimulatedPlatformKit() {
    }

    /**
     * Starts the kit's simulated platform on the clock, after {@link #clock} and {@link #sleeper} are set.
     *
     * @return the running platform
     */
    protected abstract SimulatedPlatform launch();

    /** Sets the clock and sleeper and starts the simulated platform. */
    @BeforeEach
    protected void startPlatform() {
        clock = ManualClock.at(START);
        sleeper = new VirtualSleeper(clock);
        platform = launch();
    }

    /** Stops the simulated platform. */
    @AfterEach
    protected void stopPlatform() {
        platform.close();
    }

    /**
     * The environment for a credential: the platform's URL, the clock, the sleeper, a one-second read timeout
     * and jitter seed 7.
     *
     * @param secret the credential to configure
     * @return the environment
     */
    protected KitEnvironment env(String secret) {
        return new KitEnvironment(platform.baseUrl(), clock, sleeper, Secret.of(secret), Duration.ofMillis(1000), 7);
    }
}
