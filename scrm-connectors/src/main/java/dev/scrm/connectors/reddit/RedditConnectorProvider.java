package dev.scrm.connectors.reddit;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.core.Platform;
import java.util.Objects;

/**
 * Creates {@link RedditConnector}s for {@link dev.scrm.connector.ConnectorProviders}. Needs the options
 * {@code client_id} and {@code user_agent} and the secret {@code client_secret}; the base URL is the API host.
 * Stateless and thread-safe.
 */
public final class RedditConnectorProvider implements ConnectorProvider {

    /** Creates the provider; called by the service loader. */
    public RedditConnectorProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        String clientId = context.option("client_id").orElseThrow(() ->
                new IllegalArgumentException("reddit needs the option 'client_id'"));
        String userAgent = context.option("user_agent").orElseThrow(() ->
                new IllegalArgumentException("reddit needs the option 'user_agent'"));
        return RedditConnector.builder().configure(context)
                .client(clientId, context.secret("client_secret").orElseThrow(() ->
                        new IllegalArgumentException("reddit needs the secret 'client_secret'")))
                .userAgent(userAgent)
                .build();
    }

    @Override
    public Platform platform() {
        return Platform.REDDIT;
    }
}
