package dev.scrm.connector;

import dev.scrm.core.Platform;

/**
 * Creates connectors for one platform; the service interface that {@link ConnectorProviders#discover}
 * finds through {@link java.util.ServiceLoader}. Register an implementation in
 * {@code META-INF/services/dev.scrm.connector.ConnectorProvider}; it needs a public no-argument
 * constructor. Implementations are stateless and thread-safe.
 */
public interface ConnectorProvider {

    /**
     * Creates a connector.
     *
     * @param context the configuration and services the connector may use
     * @return the connector
     * @throws IllegalArgumentException if the configuration is incomplete or invalid; the message names
     *     the missing or bad setting
     */
    Connector create(ConnectorContext context);

    /**
     * The platform this provider's connectors read. Defaults to the platform named like the provider's
     * simple class name minus {@code ConnectorProvider}, lower-cased.
     *
     * @return the platform
     */
    default Platform platform() {
        String n = getClass().getSimpleName().replace("ConnectorProvider", "");
        return Platform.of(n.isEmpty() ? "unknown" : n);
    }
}
