package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
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
                .settings(KitSettings.http(env))
                .build();
    }
}
