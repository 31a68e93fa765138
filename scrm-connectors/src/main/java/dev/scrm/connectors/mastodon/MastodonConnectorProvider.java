package dev.scrm.connectors.mastodon;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link MastodonConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Reads the base URL,
 * the optional secret {@code token} and, when the host supplies them, {@link dev.scrm.connectors.http.HttpSettings} through
 * {@link ConnectorContext#extension(Class)}. Stateless and thread-safe.
 */
public final class MastodonConnectorProvider implements ConnectorProvider {

    /** Creates the provider; called by the service loader. */
    public MastodonConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        MastodonConnector.Builder b = MastodonConnector.builder().configure(context);
        context.secret("token").ifPresent(b::token);
        return b.build();
    }

    @Override
    public Platform platform() {
        return Platform.MASTODON;
    }
}
