package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.mastodon.MastodonConnector;

/** The Mastodon connector against the conformance kit. */
class MastodonConformanceTest extends ConnectorConformanceKit {

    @Override
    protected PlatformSimulator simulator(String validSecret) {
        return new MastodonSimulator("acme", validSecret);
    }

    @Override
    protected Connector connector(KitEnvironment env) {
        return MastodonConnector.builder()
                .baseUrl(env.baseUrl())
                .token(env.secret())
                .settings(KitSettings.http(env))
                .build();
    }
}
