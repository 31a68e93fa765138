package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.http.HttpSettings;
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
                .settings(HttpSettings.builder().clock(env.clock()).sleeper(env.sleeper())
                        .readTimeout(env.readTimeout()).seed(env.seed()).build())
                .build();
    }
}
