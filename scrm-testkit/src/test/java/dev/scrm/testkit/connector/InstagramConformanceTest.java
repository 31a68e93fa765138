package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.http.HttpSettings;
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
                .settings(HttpSettings.builder().clock(env.clock()).sleeper(env.sleeper())
                        .readTimeout(env.readTimeout()).seed(env.seed()).build())
                .build();
    }
}
