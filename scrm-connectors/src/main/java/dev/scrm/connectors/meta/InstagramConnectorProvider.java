package dev.scrm.connectors.meta;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link InstagramConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Needs the secret
 * {@code token}; the option {@code business_account} sets the account used for {@code business_discovery}.
 * Stateless and thread-safe.
 */
public final class InstagramConnectorProvider implements ConnectorProvider {

    /** Creates the provider; called by the service loader. */
    public InstagramConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        InstagramConnector.Builder b = InstagramConnector.builder().configure(context)
                .token(ConnectorBuilder.requiredSecret(context, "token", "the Graph access token"));
        context.option("business_account").ifPresent(b::businessAccount);
        return b.build();
    }

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }
}
