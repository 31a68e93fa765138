package dev.scrm.connectors.matomo;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link MatomoConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Needs the secret
 * {@code token} (the Matomo {@code token_auth}); the option {@code zone} sets the site's time zone. Stateless
 * and thread-safe.
 */
public final class MatomoConnectorProvider implements ConnectorProvider {

    /** The platform name this provider is found under: {@code matomo}. */
    public static final Platform PLATFORM = Platform.of("matomo");

    /** Creates the provider; called by the service loader. */
    public MatomoConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        MatomoConnector.Builder b = MatomoConnector.builder().configure(context)
                .token(ConnectorBuilder.requiredSecret(context, "token", "the Matomo token_auth"));
        ConnectorBuilder.zoneOption(context, "zone").ifPresent(b::zone);
        return b.build();
    }

    @Override
    public Platform platform() {
        return PLATFORM;
    }
}
