package dev.scrm.connectors.meta;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link MetaGraphConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Needs the secret
 * {@code token} (a Page access token); the base URL is the versioned Graph root. Stateless and thread-safe.
 */
public final class MetaGraphConnectorProvider implements ConnectorProvider {

    /** Creates the provider; called by the service loader. */
    public MetaGraphConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        return MetaGraphConnector.builder().configure(context)
                .token(ConnectorBuilder.requiredSecret(context, "token", "a Page access token"))
                .build();
    }

    @Override
    public Platform platform() {
        return Platform.FACEBOOK;
    }
}
