package dev.scrm.connectors.youtube;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link YouTubeConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Needs the secret
 * {@code token} (the API key). Stateless and thread-safe.
 */
public final class YouTubeConnectorProvider implements ConnectorProvider {

    /** Creates the provider; called by the service loader. */
    public YouTubeConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        return YouTubeConnector.builder().configure(context)
                .apiKey(ConnectorBuilder.requiredSecret(context, "token", "the API key"))
                .build();
    }

    @Override
    public Platform platform() {
        return Platform.YOUTUBE;
    }
}
