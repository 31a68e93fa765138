package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.meta.InstagramConnector;

/** The Instagram connector against the conformance kit. */
class InstagramConformanceTest extends ConnectorConformanceKit {

    @Override
    protected PlatformSimulator simulator(String validSecret) {
        return new InstagramSimulator(validSecret);
    }

    @Override
    protected Connector connector(KitEnvironment env) {
        return InstagramConnector.builder()
                .baseUrl(env.baseUrl().resolve("/v21.0"))
                .token(env.secret())
                .pageSize(25)
                .settings(KitSettings.http(env))
                .build();
    }
}
