package dev.scrm.connectors.x;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link XConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Needs the secret
 * {@code token} (an app-only bearer token). Stateless and thread-safe.
 */
public final class XConnectorProvider implements ConnectorProvider {

    /** Creates the provider; called by the service loader. */
    public XConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        return XConnector.builder().configure(context)
                .token(ConnectorBuilder.requiredSecret(context, "token", "the bearer token"))
                .build();
    }

    @Override
    public Platform platform() {
        return Platform.X;
    }
}
