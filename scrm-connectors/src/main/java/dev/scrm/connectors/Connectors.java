package dev.scrm.connectors;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.connector.ConnectorProviders;
import dev.scrm.core.Platform;
import java.util.List;
import java.util.Objects;

/**
 * Creates connectors by platform name through the {@link ConnectorProvider}s on the class path (scrm's own
 * for Mastodon and Bluesky, and any third party's). Immutable and thread-safe.
 */
public final class Connectors {

    private final ConnectorProviders providers;

    private Connectors(ConnectorProviders providers) {
        this.providers = providers;
    }

    /**
     * Runs the service loader on this class's class loader.
     *
     * @return the connectors found
     */
    public static Connectors discover() {
        return new Connectors(ConnectorProviders.discover(Connectors.class.getClassLoader()));
    }

    /**
     * The platforms a connector can be created for, sorted.
     *
     * @return the platforms
     */
    public List<Platform> platforms() {
        return providers.platforms();
    }

    /**
     * Creates a connector.
     *
     * @param platform the platform
     * @param config its configuration
     * @return the connector
     * @throws IllegalArgumentException if no provider serves the platform or the configuration is invalid
     */
    public Connector create(Platform platform, ConnectorConfig config) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(config, "config");
        ConnectorProvider provider = providers.forPlatform(platform).orElseThrow(() ->
                new IllegalArgumentException("no connector for platform '" + platform + "'; available: "
                        + providers.platforms()));
        return provider.create(config);
    }
}
