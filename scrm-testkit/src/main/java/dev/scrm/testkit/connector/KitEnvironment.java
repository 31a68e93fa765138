package dev.scrm.testkit.connector;

import dev.scrm.connector.Secret;
import dev.scrm.connector.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What a conformance test gives the connector under test: the simulated platform's address, the manual
 * clock, the virtual sleeper, the credential and the read timeout to configure.
 *
 * @param baseUrl the simulated platform, on 127.0.0.1
 * @param clock the manual clock
 * @param sleeper the virtual sleeper
 * @param secret the credential to configure (token, or app password)
 * @param readTimeout the HTTP read timeout to configure, shorter than {@link SimulatedPlatform#TIMEOUT_DELAY_MILLIS}
 * @param seed the seed for back-off jitter
 */
public record KitEnvironment(URI baseUrl, Clock clock, Sleeper sleeper, Secret secret, Duration readTimeout,
        long seed) {

    /**
     * Validates the environment.
     *
     * @throws NullPointerException if a part is null
     */
    public KitEnvironment {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }
}
