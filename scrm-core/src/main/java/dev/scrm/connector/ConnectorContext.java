package dev.scrm.connector;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * The narrow view of the host that a {@link ConnectorProvider} sees when it creates a connector: where the
 * platform is, the credentials and options the user configured, the clock and the sleeper.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ConnectorContext {

    /**
     * The connector id to use.
     *
     * @return the id
     */
    ConnectorId id();

    /**
     * The platform's base URL, for example {@code https://mastodon.social}.
     *
     * @return the URL
     */
    URI baseUrl();

    /**
     * The clock for every time decision (rate-limit resets, token expiry, observation times).
     *
     * @return the clock
     */
    Clock clock();

    /**
     * The sleeper for every wait.
     *
     * @return the sleeper
     */
    Sleeper sleeper();

    /**
     * A configured credential, for example {@code token}, {@code password} or {@code client_secret}.
     *
     * @param name the credential's name
     * @return the secret, or empty when not configured
     */
    Optional<Secret> secret(String name);

    /**
     * A configured option, for example {@code identifier} or {@code user_agent}.
     *
     * @param name the option's name
     * @return the value, or empty when not configured
     */
    Optional<String> option(String name);

    /**
     * A host-supplied object of a type the provider knows, for example an HTTP client, so a connector can
     * share the host's connection pools without the SPI naming an HTTP library.
     *
     * @param type the type
     * @param <T> the type
     * @return the object, or empty when the host supplies none
     */
    default <T> Optional<T> extension(Class<T> type) {
        return Optional.empty();
    }
}
