package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.bluesky.BlueskyConnector;
import java.time.Duration;

/** The Bluesky connector against the conformance kit, with access tokens that expire during long pulls. */
class BlueskyConformanceTest extends ConnectorConformanceKit {

    @Override
    protected PlatformSimulator simulator(String validSecret) {
        return new BlueskySimulator("acme", "brand.example", validSecret, Duration.ofMinutes(30));
    }

    @Override
    protected Connector connector(KitEnvironment env) {
        return BlueskyConnector.builder()
                .baseUrl(env.baseUrl())
                .login("brand.example", env.secret())
                .pageSize(25)
                .settings(KitSettings.http(env))
                .build();
    }
}
