package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.meta.MetaGraphConnector;

/** The Meta Graph (Facebook Pages) connector against the conformance kit. */
class MetaGraphConformanceTest extends ConnectorConformanceKit {

    @Override
    protected PlatformSimulator simulator(String validSecret) {
        return new MetaGraphSimulator(validSecret);
    }

    @Override
    protected Connector connector(KitEnvironment env) {
        return MetaGraphConnector.builder()
                .baseUrl(env.baseUrl().resolve("/v21.0"))
                .token(env.secret())
                .pageSize(25)
                .settings(HttpSettings.builder().clock(env.clock()).sleeper(env.sleeper())
                        .readTimeout(env.readTimeout()).seed(env.seed()).build())
                .build();
    }
}
