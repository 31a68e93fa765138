package dev.scrm.connectors.plausible;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.connectors.http.ConnectorBuilder;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link PlausibleConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Needs the secret
 * {@code token} (the Stats API key); the option {@code zone} sets the site's time zone. Stateless and
 * thread-safe.
 */
public final class PlausibleConnectorProvider implements ConnectorProvider {

    /** The platform name this provider is found under: {@code plausible}. */
    public static final Platform PLATFORM = Platform.of("plausible");

    /** Creates the provider; called by the service loader. */
    public PlausibleConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        PlausibleConnector.Builder b = PlausibleConnector.builder().configure(context)
                .apiKey(ConnectorBuilder.requiredSecret(context, "token", "the Plausible Stats API key"));
        ConnectorBuilder.zoneOption(context, "zone").ifPresent(b::zone);
        return b.build();
    }

    @Override
    public Platform platform() {
        return PLATFORM;
    }
}
