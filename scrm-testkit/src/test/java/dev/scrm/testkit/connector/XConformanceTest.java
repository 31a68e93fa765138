package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.x.XConnector;

/** The X API v2 connector against the conformance kit. */
class XConformanceTest extends ConnectorConformanceKit {

    @Override
    protected PlatformSimulator simulator(String validSecret) {
        return new XSimulator("acme", validSecret);
    }

    @Override
    protected Connector connector(KitEnvironment env) {
        return XConnector.builder()
                .baseUrl(env.baseUrl())
                .token(env.secret())
                .pageSize(25)
                .settings(KitSettings.http(env))
                .build();
    }
}
