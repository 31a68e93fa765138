package dev.scrm.connectors.bluesky;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link BlueskyConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Reads the base URL,
 * the option {@code identifier} with the secret {@code password} (an app password) when both are set, and
 * {@link dev.scrm.connectors.http.HttpSettings} through {@link ConnectorContext#extension(Class)}. Stateless and thread-safe.
 */
public final class BlueskyConnectorProvider implements ConnectorProvider {

    /** Creates the provider; called by the service loader. */
    public BlueskyConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        BlueskyConnector.Builder b = BlueskyConnector.builder().configure(context);
        var identifier = context.option("identifier");
        var password = context.secret("password");
        if (identifier.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("bluesky needs both the option 'identifier' and the secret 'password',"
                    + " or neither");
        }
        identifier.ifPresent(id -> b.login(id, password.orElseThrow()));
        return b.build();
    }

    @Override
    public Platform platform() {
        return Platform.BLUESKY;
    }
}
